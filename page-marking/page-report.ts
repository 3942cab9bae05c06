import type { Mention } from '../lib/entities/types.ts';
import type { BlockRoleMemo } from '../lib/highlight/block-role.ts';
import { mainContent, TermBudget, type BlockEvidence, type MainContent } from '../lib/highlight/main-report.ts';
import { entityReport, sameReport, sameTerms, withMainCounts } from '../lib/highlight/report.ts';
import { debounce } from '../lib/highlight/slicer.ts';
import { sendMessage } from '../lib/messages/messenger.ts';
import type { PageEntity } from '../lib/highlight/report.ts';
import { segmentEvidence } from './block-evidence.ts';
import { pageTimers } from './scheduler.ts';
import type { Segment } from './segments.ts';

const REPORT_WAIT_MS = 300;
const REPORT_MAX_WAIT_MS = 2_000;

/** A recognised block as the report reads it: its names, and what was kept of it (block-evidence.ts). */
export interface ReportedBlock {
  mentions: readonly Mention[];
  evidence: BlockEvidence;
}

/**
 * What the popup and the badge learn of the page: its entities (from the marked blocks'
 * mentions, in document order) with how often each is named in the page's main content,
 * and the main content's words (lib/highlight/main-report.ts), reported to the background
 * debounced, and only when they changed, the URL changed or a report is forced (first
 * scan done, highlighting back on, an SPA navigation).
 */
export class PageReport {
  /** Text the page may still read for words, and the roles of the elements seen: both per page. */
  private budget = new TermBudget();
  private memo: BlockRoleMemo = new WeakMap();
  private last: { url: string; entities: PageEntity[]; mainTerms: MainContent['mainTerms'] } | null = null;
  private forced = false;
  private readonly debounced = debounce(() => void this.sendIfChanged(), REPORT_WAIT_MS, REPORT_MAX_WAIT_MS, pageTimers);

  /**
   * @param isTopFrame frames other than the top one stay quiet until they have names
   * @param active whether highlighting is on (nothing is reported while it is off)
   * @param blocks the recognised blocks, in document order
   */
  constructor(
    private readonly isTopFrame: boolean,
    private readonly active: () => boolean,
    private readonly blocks: () => Iterable<ReportedBlock>,
  ) {}

  /** What the report keeps of a segment just recognised (read before its text is dropped). */
  evidenceOf(segment: Segment, mentions: readonly Mention[]): BlockEvidence {
    return segmentEvidence(segment, mentions, this.memo, this.budget);
  }

  /** Reports soon (debounced), if the page's entities changed. */
  schedule(): void {
    this.debounced();
  }

  /** Reports soon even if nothing changed. */
  force(): void {
    this.forced = true;
    this.debounced();
  }

  /** A new route is a new page for the popup: a fresh word budget, and a report even if unchanged. */
  newPage(): void {
    this.budget = new TermBudget();
    this.memo = new WeakMap();
    this.force();
  }

  /** Highlighting went off (or starts off): the page has no names now. */
  reportNone(): void {
    this.debounced.cancel();
    void this.send([], []);
  }

  private async sendIfChanged(): Promise<void> {
    if (!this.active()) return;
    const blocks = [...this.blocks()];
    const main = mainContent(blocks);
    const entities = withMainCounts(entityReport(blocks.map((b) => b.mentions)), main);
    const url = location.href;
    const force = this.forced;
    this.forced = false;
    const last = this.last;
    if (!force && last && last.url === url && sameReport(last.entities, entities) && sameTerms(last.mainTerms, main.mainTerms)) return;
    await this.send(entities, main.mainTerms);
  }

  private async send(entities: PageEntity[], mainTerms: MainContent['mainTerms']): Promise<void> {
    const url = location.href;
    const before = this.last;
    this.last = { url, entities, mainTerms };
    // Frames without names stay quiet (ad frames would otherwise message on every page).
    if (!this.isTopFrame && entities.length === 0 && (before?.entities.length ?? 0) === 0) return;
    try {
      await sendMessage('reportPageEntities', { url: url.slice(0, 8192), title: document.title.slice(0, 2000), entities, mainTerms });
    } catch (e) {
      console.warn('Dossier: could not report the page’s entities', e);
    }
  }
}
