import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hoverDelayMs } from '../storage/settings.ts';
import { readerUrl } from '../storage/reader-url.ts';
import { DEFAULT_DWELL_MS, DEFAULT_GRACE_MS, HoverIntent } from '../lib/hover/hover-intent.ts';
import { NAME_STEP_LETTER, type Direction } from '../lib/hover/name-steps.ts';
import { onBackgroundMessage, sendMessage } from '../lib/messages/messenger.ts';
import { parseContentRequest } from '../lib/messages/content-protocol.ts';
import { userMessage } from '../lib/messages/user-error.ts';
import { CardStore } from './card-data.ts';
import { CardHost } from './card-host.tsx';
import type { NameHit } from './hit-test.ts';
import { PointerWatch } from './hover-intent.ts';
import { NameSteps, stepKey, wrapTab } from './keyboard.ts';
import type { PageMarks } from '../page-marking/page-marks.ts';
import { MentionIndex } from './mention-index.ts';
import { themeAround } from './page-theme.ts';
import { TIMING_BUILD, timingMeasure } from '../page-marking/timing.ts';

/** Cards are prefetched once the marks have settled for this long. */
const PREFETCH_WAIT_MS = 400;

/**
 * The hover card: hovering a highlighted name for a moment shows what the archive knows
 * about it, in a card in a shadow root. Wires the pointer watch (hit-testing per frame), the
 * dwell/grace timing, the card data (prefetched), the host and the keyboard, over the page's
 * marks as page marking hands them over.
 */
