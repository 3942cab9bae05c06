/**
 * The recogniser: knowledge in, mentions out. Pure code, no browser or Node globals, so
 * the content script, the index build and the CLI share it. Content scripts should import
 * this module (not index.ts) so the country datasets stay out of their bundle.
 */
import { isCountry, type PageSignals } from './ambiguity.ts';
import { KeyTable } from './key-table.ts';
import { findIntroductions, type CountryAt, type Introduction } from './learn-officials.ts';
import { WordMatcher, type Hit } from './matcher.ts';
import { slugify } from './normalise.ts';
import { countSignals as importedCountSignals, fillWordTable, FIRST_WORD, markBlock as importedMarkBlock } from './prefilter.ts';
import { MARK_INTRO as IMPORTED_MARK_INTRO, MARK_START as IMPORTED_MARK_START, tokenList as importedTokenList, TokenList, type Token } from './tokens.ts';
import { CompiledNameKeys, compiledFits, type NameKeySource, RecordingNameKeys } from './name-keys.ts';
import type { CompiledNames, EntityKind, Inflection, Knowledge, Mention, MentionForm, NameGroupKey, OfficialRole, PageSession } from './types.ts';
import { HONORIFICS, OFFICE_HEADS } from './vocabulary.ts';
import { WordScan } from './word-scan.ts';

// tsx (which runs the benchmarks, tests and CLI) turns imports into getter calls on every read:
// the hot loops read these module-local copies instead.
const MARK_INTRO = IMPORTED_MARK_INTRO;
const MARK_START = IMPORTED_MARK_START;
const tokenList = importedTokenList;
const countSignals = importedCountSignals;
const markBlock = importedMarkBlock;

interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  code?: string;
}

/** One way of naming one entity; the matcher's payloads index these. */
interface NameRef {
  entity: number;
  form: MentionForm;
  /** All-caps short form (US, UK): case-sensitive. */
  acronym: boolean;
  /** Written with a final dot (U.S.): the dot belongs to the mention. */
  dotted: boolean;
  /** The form is plain ASCII: text with letters it lacks is another language's word ("América", "Америка"). */
  ascii: boolean;
}

/** An official the page introduced with an office and the knowledge does not know. */
export interface PageOfficial {
  id: string;
  name: string;
  roles: OfficialRole[];
}

export interface Recogniser {
  newPage(): DossierPageSession;
  /** One-block page. */
  recogniseText(text: string): Mention[];
  /**
   * Entities a search query names ("Черногория", "monteneqro", "đurić energy"): any case,
   * and a surname alone when only one known person bears it. Returns ids, first seen first.
   */
  queryEntities(query: string): string[];
  /** Words in the matcher's trie, for measurements. */
  readonly size: number;
}

export interface DossierPageSession extends PageSession {
  /** People the page introduced whom the knowledge does not know (for their cards). */
  pageOfficials(): PageOfficial[];
}

function parseGroup(key: string): { form: MentionForm; inflection: Inflection | null } {
  const [form, inflection] = key.split(':') as [MentionForm, Inflection | undefined];
  return { form, inflection: inflection ?? null };
}

const NO_PAGE_HITS: readonly Hit[] = [];
/** Name forms added per build step: a step is about a millisecond (a full build is 30–90 ms). */
const BUILD_STEP_NAMES = 150;
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;

class RecogniserImpl implements Recogniser {
  readonly entities: EntityRecord[] = [];
  readonly refs: NameRef[] = [];
  readonly matcher = new WordMatcher();
  /** Officials' entity indexes by surname key, to count who shares a surname. */
  readonly bySurname = new Map<string, number[]>();
  /** Words that matter to the prefilter (first words, stems, office and signal words); set when the build ends. */
  words = new KeyTable();
  readonly scan = new WordScan();
  readonly signalScan = new WordScan();
  /** `namesFirst` by payload list (the knowledge's lists never change once built). */
  private readonly ordered = new Map<readonly number[], readonly number[]>();

