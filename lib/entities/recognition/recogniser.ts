/**
 * The recogniser: knowledge in, mentions out. Pure code, no browser or Node globals, so
 * the content script, the index build and the CLI share it. It holds the knowledge's names
 * (known-names.ts) and opens a session per page (session.ts) or per search query.
 */
import type { Knowledge, Mention } from '../types.ts';
import type { Introduction } from './introductions.ts';
import { KnownNames, knownNamesReaching } from './known-names.ts';
import { NamePlan } from './name-plan.ts';
import { queryReach } from './query-reach.ts';
import { PAGE_MODE, QUERY_MODE } from './mode.ts';
import { type DossierPageSession, Session } from './session.ts';

export type { DossierPageSession } from './session.ts';
export type { PageOfficial } from './page-people.ts';

export interface Recogniser {
  /**
   * A page's session. `date` (YYYY-MM-DD) is the page's own date when known: titles and
   * surnames are read as of it ("President Aliyev" in 2026); without it, today.
   */
  newPage(date?: string | null): DossierPageSession;
  /** One-block page. */
  recogniseText(text: string, date?: string | null): Mention[];
  /**
   * Entities a search query names ("Черногория", "monteneqro", "đurić energy"): any case,
   * and a surname alone when only one known person bears it. Returns ids, first seen first.
   */
  queryEntities(query: string): string[];
  /** Words in the matcher's trie, for measurements. */
  readonly size: number;
}

class RecogniserImpl implements Recogniser {
  constructor(readonly known: KnownNames) {}

  get size(): number {
    return this.known.matcher.size;
  }

  newPage(date?: string | null): DossierPageSession {
    return new Session(this.known, PAGE_MODE, pageDate(date));
  }

  introductions(text: string): Introduction[] {
    return new Session(this.known, PAGE_MODE, null).introductions(text);
  }

  recogniseText(text: string, date?: string | null): Mention[] {
    return this.newPage(date).recognise([text])[0] ?? [];
  }

  queryEntities(query: string): string[] {
    const mentions = new Session(this.known, QUERY_MODE, null).recognise([query])[0] ?? [];
    return [...new Set(mentions.map((m) => m.id))];
  }
}

/** The date a page is read as of: its own (a full ISO date, or its year), else null for today. */
function pageDate(date: string | null | undefined): string | null {
  if (date && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  if (date && /^\d{4}$/.test(date)) return `${date}-07-01`;
  return null;
}

/** People introduced with an office in one text (for learning officials from articles). */
export function introductionsIn(recogniser: Recogniser, text: string): Introduction[] {
  if (!(recogniser instanceof RecogniserImpl)) throw new TypeError('not a recogniser from createRecogniser');
  return recogniser.introductions(text);
}

/** Builds the matcher over every name form in the knowledge, in one go (CLI, index build, tests). */
export function createRecogniser(knowledge: Knowledge): Recogniser {
  return new RecogniserImpl(new KnownNames(knowledge));
}

/** The entities a search query names: ids, first seen first (`Recogniser.queryEntities`). */
export type QueryFinder = (query: string) => string[];

/**
 * Finds what `createRecogniser(knowledge).queryEntities` finds, without building the
 * matcher over every name: the names are planned once (name-plan.ts), and each query builds
 * a matcher over only the names its words can reach (query-reach.ts), a few of thousands.
 * The whole build cost 15–35 ms in a woken Firefox event page, at every wake, before its
 * first search could answer (lib/search/query-entities.ts).
 */
export function createQueryFinder(knowledge: Knowledge): QueryFinder {
  const plan = new NamePlan(knowledge);
  return (query) => new RecogniserImpl(knownNamesReaching(plan, queryReach(query))).queryEntities(query);
}

/** A recogniser built a step at a time, so a page's main thread is never held for the whole build. */
export interface RecogniserBuild {
  /** Does one short step; returns whether there is more to do. */
  step(): boolean;
  /** The recogniser; only once `step()` has returned false. */
  result(): Recogniser;
}

/**
 * Building the matcher takes 30–90 ms on this knowledge (thousands of names with their
 * stems), over the 50 ms long-task line in a busy tab: the content script drives this
 * builder in time slices instead of calling `createRecogniser`.
 */
export function recogniserInSteps(knowledge: Knowledge): RecogniserBuild {
  const known = new KnownNames(knowledge, undefined, true);
  const recogniser = new RecogniserImpl(known);
  let done = false;
  return {
    step() {
      if (!done) done = known.building.next().done === true;
      return !done;
    },
    result() {
      if (!done) throw new Error('the recogniser is still being built');
      return recogniser;
    },
  };
}
