import { wordSpans } from './tokenize.ts';

/**
 * How a text writes a folded term: "Africa" for `africa`, "gas" for `gas` even when a
 * headline starts with "Gas". A word written in lower case anywhere is a common word;
 * otherwise its most frequent spelling is the name's own. Null when the text lacks it.
 */
export function surfaceForms(text: string, terms: ReadonlySet<string>): Map<string, string> {
  const seen = new Map<string, Map<string, number>>();
  for (const span of wordSpans(text)) {
    if (!terms.has(span.term)) continue;
    const word = text.slice(span.start, span.end);
    let forms = seen.get(span.term);
    if (!forms) seen.set(span.term, (forms = new Map()));
    forms.set(word, (forms.get(word) ?? 0) + 1);
  }
  const result = new Map<string, string>();
  for (const [term, forms] of seen) {
    const lower = [...forms.keys()].find((w) => w === w.toLowerCase());
    result.set(term, lower ?? [...forms].sort((a, b) => b[1] - a[1])[0]![0]);
  }
  return result;
}