  constructor(
    knowledge: Knowledge,
    names: NameKeySource = compiledFits(knowledge) ? new CompiledNameKeys(knowledge.compiled) : new RecordingNameKeys(),
    inSteps = false,
  ) {
    this.building = this.build(knowledge, names);
    if (!inSteps) while (!this.building.next().done);
  }

  /** The build, resumable: it pauses after every few dozen entities (see `RecogniserBuild`). */
  readonly building: Generator<void, void, void>;

  private *build(knowledge: Knowledge, names: NameKeySource): Generator<void, void, void> {
    let sinceYield = 0;
    for (const c of knowledge.countries) {
      const entity = this.entities.push({ id: `country:${c.code}`, kind: 'country', name: c.name, code: c.code }) - 1;
      for (const [group, surfaces] of Object.entries(c.names) as Array<[NameGroupKey, string[]]>) {
        const { form, inflection } = parseGroup(group);
        for (const surface of surfaces) this.addName(entity, surface, names.keysOf(surface), form, inflection);
        sinceYield += surfaces.length;
      }
      if (sinceYield >= BUILD_STEP_NAMES) {
        sinceYield = 0;
        yield;
      }
    }
    for (const o of knowledge.officials) {
      const entity = this.entities.push({ id: `official:${o.slug}`, kind: 'official', name: o.name }) - 1;
      const spellings = [o.name, ...o.aliases];
      spellings.forEach((spelling, i) => {
        const words = names.keysOf(spelling);
        if (words.length < 2) return;
        this.addName(entity, spelling, words, i === 0 ? 'name' : 'alias', null);
        // "Recep Tayyip Erdoğan" is often "Tayyip Erdoğan" or "Recep Erdoğan".
        if (words.length >= 3) {
          const last = words[words.length - 1]!;
          this.addKeys(entity, [words[0]!, last], 'alias');
          this.addKeys(entity, [words[words.length - 2]!, last], 'alias');
        }
        this.addKeys(entity, [words[words.length - 1]!], 'surname');
      });
      sinceYield += spellings.length * 3;
      if (sinceYield >= BUILD_STEP_NAMES) {
        sinceYield = 0;
        yield;
      }
    }
    yield;
    // The table is swapped in whole: a session never sees a half-filled one.
    const words = new KeyTable();
    yield* fillWordTable(words, this.matcher.firstKeys(), this.matcher.stemKeys());
    this.words = words;
  }

  get size(): number {
    return this.matcher.size;
  }

  /** Payloads with names before aliases: a form listed as both reports itself as the name. */
  namesFirst(payloads: readonly number[]): readonly number[] {
    if (payloads.length < 2) return payloads;
    let ordered = this.ordered.get(payloads);
    if (ordered === undefined) {
      ordered = [...payloads].sort((a, b) => Number(this.refs[a]!.form === 'alias') - Number(this.refs[b]!.form === 'alias'));
      this.ordered.set(payloads, ordered);
    }
    return ordered;
  }

  private addName(entity: number, surface: string, keys: string[], form: MentionForm, inflection: Inflection | null): void {
    const acronym = ACRONYM.test(surface);
    const ref = this.refs.push({ entity, form, acronym, dotted: acronym && surface.endsWith('.'), ascii: !/[^\x00-\x7f]/.test(surface) }) - 1;
    this.matcher.add(keys, ref, acronym ? null : inflection);
  }

  private addKeys(entity: number, keys: string[], form: MentionForm): void {
    const ref = this.refs.push({ entity, form, acronym: false, dotted: false, ascii: false }) - 1;
    this.matcher.add(keys, ref, null);
    if (form === 'surname') {
      const list = this.bySurname.get(keys[0]!) ?? [];
      if (!list.includes(entity)) list.push(entity);
      this.bySurname.set(keys[0]!, list);
    }
  }

  newPage(): DossierPageSession {
    return new Session(this, false);
  }

  introductions(text: string): Introduction[] {
    return new Session(this, false).introductions(text);
  }

