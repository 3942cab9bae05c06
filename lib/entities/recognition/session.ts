/**
 * One page (or one search query) being read: blocks in, mentions out. A page's batches
 * are scanned once and prefiltered; each remaining block is walked word by word, trying
 * the people the page introduced, then the knowledge's names, longest first, under the
 * ambiguity policy (ambiguity.ts) and the officials' rules (introductions.ts, surnames.ts).
 */
import type { Mention, MentionForm, PageSession } from '../types.ts';
import { aliasAfter } from './aliases.ts';
import { isCountry } from './ambiguity.ts';
import { CountryEvidence } from './country-evidence.ts';
import { findIntroductions, type CountryAt, type Introduction } from './introductions.ts';
import type { Chosen, KnownNames, NameRef } from './known-names.ts';
import type { Hit } from './matcher.ts';
import type { RecognitionMode } from './mode.ts';
import { type PageOfficial, PagePeople } from './page-people.ts';
import { pastOffices } from './past-offices.ts';
import { markBlock } from './prefilter.ts';
import { namedAfter, particlesBefore, resolveSurname, type SurnameContext } from './surnames.ts';
import { countriesNear, isTitleCase } from './text-case.ts';
import { MARK_INTRO, MARK_START, tokenList, TokenList } from './tokens.ts';

const NON_ASCII_LETTER = /[^\x00-\x7f]/;

export interface DossierPageSession extends PageSession {
  /** People the page introduced whom the knowledge does not know (for their cards). */
  pageOfficials(): PageOfficial[];
}

export class Session implements DossierPageSession {
  /** Officials named in full on this page so far, by id (known and page people alike). */
  private readonly seen = new Set<string>();
  private readonly people = new PagePeople();
  private readonly evidence: CountryEvidence;
  /** Made when a surname or a Title Case question first comes up (most sessions, and every query, never ask). */
  private context: SurnameContext | null = null;
  private blockTokens: TokenList | null = null;
  private blockHits: Array<readonly Hit[] | undefined> = [];
  private readonly countryMemo = new Map<number, { code: string; end: number } | null>();
  private readonly blockCountries = new Map<Hit, NameRef | null>();
  /** Whether the current block is in Title Case; worked out only when a surname asks. */
  private blockTitleCase: boolean | null = null;

  constructor(
    private readonly known: KnownNames,
    private readonly mode: RecognitionMode,
    /** The page's own date, or null for today. */
    private readonly date: string | null,
  ) {
    this.evidence = new CountryEvidence(known);
  }

  private get surnameContext(): SurnameContext {
    return (this.context ??= {
      known: this.known,
      people: this.people,
      named: this.seen,
      blocked: new Set(),
      mode: this.mode,
      date: this.date ?? new Date().toISOString().slice(0, 10),
      titleCase: this.titleCase,
      countriesNear: (at) => countriesNear(this.blockTokens!, at, this.countryAt),
      isCountryAt: (at) => this.countryAt(at) !== null,
    });
  }

  /** Is the current block in Title Case? Worked out once per block, when first asked. */
  private readonly titleCase = (): boolean => (this.blockTitleCase ??= isTitleCase(this.blockTokens!));

  /** People introduced with an office in one text, for learning (offices held before too, see past-offices.ts). */
  introductions(text: string): Introduction[] {
    const tokens = tokenList(text);
    this.startBlock(tokens);
    const found = findIntroductions(tokens, this.countryAt, this.titleCase);
    return this.titleCase() ? found : [...found, ...pastOffices(tokens, this.countryAt)];
  }

  pageOfficials(): PageOfficial[] {
    return this.people.officials();
  }

