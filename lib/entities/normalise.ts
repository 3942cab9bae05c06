import { fold } from '../text/fold.ts';

/**
 * Cyrillic to Latin, after folding (so `ч` arrives as `ч` and leaves as `c`, like `č`
 * folded). The table is Serbian's official one-to-one transliteration, extended with the
 * Russian and Ukrainian letters, so that "Ивица Дачић" and "Ivica Dačić" share one key and
 * Serbian names need no separate Latin list. Hand-written: it is a fixed alphabet table.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', ђ: 'dj', е: 'e', ё: 'e', є: 'je', ж: 'z',
  з: 'z', и: 'i', і: 'i', ї: 'ji', й: 'j', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n',
  њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'h', ц: 'c',
  ч: 'c', џ: 'dz', ш: 's', щ: 'sc', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju', я: 'ja',
};

const HAS_CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The key a word is matched by: folded (case, diacritics) and, for Cyrillic, transliterated.
 * NFD turns `й` into `и` + breve and fold drops the breve, so `й` is restored from the raw word.
 */
export function matchKey(word: string): string {
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  // Folding ASCII is lower-casing; skip the per-character path for most words.
  if (ascii) return word.toLowerCase();
  if (!HAS_CYRILLIC.test(word)) return fold(word);
  let out = '';
  for (const ch of word.toLowerCase()) {
    const mapped = CYRILLIC[ch];
    out += mapped ?? fold(ch);
  }
  return out;
}

/** `official:<slug>` slugs: folded, ASCII, hyphenated. */
export function slugify(name: string): string {
  return matchKey(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