  recogniseText(text: string): Mention[] {
    return this.newPage().recognise([text])[0] ?? [];
  }

  queryEntities(query: string): string[] {
    const mentions = new Session(this, true).recognise([query])[0] ?? [];
    return [...new Set(mentions.map((m) => m.id))];
  }
}

interface PagePerson {
  record: EntityRecord;
  official: PageOfficial;
}

class Session implements DossierPageSession {
  private readonly signals: PageSignals = { usState: 0, caucasus: 0 };
  /** Officials named in full on this page so far, by entity index (knowledge) or id (page). */
  private readonly seen = new Set<string>();
  private readonly pageMatcher = new WordMatcher();
  private readonly pagePeople: PagePerson[] = [];
  private readonly pageById = new Map<string, PagePerson>();
  private readonly pageSurnames = new Map<string, number[]>();
  /** First words of the people the page introduced, for the prefilter. */
  private pageFirst: KeyTable | null = null;
  /** Batches whose signal words are not counted yet: only Georgia needs them, so most pages never count. */
  private unsignalled: Array<readonly string[]> = [];
  private unsignalledWords = 0;
  private blockTokens: TokenList | null = null;
  private blockHits: Array<readonly Hit[] | undefined> = [];
  private readonly countryMemo = new Map<number, { code: string; end: number } | null>();
  private readonly blockCountries = new Map<Hit, NameRef | null>();
  /** The batch being recognised while its signal words are not counted yet. */
  private batch: { blocks: readonly string[]; firsts: Int32Array } | null = null;

  constructor(
    private readonly r: RecogniserImpl,
    private readonly query: boolean,
  ) {}

  introductions(text: string): Introduction[] {
    const tokens = tokenList(text);
    this.startBlock(tokens);
    return findIntroductions(tokens, this.countryAt);
  }

  pageOfficials(): PageOfficial[] {
    return this.pagePeople.map((p) => p.official);
  }

  recognise(blocks: readonly string[]): Mention[][] {
    const out: Mention[][] = new Array<Mention[]>(blocks.length);
    if (this.query) {
      this.unsignalled.push(blocks);
      for (let i = 0; i < blocks.length; i++) out[i] = this.recogniseBlock(blocks[i]!, tokenList(blocks[i]!));
      return out;
    }
    // One scan of the batch serves the signal words and the prefilter.
    const scan = this.r.scan;
    scan.reset();
    const firsts = new Int32Array(blocks.length + 1);
    for (let i = 0; i < blocks.length; i++) {
      firsts[i] = scan.count;
      scan.append(blocks[i]!);
    }
    firsts[blocks.length] = scan.count;
    this.batch = { blocks, firsts };
    for (let i = 0; i < blocks.length; i++) {
      const text = blocks[i]!;
      const first = firsts[i]!;
      const count = firsts[i + 1]! - first;
      out[i] = count > 0 && markBlock(text, scan, first, count, this.r.words, this.pageFirst) ? this.recogniseBlock(text, new TokenList(text, scan, first, count, this.r.words)) : [];
    }
    if (this.batch !== null) {
      this.unsignalled.push(blocks);
      this.batch = null;
      this.unsignalledWords += firsts[blocks.length]!;
    }
    // Keep a few MB of text waiting at most (long-lived pages feed many batches).
    if (this.unsignalledWords > 500_000) this.countSignals();
    return out;
  }

  /**
   * Counts the signal words of every batch so far, the current one included: the whole
   * batch is evidence for ambiguous names, not just what precedes them. Only Georgia
   * needs them, so most pages never count.
   */
  private countSignals(): void {
    const scan = this.r.signalScan;
    for (const batch of this.unsignalled) {
      for (const text of batch) {
        scan.reset();
        scan.append(text);
        countSignals(text, scan, 0, scan.count, this.r.words, this.signals);
      }
    }
    this.unsignalled = [];
    this.unsignalledWords = 0;
    const current = this.batch;
    if (current !== null) {
      for (let i = 0; i < current.blocks.length; i++) {
        countSignals(current.blocks[i]!, this.r.scan, current.firsts[i]!, current.firsts[i + 1]! - current.firsts[i]!, this.r.words, this.signals);
      }
      this.batch = null;
    }
  }