  recognise(blocks: readonly string[]): Mention[][] {
    const out: Mention[][] = new Array<Mention[]>(blocks.length);
    // Case rules nothing out: every word of every block is looked at (queries are a few words).
    if (this.mode.anyCase) {
      this.evidence.add(blocks);
      for (let i = 0; i < blocks.length; i++) out[i] = this.recogniseBlock(blocks[i]!, tokenList(blocks[i]!));
      return out;
    }
    // One scan of the batch serves the signal words and the prefilter.
    const scan = this.known.scan;
    scan.reset();
    const firsts = new Int32Array(blocks.length + 1);
    for (let i = 0; i < blocks.length; i++) {
      firsts[i] = scan.count;
      scan.append(blocks[i]!);
    }
    firsts[blocks.length] = scan.count;
    this.evidence.startBatch(blocks, firsts);
    for (let i = 0; i < blocks.length; i++) {
      const text = blocks[i]!;
      const first = firsts[i]!;
      const count = firsts[i + 1]! - first;
      out[i] = count > 0 && markBlock(text, scan, first, count, this.known.words, this.people.first) ? this.recogniseBlock(text, new TokenList(text, scan, first, count, this.known.words)) : [];
    }
    this.evidence.endBatch();
    return out;
  }

  /** Hits of the knowledge's names at word `i` of the current block (asked for by introductions and the main loop). */
  private knownAt(tokens: TokenList, i: number): readonly Hit[] {
    let hits = this.blockHits[i];
    if (hits === undefined) this.blockHits[i] = hits = this.known.matcher.matchAt(tokens, i, this.mode.anyCase);
    return hits;
  }

  /** Starts a block: what was remembered of the previous one is about other words. */
  private startBlock(tokens: TokenList): void {
    this.blockTokens = tokens;
    this.blockTitleCase = null;
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
        found = { code: this.known.entities[ref.entity]!.code!, end: hit.end };
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
    for (const p of this.known.namesFirst(hit.payloads)) {
      const ref = this.known.refs[p]!;
      const entity = this.known.entities[ref.entity]!;
      if (entity.kind !== 'country' || (entity.territory && !this.mode.anyCase)) continue;
      if (ref.ascii) {
        if (spanAscii === undefined) {
          spanAscii = true;
          for (let k = hit.start; k < hit.end; k++) if (!tokens.ascii(k)) spanAscii = false;
        }
        if (!spanAscii) continue;
      }
      // "LAO" in a table of ISO codes is not the form "Lao".
      if (!ref.acronym && hit.end - hit.start === 1 && tokens.at(hit.start).allCaps && tokens.at(hit.start).raw.length <= 3) continue;
      if (this.mode.acronymsAsTyped && ref.acronym) {
        if (tokens.at(hit.start).key === 'us') continue;
        return ref;
      }
      const demonymFollows = (): boolean => this.demonymAt(tokens, hit.end, ref.entity);
      const candidate = { code: entity.code!, start: hit.start, end: hit.end, acronym: ref.acronym, anyCase: this.mode.anyCase, demonym: ref.form === 'demonym', demonymFollows };
      if (isCountry(candidate, tokens, this.evidence.signalsFor(entity.code!))) return ref;
    }
    return null;
  }

  /** Does another country's demonym start right after a space at word `i` ("Greek Cypriot")? */
  private demonymAt(tokens: TokenList, i: number, entity: number): boolean {
    const t = tokens.get(i);
    if (!t || !t.capital || t.gapBefore !== ' ') return false;
    for (const h of this.knownAt(tokens, i)) {
      for (const p of h.payloads) {
        const ref = this.known.refs[p]!;
        if (ref.form === 'demonym' && ref.entity !== entity && this.known.entities[ref.entity]!.kind === 'country') return true;
      }
    }
    return false;
  }

