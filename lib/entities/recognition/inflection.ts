import type { Inflection } from '../types.ts';

/**
 * Endings the matcher may strip from a word to reach a name's stem, by inflection class.
 * They are written in match-key form (folded, Cyrillic transliterated): Turkish ı, ü, ə
 * fold to i, u, e, and Russian -ией is "iej". Hand-written: they are grammar, not data.
 *
 * Turkic (Azerbaijani, Turkish) agglutinates: Azərbaycan-la, Azərbaycan-ın, Rusiya-nın,
 * Monteneqro-ya, Gürcüstan-dan. Turkish writes an apostrophe before suffixes on proper
 * names (Türkiye'nin); the tokenizer splits there, so those need no ending at all.
 *
 * Slavic (Russian, Serbian) declines: Азербайджан-а, Черногори-ей, Србиј-е, Црн-е Гор-е.
 * Stems drop a final vowel or -ja (see `slavicStems`) before the endings are added.
 */
export const ENDINGS: Readonly<Record<Inflection, readonly string[]>> = {
  turkic: [
    'a', 'e', 'i', 'u', 'ya', 'ye', 'yi', 'yu', 'la', 'le', 'yla', 'yle', 'in', 'un', 'nin', 'nun',
    'ni', 'nu', 'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'nda', 'nde', 'ndan', 'nden',
    'daki', 'deki', 'li', 'lu', 'lar', 'ler', 'dir',
  ],
  slavic: [
    'a', 'e', 'i', 'u', 'y', 'o', 'ja', 'je', 'ji', 'ju', 'ej', 'oj', 'om', 'em', 'ju', 'ii', 'ie',
    'iej', 'ije', 'iji', 'iju', 'ijom', 'ama', 'ami', 'ah', 'ov', 'ev', 'oju', 'eju',
  ],
  plural: ['s'],
};

/** Stems a Slavic name word may decline from: Черногория → cernogori-, Србија → srbij-. */
export function slavicStems(key: string): string[] {
  const stems = [key];
  const last = key[key.length - 1];
  if (last === 'a' || last === 'e' || last === 'o' || last === 'y') stems.push(key.slice(0, -1));
  if (last === 'a' && key[key.length - 2] === 'j') stems.push(key.slice(0, -2));
  if (last === 'j') stems.push(key.slice(0, -1));
  return stems.filter((s) => s.length >= 3);
}

export function stemsOf(key: string, inflection: Inflection): readonly string[] {
  return inflection === 'slavic' ? slavicStems(key) : [key];
}

/** Longest ending, so the matcher tries at most this many suffix lengths per word. */
export const MAX_ENDING = Math.max(...Object.values(ENDINGS).flat().map((e) => e.length));