  /** Hits of the knowledge's names at word `i` of the current block (asked for by introductions and the main loop). */
  private knownAt(tokens: TokenList, i: number): readonly Hit[] {
    let hits = this.blockHits[i];
    if (hits === undefined) this.blockHits[i] = hits = this.r.matcher.matchAt(tokens, i, this.query);
    return hits;
  }

  /** Starts a block: what was remembered of the previous one is about other words. */
  private startBlock(tokens: TokenList): void {
    this.blockTokens = tokens;
    this.blockHits = [];
    this.blockCountries.clear();
    this.countryMemo.clear();
  }

  /** The country named at word `index` of the current block (for introductions' titles). */
  private readonly countryAt: CountryAt = (index) => {
    let found = this.countryMemo.get(index);
    if (found !== undefined) return found;
    found = null;
    const tokens = this.blockTokens!;
    for (const hit of this.knownAt(tokens, index)) {
      const ref = this.acceptCountry(hit, tokens);
      if (ref) {
        found = { code: this.r.entities[ref.entity]!.code!, end: hit.end };
        break;
      }
    }
    this.countryMemo.set(index, found);
    return found;
  };

  private acceptCountry(hit: Hit, tokens: TokenList): NameRef | null {
    let ref = this.blockCountries.get(hit);
    if (ref === undefined) this.blockCountries.set(hit, (ref = this.findCountry(hit, tokens)));
    return ref;
  }

  private findCountry(hit: Hit, tokens: TokenList): NameRef | null {
    let spanAscii: boolean | undefined;
    for (const p of this.r.namesFirst(hit.payloads)) {
      const ref = this.r.refs[p]!;
      const entity = this.r.entities[ref.entity]!;
      if (entity.kind !== 'country') continue;
      if (ref.ascii) {
        if (spanAscii === undefined) {
          spanAscii = true;
          for (let k = hit.start; k < hit.end; k++) if (!tokens.ascii(k)) spanAscii = false;
        }
        if (!spanAscii) continue;
      }
      // "LAO" in a table of ISO codes is not the form "Lao".
      if (!ref.acronym && hit.end - hit.start === 1 && tokens.at(hit.start).allCaps && tokens.at(hit.start).raw.length <= 3) continue;
      const candidate = { code: entity.code!, start: hit.start, end: hit.end, acronym: ref.acronym, query: this.query };
      if (entity.code === 'GE' && (this.unsignalled.length > 0 || this.batch !== null)) this.countSignals();
      if (this.query && ref.acronym && tokens.at(hit.start).key === 'us') continue;
      if (this.query && ref.acronym ? true : isCountry(candidate, tokens, this.signals)) return ref;
    }
    return null;
  }

  /** May a person the page introduced start at word `i`? */
  private pageStart(tokens: TokenList, i: number): boolean {
    return this.pageFirst !== null && tokens.keyFlags(i, this.pageFirst) !== 0;
  }

