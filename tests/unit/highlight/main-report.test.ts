import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockRole } from '../../../lib/highlight/block-role.ts';
import { blockEvidence, HEADLINE_WEIGHT, mainContent, MAX_TERM_CHARS, TermBudget } from '../../../lib/highlight/main-report.ts';
import type { BlockRole } from '../../../lib/search/main-content.ts';
import { MAX_SALIENT_TERMS, MIN_TERM_COUNT, salientTermsOutside, topTerms } from '../../../lib/search/salient-terms.ts';

/**
 * The words a page's blocks give the report, block by block with one budget per page, as
 * page-marking/page-report.ts reads them (prose blocks; `top` as the salient terms pick).
 */
class PageTerms {
  private readonly budget = new TermBudget();
  private readonly counts = new Map<string, number>();

  get full(): boolean {
    return this.budget.chars <= 0;
  }

  add(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): void {
    const { terms } = blockEvidence(text, mentions, { role: 'article', linkChars: 0, container: 0 }, this.budget);
    for (const [term, count] of terms ?? []) this.counts.set(term, (this.counts.get(term) ?? 0) + count);
  }

  top(max = MAX_SALIENT_TERMS): string[] {
    return topTerms(this.counts, max);
  }
}

/** The spans of every occurrence of `word` in `text`, as the recogniser would report its mentions. */
function spansOf(text: string, word: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) out.push({ start: i, end: i + word.length });
  return out;
}

