import type { Mention } from '../lib/entities/types.ts';
import { entityReport, sameReport } from '../lib/highlight/report.ts';
import { debounce } from '../lib/highlight/slicer.ts';
import { PageTerms } from '../lib/highlight/terms.ts';
import { sendMessage } from '../lib/messages/messenger.ts';
import type { PageEntity } from '../lib/highlight/report.ts';
import { pageTimers } from './scheduler.ts';

const REPORT_WAIT_MS = 300;
const REPORT_MAX_WAIT_MS = 2_000;

/**
 * What the popup and the badge learn of the page: its entities (from the marked blocks'
 * mentions, in document order) and salient terms, reported to the background debounced,
 * and only when they changed, the URL changed or a report is forced (first scan done,
 * highlighting back on, an SPA navigation).
 */
export class PageReport {
  /** The page's salient words, counted as blocks are recognised. */
  terms = new PageTerms();
  private last: { url: string; entities: PageEntity[] } | null = null;
  private forced = false;
  private readonly debounced = debounce(() => void this.sendIfChanged(), REPORT_WAIT_MS, REPORT_MAX_WAIT_MS, pageTimers);

  /**
   * @param isTopFrame frames other than the top one stay quiet until they have names
   * @param active whether highlighting is on (nothing is reported while it is off)
   * @param blocks the marked blocks' mentions, in document order
   */
  constructor(
    private readonly isTopFrame: boolean,
    private readonly active: () => boolean,
    private readonly blocks: () => Iterable<readonly Mention[]>,
  ) {}

  /** Reports soon (debounced), if the page's entities changed. */
  schedule(): void {
    this.debounced();
  }

  /** Reports soon even if nothing changed. */
  force(): void {
    this.forced = true;
    this.debounced();
  }

  /** A new route is a new page for the popup: fresh salient terms, and a report even if unchanged. */
  newPage(): void {
    this.terms = new PageTerms();
    this.force();
  }

  /** Highlighting went off (or starts off): the page has no names now. */
  reportNone(): void {
    this.debounced.cancel();
    void this.send([], []);
  }

  private async sendIfChanged(): Promise<void> {
    if (!this.active()) return;
    const entities = entityReport(this.blocks());
    const url = location.href;
    const force = this.forced;
    this.forced = false;
    if (!force && this.last && this.last.url === url && sameReport(this.last.entities, entities)) return;
    await this.send(entities, this.terms.top());
  }

  private async send(entities: PageEntity[], terms: string[]): Promise<void> {
    const url = location.href;
    const before = this.last;
    this.last = { url, entities };
    // Frames without names stay quiet (ad frames would otherwise message on every page).
    if (!this.isTopFrame && entities.length === 0 && (before?.entities.length ?? 0) === 0) return;
    try {
      await sendMessage('reportPageEntities', { url: url.slice(0, 8192), title: document.title.slice(0, 2000), entities, terms });
    } catch (e) {
      console.warn('Dossier: could not report the page’s entities', e);
    }
  }
}