  private recogniseBlock(text: string, tokens: TokenList): Mention[] {
    this.startBlock(tokens);
    const mentions: Mention[] = [];
    const found = findIntroductions(tokens, this.countryAt);
    const intros = found.length === 0 ? null : new Map(found.map((x) => [x.nameStart, x]));

    for (let i = 0; i < tokens.length; ) {
      // Outside queries nothing starts at a lower-case word (see prefilter.ts).
      if (!this.query && (!tokens.capital(i) || (tokens.marked && !(tokens.marks(i) & (MARK_START | MARK_INTRO)) && !intros?.has(i) && !this.pageStart(tokens, i)))) {
        i++;
        continue;
      }
      const known = this.knownAt(tokens, i);
      const intro = intros?.get(i);
      if (intro && !this.namesKnownOfficial(known, intro.nameEnd)) {
        const person = this.introduce(intro.name, tokens.slice(intro.nameStart, intro.nameEnd), intro.role, intro.country);
        this.seen.add(person.record.id);
        this.emit(mentions, text, tokens, intro.nameStart, intro.nameEnd, person.record, 'name', false);
        i = intro.nameEnd;
        continue;
      }
      const pageHits = this.pagePeople.length > 0 ? this.pageMatcher.matchAt(tokens, i, this.query) : NO_PAGE_HITS;
      if (known.length === 0 && pageHits.length === 0) {
        i++;
        continue;
      }
      let next = -1;
      if (pageHits.length === 0) {
        // The matcher gives its hits longest first already.
        for (const h of known) {
          const chosen = this.accept(h, tokens);
          if (chosen) {
            this.emit(mentions, text, tokens, h.start, h.end, chosen.record, chosen.form, chosen.dotted);
            next = h.end;
            break;
          }
        }
      } else {
        const hits = [...known.map((h) => ({ h, page: false })), ...pageHits.map((h) => ({ h, page: true }))];
        if (hits.length > 1) hits.sort((a, b) => b.h.end - a.h.end || Number(a.page) - Number(b.page));
        for (const { h, page } of hits) {
          const chosen = page ? this.acceptPagePerson(h, tokens) : this.accept(h, tokens);
          if (chosen) {
            this.emit(mentions, text, tokens, h.start, h.end, chosen.record, chosen.form, chosen.dotted);
            next = h.end;
            break;
          }
        }
      }
      i = next === -1 ? i + 1 : next;
    }
    return mentions;
  }

  /** Does a hit ending at `end` name a known official in full (so the page's introduction adds nobody)? */
  private namesKnownOfficial(hits: readonly Hit[], end: number): boolean {
    for (const h of hits) {
      if (h.end !== end) continue;
      for (const p of h.payloads) if (this.isFullOfficial(p)) return true;
    }
    return false;
  }

  private emit(mentions: Mention[], text: string, tokens: TokenList, start: number, end: number, record: EntityRecord, form: MentionForm, dotted: boolean): void {
    const from = tokens.at(start).start;
    let to = tokens.at(end - 1).end;
    if (dotted && text[to] === '.') to++;
    mentions.push({ text: text.slice(from, to), start: from, end: to, kind: record.kind, id: record.id, name: record.name, form });
  }

  private isFullOfficial(payload: number): boolean {
    const ref = this.r.refs[payload]!;
    return ref.form !== 'surname' && this.r.entities[ref.entity]!.kind === 'official';
  }

  private introduce(name: string, words: Token[], role: string, country: string | null): PagePerson {
    const id = `official:${slugify(name)}`;
    let person = this.pageById.get(id);
    if (!person) {
      const record: EntityRecord = { id, kind: 'official', name };
      person = { record, official: { id, name, roles: [] } };
      this.pageById.set(id, person);
      const index = this.pagePeople.push(person) - 1;
      this.pageMatcher.add(words.map((w) => w.key), index * 2, null);
      const surname = words[words.length - 1]!.key;
      this.pageMatcher.add([surname], index * 2 + 1, null);
      this.pageSurnames.set(surname, [...(this.pageSurnames.get(surname) ?? []), index]);
      this.pageFirst ??= new KeyTable();
      this.pageFirst.add(words[0]!.key, FIRST_WORD);
      this.pageFirst.add(surname, FIRST_WORD);
    }
    if (!person.official.roles.some((r) => r.role === role)) person.official.roles.push({ role, country, asOf: null, origin: 'page' });
    return person;
  }

