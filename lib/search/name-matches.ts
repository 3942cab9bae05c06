import { fold } from '../text/fold.ts';

export interface NamedOption {
  id: string;
  name: string;
  /** Archive articles naming it: more first among equal matches. */
  count: number;
}

/** Options a type-ahead list shows at once; typing narrows the rest (thousands of names stay quick). */
export const MAX_SHOWN_OPTIONS = 50;

/**
 * Names matching what the user typed, best first: names that start with it, then names
 * with a word that starts with it ("bay" finds "Jeyhun Bayramov"), then names containing
 * it; each group by article count. Case and diacritics are folded ("dacic" finds
 * "Ivica Dačić"). An empty query lists the most frequent names.
 */
export function matchNames<T extends NamedOption>(options: readonly T[], typed: string, max = MAX_SHOWN_OPTIONS): T[] {
  const query = fold(typed.trim());
  const ranked: Array<{ option: T; rank: number }> = [];
  for (const option of options) {
    const name = fold(option.name);
    const rank = !query ? 0 : name.startsWith(query) ? 0 : name.includes(` ${query}`) || name.includes(`-${query}`) ? 1 : name.includes(query) ? 2 : -1;
    if (rank >= 0) ranked.push({ option, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.option.count - a.option.count || a.option.name.localeCompare(b.option.name));
  return ranked.slice(0, max).map((r) => r.option);
}