export function startHoverCards(ctx: ContentScriptContext, marks: PageMarks): void {
  let dwell = DEFAULT_DWELL_MS;
  // The stored value is validated and clamped by the item (storage/settings.ts).
  void hoverDelayMs.getValue().then((v) => (dwell = v));
  const unwatchDelay = hoverDelayMs.watch((v) => (dwell = v));

  const store = new CardStore((id) => marks.pageOfficial(id));
  let prefetchTimer = 0;
  const index = new MentionIndex(marks, () => {
    watch.forget();
    clearTimeout(prefetchTimer);
    prefetchTimer = window.setTimeout(() => idle(() => store.prefetch(index.all.map((m) => m.mention))), PREFETCH_WAIT_MS);
    // The open card's name was rescanned away (text changed, highlighting turned off).
    const open = intent.open;
    if (open && !index.all.includes(open.mark)) intent.dismiss();
  });

  let openedAt = 0;
  let fromKeyboard = false;
  let returnFocus: Element | null = null;
  const steps = new NameSteps(index);

  const host = new CardHost(ctx, {
    readerUrl,
    openReader: (hash, inBackground) => {
      sendMessage('openReader', { hash, active: !inBackground }).catch((e: unknown) => console.warn('Dossier: could not open the reader', e));
      if (!inBackground) intent.dismiss();
    },
    onClose: () => intent.dismiss(),
    // Timings for tests/bench/card.bench.ts, in the timing build only (page-marking/timing.ts):
    // from the dwell's end to the content in place, and to the frame that paints it.
    onContentShown: TIMING_BUILD
      ? (mention) => {
          const start = openedAt;
          timingMeasure('card', start, mention.id);
          requestAnimationFrame(() => setTimeout(() => timingMeasure('cardPainted', start, mention.id), 0));
        }
      : undefined,
  });

  const intent: HoverIntent<NameHit> = new HoverIntent<NameHit>({
    dwellMs: () => dwell,
    graceMs: DEFAULT_GRACE_MS,
    timers: { setTimeout: (fn, ms) => window.setTimeout(fn, ms), clearTimeout: (id) => window.clearTimeout(id) },
    same: (a, b) => a.mark === b.mark,
    onIntent: (hit) => {
      const mention = hit.mark.mention;
      // The dwell is the head start: the card's data (and the worker's wake) are paid during it.
      store.load(mention).catch(() => undefined);
      void host.prepare().then(() => host.warm());
    },
    onOpen: (hit) => void open(hit),
    onClose: () => {
      host.hide();
      steps.clear();
      if (fromKeyboard) restoreFocus();
      fromKeyboard = false;
    },
  });

  async function open(hit: NameHit): Promise<void> {
    const mention = hit.mark.mention;
    openedAt = performance.now();
    const keyboard = fromKeyboard;
    if (!keyboard) steps.clear();
    const cached = store.peek(mention.id);
    await host.show({ mention, anchor: hit.anchor, theme: themeAround(hit.range.startContainer), data: cached ? { status: 'ready', card: cached } : { status: 'loading' } });
    if (keyboard) host.card?.focus();
    if (cached) return;
    store.load(mention).then(
      (card) => host.update(mention, { status: 'ready', card }),
      (e: unknown) => host.update(mention, { status: 'error', message: userMessage(e) }),
    );
  }

  function step(direction: Direction): void {
    const hit = steps.step(direction);
    if (!hit) return;
    if (!fromKeyboard) {
      const active = document.activeElement;
      returnFocus = active && active !== host.element ? active : null;
    }
    fromKeyboard = true;
    intent.openNow(hit);
  }

  function restoreFocus(): void {
    const target = returnFocus;
    returnFocus = null;
    if (target instanceof HTMLElement && target.isConnected && target !== document.body) target.focus({ preventScroll: true });
    else if (document.activeElement === host.element) (document.activeElement as HTMLElement | null)?.blur();
  }

  // The host at page level, or a node inside the card (a composed path's first target).
  const isCard = (target: EventTarget | null): boolean => {
    const el = host.element;
    return el !== null && target !== null && (target === el || (target instanceof Node && target.getRootNode() === host.root));
  };
  const watch = new PointerWatch(index, isCard, () => host.isOpen, ({ hit, inCard }) => intent.pointerAt(hit, inCard));
  watch.start();

  // Only the user's own keys and pointer count: a page's synthetic events (isTrusted false)
  // must not open cards it could then read or steer.
  const onKeyDown = (e: KeyboardEvent): void => {
    if (!e.isTrusted) return;
    // The commands' keys reach the page only when the browser did not take them (shortcut unassigned or taken).
    const command = e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey ? commandDirection(e.code) : null;
    if (command && index.size > 0) {
      e.preventDefault();
      step(command);
      return;
    }
    if (!host.isOpen) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      intent.dismiss();
      return;
    }
    if (!isCard(e.target) || !fromKeyboard) return;
    const direction = stepKey(e);
    if (direction) {
      e.preventDefault();
      step(direction);
      return;
    }
    const card = host.card;
    if (card) wrapTab(e, card, host.root?.activeElement ?? null);
  };
  const onPointerDown = (e: PointerEvent): void => {
    if (e.isTrusted && host.isOpen && !isCard(e.target)) intent.dismiss();
  };
  addEventListener('keydown', onKeyDown, { capture: true });
  addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });

  const stopListening = onBackgroundMessage('focusName', ({ data, sender }) => {
    if (sender.id !== browser.runtime.id) return;
    step(parseContentRequest('focusName', data).direction);
  });

  ctx.onInvalidated(() => {
    intent.dismiss();
    watch.stop();
    index.stop();
    host.stop();
    unwatchDelay();
    stopListening();
    clearTimeout(prefetchTimer);
    removeEventListener('keydown', onKeyDown, { capture: true });
    removeEventListener('pointerdown', onPointerDown, { capture: true });
  });
}

function idle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2_000 });
  else setTimeout(fn, 50);
}

/** The direction of a next/previous-name command key (`KeyJ`, `KeyK`), or null. */
function commandDirection(code: string): Direction | null {
  if (code === `Key${NAME_STEP_LETTER.next}`) return 'next';
  if (code === `Key${NAME_STEP_LETTER.previous}`) return 'previous';
  return null;
}