  private acceptPagePerson(hit: Hit, tokens: TokenList): { record: EntityRecord; form: MentionForm; dotted: boolean } | null {
    if (!this.query && !(tokens.at(hit.start).capital && tokens.at(hit.end - 1).capital)) return null;
    const full = hit.payloads.filter((p) => p % 2 === 0);
    if (full.length > 0) return { record: this.pagePeople[full[0]! / 2]!.record, form: 'name', dotted: false };
    const people = hit.payloads.map((p) => this.pagePeople[(p - 1) / 2]!);
    return people.length === 1 ? { record: people[0]!.record, form: 'surname', dotted: false } : null;
  }

  private accept(hit: Hit, tokens: TokenList): { record: EntityRecord; form: MentionForm; dotted: boolean } | null {
    const country = this.acceptCountry(hit, tokens);
    if (country) return { record: this.r.entities[country.entity]!, form: country.form, dotted: country.dotted };
    const capitalised = this.query || (tokens.at(hit.start).capital && tokens.at(hit.end - 1).capital);
    if (!capitalised) return null;
    const surnames: NameRef[] = [];
    for (const p of hit.payloads) {
      const ref = this.r.refs[p]!;
      const entity = this.r.entities[ref.entity]!;
      if (entity.kind !== 'official') continue;
      if (ref.form === 'surname') surnames.push(ref);
      else {
        this.seen.add(entity.id);
        return { record: entity, form: ref.form, dotted: false };
      }
    }
    if (surnames.length === 0 || hit.end - hit.start !== 1) return null;
    return this.resolveSurname(surnames, tokens, hit.start);
  }

  /**
   * A surname alone is the person named in full earlier on the page; with nobody named,
   * it counts after a courtesy title or an office ("Mr Lammy", "President Aliyev") when
   * only one known person has that surname. Two candidates leave it unresolved.
   */
  private resolveSurname(refs: NameRef[], tokens: TokenList, at: number): { record: EntityRecord; form: MentionForm; dotted: boolean } | null {
    const key = tokens.at(at).key;
    const candidates = [...new Set(refs.map((r) => r.entity))];
    const pageNamed = candidates.filter((e) => this.seen.has(this.r.entities[e]!.id));
    const pageIntroduced = (this.pageSurnames.get(key) ?? []).filter((p) => this.seen.has(this.pagePeople[p]!.record.id));
    if (pageNamed.length + pageIntroduced.length === 1) {
      const record = pageNamed.length === 1 ? this.r.entities[pageNamed[0]!]! : this.pagePeople[pageIntroduced[0]!]!.record;
      return { record, form: 'surname', dotted: false };
    }
    if (pageNamed.length + pageIntroduced.length > 1) return null;
    const everyone = this.r.bySurname.get(key) ?? [];
    if (everyone.length !== 1) return null;
    const prev = tokens.get(at - 1);
    const titled = prev !== undefined && /^\.?[ \u00a0]+$/.test(tokens.at(at).gapBefore) && (HONORIFICS.has(prev.key) || OFFICE_HEADS.has(prev.key));
    if (!titled && !this.query) return null;
    return { record: this.r.entities[everyone[0]!]!, form: 'surname', dotted: false };
  }
}

/** People introduced with an office in one text (for learning officials from articles). */
export function introductionsIn(recogniser: Recogniser, text: string): Introduction[] {
  if (!(recogniser instanceof RecogniserImpl)) throw new TypeError('not a recogniser from createRecogniser');
  return recogniser.introductions(text);
}

/** The names' match keys, to ship inside the knowledge (see `Knowledge.compiled`). */
export function compileNames(knowledge: Knowledge): CompiledNames {
  const names = new RecordingNameKeys();
  new RecogniserImpl(knowledge, names);
  return names.compiled();
}

/** Builds the matcher over every name form in the knowledge, in one go (CLI, index build, tests). */
export function createRecogniser(knowledge: Knowledge): Recogniser {
  return new RecogniserImpl(knowledge);
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
  const recogniser = new RecogniserImpl(knowledge, undefined, true);
  let done = false;
  return {
    step() {
      if (!done) done = recogniser.building.next().done === true;
      return !done;
    },
    result() {
      if (!done) throw new Error('the recogniser is still being built');
      return recogniser;
    },
  };
}
