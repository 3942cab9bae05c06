/**
 * The articles' texts (body, sidebar), read only when an answer shows them: a loaded archive
 * holds its articles without their text (lib/search/archive-types.ts `ArticleMeta`), so a
 * wake parses no text. The lib functions that quote a text (snippets, cards, spellings,
 * related reasons) read it synchronously through `body`; `answer` runs such a function,
 * reads the texts it asked for and did not have, and runs it again until it had them all.
 * The functions read texts only of the articles they show, chosen without reading any text
 * (near-duplicates fold on a hash kept with the record), so a second run is the last one
 * unless a text chose what is shown, and each run reads more texts, so the loop ends.
 */
import type { ArticleMeta, ArticleText } from './archive-types.ts';

/** Reads the texts of these articles; ids it does not know are left out of the answer. */
export type ReadTexts = (ids: readonly string[]) => Promise<ReadonlyMap<string, ArticleText>>;

const NO_TEXT: ArticleText = { body: [], sidebar: [] };
const readNothing: ReadTexts = async () => new Map();

export class ArticleTexts {
  private readonly known = new Map<string, ArticleText>();
  private readonly missing = new Set<string>();

  constructor(
    private readonly read: ReadTexts,
    known: Iterable<readonly [string, ArticleText]> = [],
  ) {
    for (const [id, text] of known) this.known.set(id, text);
  }

  /** Every text already in memory (an archive file read whole, as the CLI reads it). */
  static inMemory(texts: Iterable<readonly [string, ArticleText]>): ArticleTexts {
    return new ArticleTexts(readNothing, texts);
  }

  /**
   * These texts, and the ones `owns` says are another reader's read by it: the bundle's with
   * the user's stored articles. Texts of this side are kept here (a later join, after the
   * user's archive changed, finds them); the other side's are kept by the joined texts only,
   * as their articles may change.
   */
  joinedWith(owns: (id: string) => boolean, read: ReadTexts): ArticleTexts {
    return new ArticleTexts(async (ids) => {
      const mine = ids.filter((id) => !owns(id));
      const [theirs] = await Promise.all([read(ids.filter(owns)), this.load(mine)]);
      const texts = new Map(mine.map((id) => [id, this.text(id)]));
      for (const [id, text] of theirs) texts.set(id, text);
      return texts;
    });
  }

  /** The body when it was read; an empty body for an article without one. A body not read yet is noted for `answer`, and empty meanwhile. */
  body(article: ArticleMeta): readonly string[] {
    if (article.bodyLength === 0) return NO_TEXT.body;
    const text = this.known.get(article.id);
    if (text) return text.body;
    this.missing.add(article.id);
    return NO_TEXT.body;
  }

  /** The text once `load`ed (an article without a text has an empty one). */
  text(id: string): ArticleText {
    return this.known.get(id) ?? NO_TEXT;
  }

  /** Reads the texts of these articles that are not in memory yet. */
  async load(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (wanted.length === 0) return;
    const read = await this.read(wanted);
    // An id the reader does not know (removed meanwhile) counts as read: `answer` must end.
    for (const id of wanted) this.known.set(id, read.get(id) ?? NO_TEXT);
  }

  /** Runs `compute` until it read no text it did not have (see the top of this file). */
  async answer<T>(compute: () => T): Promise<T> {
    for (;;) {
      this.missing.clear();
      const result = compute();
      if (this.missing.size === 0) return result;
      await this.load([...this.missing]);
    }
  }
}