  private recogniseBlock(text: string, tokens: TokenList): Mention[] {
    this.startBlock(tokens);
    const mentions: Mention[] = [];
    const found = findIntroductions(tokens, this.countryAt, this.titleCase);
    const intros = found.length === 0 ? null : new Map(found.map((x) => [x.nameStart, x]));
    // Read once per block, not once per word: this loop visits every word of the page.
    const anyCase = this.mode.anyCase;
    const people = this.people;

    for (let i = 0; i < tokens.length; ) {
      // Where case matters nothing starts at a lower-case word (see prefilter.ts).
      if (!anyCase && (!tokens.capital(i) || (tokens.marked && !(tokens.marks(i) & (MARK_START | MARK_INTRO)) && !intros?.has(i) && !people.mayStart(tokens, i)))) {
        i++;
        continue;
      }
      const known = this.knownAt(tokens, i);
      const intro = intros?.get(i);
      // "PM Takaichi Orders…": a known surname after a title is that person, not someone new.
      if (intro && !this.namesKnownOfficial(known, intro.nameEnd) && !this.known.surnameHit(known, i + 1)) {
        const words = tokens.slice(intro.nameStart, intro.nameEnd);
        // Another script or alphabet ("Никол Пашинян", "xarici işlər naziri Ceyhun Bayramov")
        // may spell a known official differently; an English text spells its own names.
        const foreign = NON_ASCII_LETTER.test(intro.name) || NON_ASCII_LETTER.test(intro.role);
        const knownAs = foreign ? this.known.officialSpelledLike(words.map((w) => w.key)) : null;
        const record = knownAs ?? this.people.introduce(intro.name, words, intro.role, intro.country);
        this.seen.add(record.id);
        this.emit(mentions, text, tokens, intro.nameStart, intro.nameEnd, { record, form: knownAs ? 'alias' : 'name', dotted: false });
        i = intro.nameEnd;
        continue;
      }
      const pageHits = people.hitsAt(tokens, i, anyCase);
      if (known.length === 0 && pageHits.length === 0) {
        i++;
        continue;
      }
      // A territory's name is no country's, nor are the words in it ("French" of French Polynesia).
      if (!anyCase && known.length > 0 && tokens.capital(i) && this.known.namesTerritory(known[0]!)) {
        i = known[0]!.end;
        continue;
      }
      let next = -1;
      if (pageHits.length === 0) {
        // The matcher gives its hits longest first already.
        for (const h of known) {
          const chosen = this.accept(h, tokens);
          if (chosen) {
            this.emit(mentions, text, tokens, h.start, h.end, chosen);
            next = h.end;
            break;
          }
        }
      } else {
        const hits = [...known.map((h) => ({ h, page: false })), ...pageHits.map((h) => ({ h, page: true }))];
        if (hits.length > 1) hits.sort((a, b) => b.h.end - a.h.end || Number(a.page) - Number(b.page));
        for (const { h, page } of hits) {
          const chosen = page ? this.people.accept(h, tokens, this.mode.anyCase) : this.accept(h, tokens);
          if (chosen) {
            this.emit(mentions, text, tokens, h.start, h.end, chosen);
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
      for (const p of h.payloads) if (this.known.isFullOfficial(p)) return true;
    }
    return false;
  }

  private emit(mentions: Mention[], text: string, tokens: TokenList, start: number, end: number, { record, form, dotted }: Chosen): void {
    const from = tokens.at(form === 'surname' ? particlesBefore(tokens, start, record.name) : start).start;
    let to = tokens.at(end - 1).end;
    if (dotted && text[to] === '.') to++;
    mentions.push({ text: text.slice(from, to), start: from, end: to, kind: record.kind, id: record.id, name: record.name, form });
    // "Mahmoud Abbas, also known as Abu Mazen": the page's other name for the official.
    if (record.kind === 'official' && form !== 'surname') {
      const alias = aliasAfter(tokens, end);
      if (alias) this.people.addAlias(record, tokens.slice(alias.start, alias.end));
    }
  }

  private accept(hit: Hit, tokens: TokenList): Chosen | null {
    const country = this.acceptCountry(hit, tokens);
    if (country) return { record: this.known.entities[country.entity]!, form: country.form, dotted: country.dotted };
    // A name's last word may be the lower-case half of a hyphenated one ("Kim Jong-un").
    const capitalised = this.mode.anyCase || (tokens.capital(hit.start) && (tokens.capital(hit.end - 1) || (hit.end - hit.start > 1 && tokens.at(hit.end - 1).gapBefore === '-')));
    if (!capitalised) return null;
    const surnames: NameRef[] = [];
    for (const p of hit.payloads) {
      const ref = this.known.refs[p]!;
      const entity = this.known.entities[ref.entity]!;
      if (entity.kind !== 'official') continue;
      if (ref.form === 'surname') surnames.push(ref);
      else {
        // "Heydar Aliyev Center" is a building.
        if (!this.mode.anyCase && namedAfter(tokens, hit.end)) return null;
        this.seen.add(entity.id);
        return { record: entity, form: ref.form, dotted: false };
      }
    }
    if (surnames.length === 0 || hit.end - hit.start !== 1) return null;
    return resolveSurname(this.surnameContext, surnames, tokens, hit.start);
  }
}