describe('the words of a page’s blocks', () => {
  it('relies on a minimum count of two', () => {
    // The tests below are written for this value.
    expect(MIN_TERM_COUNT).toBe(2);
  });

  it('is empty before anything is added', () => {
    const terms = new PageTerms();
    expect(terms.top()).toEqual([]);
    expect(terms.full).toBe(false);
  });

  it('leaves out the words of recognised mentions', () => {
    const text = 'Serbia signed a pipeline deal; Serbia wants pipeline gas from Serbia.';
    const terms = new PageTerms();
    terms.add(text, spansOf(text, 'Serbia'));
    expect(terms.top()).toEqual(['pipeline']);

    const unmasked = new PageTerms();
    unmasked.add(text, []);
    expect(unmasked.top()).toEqual(['serbia', 'pipeline']);
  });

  it('leaves out every word of a multi-word mention, and only those', () => {
    const text = 'Ilham Aliyev met Aliyev supporters; supporters of Ilham Aliyev cheered.';
    const terms = new PageTerms();
    terms.add(text, spansOf(text, 'Ilham Aliyev'));
    // The lone "Aliyev" was not a recognised mention here, so it counts once: not enough.
    expect(terms.top()).toEqual(['supporters']);
  });

  it('does not glue the words around a mention into one', () => {
    const text = 'pipelineSERBIApipeline';
    const terms = new PageTerms();
    terms.add(text, [{ start: 8, end: 14 }]);
    expect(terms.top()).toEqual(['pipeline']);
  });

  it('ignores a mention that starts inside the previous one, and still reads what follows', () => {
    const text = 'Ilham Aliyev spoke; spoke again.';
    const terms = new PageTerms();
    terms.add(text, [
      { start: 0, end: 12 },
      { start: 6, end: 12 },
    ]);
    expect(terms.top()).toEqual(['spoke']);
  });

  it('never reads a word twice, even when mentions come out of order', () => {
    // Mentions are expected in document order; one that starts before the previous one ended is
    // ignored rather than sending the reader back over text it has already counted.
    const text = 'Serbia pipeline Georgia';
    const terms = new PageTerms();
    terms.add(text, [
      { start: 16, end: 23 },
      { start: 0, end: 6 },
    ]);
    expect(terms.top()).toEqual([]);
  });

  it('counts a term across several blocks', () => {
    const terms = new PageTerms();
    terms.add('The pipeline opened.', []);
    expect(terms.top()).toEqual([]);
    terms.add('A second pipeline is planned.', []);
    expect(terms.top()).toEqual(['pipeline']);
  });

  it('keeps mentions of one block from hiding the same word in another', () => {
    const terms = new PageTerms();
    terms.add('Georgia voted.', [{ start: 0, end: 7 }]);
    terms.add('Georgia is a font; Georgia again.', []);
    // Two unmasked occurrences only: the masked one is not counted.
    const counted = new PageTerms();
    counted.add('Georgia is a font; Georgia again.', []);
    expect(terms.top()).toEqual(counted.top());
    expect(terms.top()).toContain('georgia');
  });

  it('folds case and diacritics before counting', () => {
    const terms = new PageTerms();
    terms.add('Azərbaycan', []);
    terms.add('AZERBAYCAN', []);
    terms.add('Dačić', []);
    terms.add('dacic', []);
    expect(terms.top()).toEqual(['azerbaycan', 'dacic']);
  });

  it('only returns terms of at least 4 and at most 100 letters', () => {
    const terms = new PageTerms();
    const long100 = 'a'.repeat(100);
    const long101 = 'b'.repeat(101);
    terms.add(`gas gas gas oil oil gaza gaza ${long100} ${long100} ${long101} ${long101}`, []);
    expect(terms.top()).toEqual([long100, 'gaza'].sort());
  });

  it('leaves out numbers and function words, but keeps words with digits', () => {
    const terms = new PageTerms();
    terms.add('2024 2024 2024 with with which which their their covid19 covid19', []);
    expect(terms.top()).toEqual(['covid19']);
  });

  it('sorts by count, most first, then alphabetically', () => {
    const terms = new PageTerms();
    terms.add('zinc zinc zinc', []);
    terms.add('beta beta alpha alpha', []);
    terms.add('gamma gamma gamma gamma', []);
    expect(terms.top()).toEqual(['gamma', 'zinc', 'alpha', 'beta']);
  });

  it('returns at most `max` terms, MAX_SALIENT_TERMS by default', () => {
    const terms = new PageTerms();
    const words = Array.from({ length: MAX_SALIENT_TERMS + 10 }, (_, i) => `term${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    terms.add(words.join(' '), []);
    terms.add(words.join(' '), []);
    expect(terms.top()).toHaveLength(MAX_SALIENT_TERMS);
    expect(terms.top(3)).toEqual([...words].sort().slice(0, 3));
  });

  it('agrees with salientTermsOutside for a single block', () => {
    const text =
      'Serbia and Azerbaijan signed an energy deal. The energy ministers of Serbia and Azerbaijan said energy prices ' +
      'and the pipeline route were settled; the pipeline runs through Bulgaria, and Bulgaria agreed. Prices fell.';
    const spans = [...spansOf(text, 'Serbia'), ...spansOf(text, 'Azerbaijan')].sort((a, b) => a.start - b.start);
    const terms = new PageTerms();
    terms.add(text, spans);
    expect(terms.top()).toEqual(salientTermsOutside(text, spans));
    expect(terms.top()).toEqual(['energy', 'bulgaria', 'pipeline', 'prices']);
  });

  it('stops reading once MAX_TERM_CHARS have been read', () => {
    const terms = new PageTerms();
    const first = 'alpha alpha alpha';
    terms.add(first + ' '.repeat(MAX_TERM_CHARS - 1 - first.length), []);
    expect(terms.full).toBe(false);
    // The block that crosses the limit is still read whole.
    terms.add('pipeline pipeline', []);
    expect(terms.full).toBe(true);
    expect(terms.top()).toEqual(['alpha', 'pipeline']);
    // Later blocks are not read: "pipeline" would otherwise outnumber "alpha", and "uniqueword" appear.
    terms.add('pipeline pipeline uniqueword uniqueword', []);
    expect(terms.top()).toEqual(['alpha', 'pipeline']);
  });

  it('counts the text it reads, not the mentions it leaves out, towards the limit', () => {
    const terms = new PageTerms();
    const text = 'x'.repeat(MAX_TERM_CHARS);
    terms.add(text, [{ start: 0, end: text.length }]);
    expect(terms.full).toBe(false);
  });
});

describe('the main content a page reports', () => {
  const where = (role: BlockRole, container: unknown = 'body') => ({ role, linkChars: 0, container });
  const PARAGRAPH = 'Serbia and Azerbaijan agreed on Tuesday to expand gas deliveries, the ministers said, and to open a pipeline next spring.';

  it('counts names and words of the article only, not of its menus, asides or tables', () => {
    const budget = new TermBudget();
    const block = (text: string, ids: string[], role: BlockRole) => ({ mentions: ids.map((id) => ({ id, start: 0, end: 0 })), evidence: blockEvidence(text, [], where(role), budget) });
    const report = mainContent([
      block('Home Sport Tennis Tennis Tennis', ['country:GB'], 'nav'),
      block(PARAGRAPH, ['country:RS', 'country:AZ'], 'article'),
      block(PARAGRAPH, ['country:RS'], 'article'),
      block('Most read: tennis tennis tennis', ['country:FR'], 'aside'),
      block('France Germany Italy Spain', ['country:FR', 'country:DE'], 'table'),
    ]);
    expect([...report.mainCounts]).toEqual([['country:RS', 2], ['country:AZ', 1]]);
    expect(report.mainTerms.map((t) => t.term)).not.toContain('tennis');
    expect(report.mainTerms.find((t) => t.term === 'pipeline')).toEqual({ term: 'pipeline', count: 2 });
  });

  it('counts the headline’s names and words as an archive title weighs, the rest once', () => {
    expect(HEADLINE_WEIGHT).toBe(3);
    const budget = new TermBudget();
    const headline = 'Serbia weighs gun laws';
    const serbia = [{ id: 'country:RS', start: 0, end: 6 }];
    const report = mainContent([
      { mentions: serbia, evidence: blockEvidence(headline, serbia, { ...where('article'), headline: true }, budget) },
      { mentions: [{ id: 'country:RS' }], evidence: blockEvidence(PARAGRAPH, [], where('article'), budget) },
    ]);
    expect(report.mainCounts.get('country:RS')).toBe(4);
    expect(report.mainTerms.find((t) => t.term === 'gun')).toEqual({ term: 'gun', count: 3 });
    expect(report.mainTerms.find((t) => t.term === 'pipeline')).toEqual({ term: 'pipeline', count: 1 });
  });

  it('keeps no words of a block that cannot be prose', () => {
    expect(blockEvidence(PARAGRAPH, [], where('footer'), new TermBudget()).terms).toBeNull();
    expect(blockEvidence(PARAGRAPH, [], { role: 'other', linkChars: PARAGRAPH.length, container: 0 }, new TermBudget()).terms).toBeNull();
  });
});

describe('a block’s role from its element', () => {
  const { document } = parseHTML(
    '<body><header><p id="h">Menu</p></header><main><article><p id="a">Text</p><ul><li id="l">Item</li></ul><aside><p id="s">Box</p></aside></article></main><table><tr><td id="t">Cell</td></tr></table><div class="cookie-banner"><p id="c">Cookies</p></div><div><p id="o">Other</p></div></body>',
  );
  const roleOf = (id: string) => blockRole(document.getElementById(id)!, new WeakMap());

  it('is chrome anywhere under navigation, asides, footers and cookie banners, else the nearest structure or landmark', () => {
    expect(['h', 'a', 'l', 's', 't', 'c', 'o'].map(roleOf)).toEqual(['nav', 'article', 'list', 'aside', 'table', 'nav', 'other']);
  });

  it('gives the same roles with one memo for the whole page', () => {
    const memo = new WeakMap();
    expect(['o', 's', 'a', 'l', 'h'].map((id) => blockRole(document.getElementById(id)!, memo))).toEqual(['other', 'aside', 'article', 'list', 'nav']);
  });
});
