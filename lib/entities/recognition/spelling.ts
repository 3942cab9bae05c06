/**
 * Spelling skeletons of name words: the transliteration choices of Slavic, Persian and
 * Arabic names into English taken out, so that "Zelenskiy", "Zelenskyy" and "Zelensky" are
 * one word: y and i are one letter (-skiy, -skyy, -sky), doubled letters are one, kh is h,
 * w is v, ph is f, ou is u. Hand-written: a handful of spelling rules, not data. The index
 * merges officials' spellings with it (building/name-variants.ts); the recogniser ties names
 * a page introduces in another script to known officials (known-names.ts).
 */
const skeletons = new Map<string, string>();

/** The spelling skeleton of one name word's match key. */
export function spellingSkeleton(key: string): string {
  let skeleton = skeletons.get(key);
  if (skeleton === undefined) {
    skeleton = skeletonOf(key);
    // Bounded: a hostile page must not grow it without end.
    if (skeletons.size >= 8192) skeletons.clear();
    skeletons.set(key, skeleton);
  }
  return skeleton;
}

function skeletonOf(key: string): string {
  return key
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}
