import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import entityCardCss from '../components/entity-card.css?inline';
import { flagEmojiRenders } from '../components/flag-support.ts';
import type { Mention } from '../lib/entities/types.ts';
import type { EntityCard } from '../lib/search/entity-card.ts';
import type { Theme } from '../lib/hover/page-theme.ts';
import { placeCard, type Placement } from '../lib/hover/placement.ts';
import type { CardData } from './card-data.ts';
import cardCss from './card.css?inline';
import { HoverCard } from './HoverCard.tsx';

/** The element that hosts the card's shadow root; page marking ignores `dossier-*` elements. */
export const HOST_NAME = 'dossier-card';

export interface ShownCard {
  mention: Mention;
  anchor: DOMRect;
  theme: Theme;
  data: CardData;
}

export interface CardHostOptions {
  readerUrl(hash: string): string;
  openReader(hash: string, inBackground: boolean): void;
  onClose(): void;
  /** Called after content (not the loading state) was rendered, for timing. */
  onContentShown?(mention: Mention): void;
}

/**
 * The card's shadow-root host, with a closed root (the page cannot read or click into the
 * card): made on first use (a page nobody hovers gets no element), attached to `<html>`, or
 * to the fullscreen element while there is one (only its subtree is painted then). Renders
 * the card with Preact and places it in the viewport once per opening: the card then stays
 * put (WCAG 1.4.13) while its content may still arrive.
 */
export class CardHost {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private making: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private shown: ShownCard | null = null;
  private placement: Placement | null = null;
  private contentReported = false;
  private readonly onFullscreen = () => this.follow();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: CardHostOptions,
  ) {
    document.addEventListener('fullscreenchange', this.onFullscreen);
    ctx.onInvalidated(() => document.removeEventListener('fullscreenchange', this.onFullscreen));
  }

  /** The host element once made (the target of page events that happen inside the card). */
  get element(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  /**
   * The card's shadow root. It is closed: `host.shadowRoot` is null for the page's scripts
   * (and for this content script too), so this reference, kept only here, is the one way in.
   */
  get root(): ShadowRoot | null {
    return this.ui?.shadow ?? null;
  }

  get card(): HTMLElement | null {
    return (this.ui?.uiContainer.firstElementChild as HTMLElement | null) ?? null;
  }

  get isOpen(): boolean {
    return this.shown !== null;
  }

  /** Makes the (unattached) host ahead of the first card, so opening it costs no await. */
  prepare(): Promise<ShadowRootContentScriptUi<void>> {
    this.making ??= createShadowRootUi<void>(this.ctx, {
      name: HOST_NAME,
      // Closed: what the user's archive says about a name is not readable by the page.
      mode: 'closed',
      position: 'inline',
      anchor: () => attachPoint(),
      append: 'last',
      css: `${entityCardCss}\n${cardCss}`,
      onMount: () => undefined,
    }).then((ui) => (this.ui = ui));
    return this.making;
  }

  /**
   * The first card of a page pays for the shadow root's styles, Preact's first render, the
   * flag check and the first use of each font face (bold titles, italic notes): tens of ms on
   * a slow machine. The first time the pointer rests on a name that is paid during the
   * dwell: cards with every part are rendered hidden, measured and removed.
   */
  warm(): void {
    const ui = this.ui;
    if (this.warmed || !ui || this.shown) return;
    this.warmed = true;
    flagEmojiRenders();
    if (!ui.shadowHost.isConnected) ui.mount();
    for (const card of WARM_UP_CARDS) {
      render(
        <HoverCard mention={WARM_UP_MENTION} data={{ status: 'ready', card }} theme="light" placement={null} readerUrl={this.options.readerUrl} openReader={() => undefined} onClose={() => undefined} />,
        ui.uiContainer,
      );
      this.card?.getBoundingClientRect();
    }
    render(null, ui.uiContainer);
  }

  private warmed = false;

  /** Shows a card for a name (replacing any other) and places it by its anchor. */
  async show(card: ShownCard): Promise<void> {
    const ui = this.ui ?? (await this.prepare());
    if (!ui.shadowHost.isConnected || ui.shadowHost.parentElement !== attachPoint()) ui.mount();
    this.shown = card;
    this.placement = null;
    this.contentReported = false;
    this.draw();
    this.place();
  }

  /** New data for the open card (loading → ready); placed again only if it was still loading. */
  update(mention: Mention, data: CardData): void {
    if (!this.shown || this.shown.mention !== mention) return;
    const wasLoading = this.shown.data.status === 'loading';
    this.shown = { ...this.shown, data };
    this.draw();
    if (wasLoading) this.place();
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = null;
    this.placement = null;
    if (this.ui) render(null, this.ui.uiContainer);
  }

  stop(): void {
    this.hide();
    this.ui?.remove();
  }

  private draw(): void {
    const ui = this.ui;
    const shown = this.shown;
    if (!ui || !shown) return;
    render(
      <HoverCard
        mention={shown.mention}
        data={shown.data}
        theme={shown.theme}
        placement={this.placement}
        readerUrl={this.options.readerUrl}
        openReader={this.options.openReader}
        onClose={this.options.onClose}
      />,
      ui.uiContainer,
    );
    if (shown.data.status === 'ready' && this.placement !== null && !this.contentReported) {
      this.contentReported = true;
      this.options.onContentShown?.(shown.mention);
    }
  }

  /** One measurement of the rendered card, then its position (one layout, no thrash). */
  private place(): void {
    const card = this.card;
    const shown = this.shown;
    if (!card || !shown) return;
    const size = card.getBoundingClientRect();
    this.placement = placeCard(shown.anchor, { width: size.width, height: size.height }, viewportSize());
    this.draw();
  }

  /** Fullscreen changed: the host moves to the element now painted (and the card closes: its name moved). */
  private follow(): void {
    if (!this.ui?.shadowHost.isConnected) return;
    this.options.onClose();
    attachPoint().append(this.ui.shadowHost);
  }
}

/** The layout viewport without scrollbars (the root's client box; quirks-mode pages report the body's there). */
function viewportSize(): { width: number; height: number } {
  const root = document.documentElement;
  return document.compatMode === 'CSS1Compat' ? { width: root.clientWidth, height: root.clientHeight } : { width: innerWidth, height: innerHeight };
}

const WARM_UP_MENTION: Mention = { text: 'Serbia', start: 0, end: 6, kind: 'country', id: 'country:RS', name: 'Serbia', form: 'name' };

/** Cards that use every part of the card's look: one with articles, one "not in your archive yet". */
const WARM_UP_CARDS: EntityCard[] = [
  {
    info: { id: 'official:x', kind: 'official', name: 'Warm Up', roles: [{ role: 'Minister', country: 'RS', asOf: '2024-01-01', origin: 'curated' }], inArchive: true },
    articleCount: 2,
    timeline: [
      { month: '2024-01', count: 1 },
      { month: '2024-02', count: 0 },
      { month: '2024-03', count: 1 },
    ],
    undated: 0,
    top: [{ id: 'x', title: 'Warm up', date: '2024-01-01', source: 'Dossier', snippet: { text: 'Serbia.', marks: [[0, 6]] }, mentions: 1 }],
  },
  { info: { id: 'country:RS', kind: 'country', name: 'Serbia', code: 'RS', flag: '\u{1F1F7}\u{1F1F8}', inArchive: null }, articleCount: 0, timeline: [], undated: 0, top: [] },
];

function attachPoint(): Element {
  return document.fullscreenElement ?? document.documentElement;
}
