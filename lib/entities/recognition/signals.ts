/**
 * Words that tell which Georgia a page means (the US state or the country), counted over
 * the whole page: the ambiguity policy (ambiguity.ts) weighs them, the prefilter's word
 * table (word-table.ts) finds them without making tokens.
 */
/** Page-level evidence gathered so far, for names the neighbouring words do not settle. */
export interface PageSignals {
  usState: number;
  caucasus: number;
}

export const US_STATE_SIGNALS = new Set(
  'atlanta savannah augusta macon athens county governor gov state statehouse republican republicans democrat democrats democratic senate senator congressman peach bulldogs alabama florida carolina tennessee texas ohio kemp warnock ossoff ga'.split(' '),
);
export const CAUCASUS_SIGNALS = new Set(
  'tbilisi batumi kutaisi caucasus abkhazia ossetia georgian georgians kobakhidze zourabichvili garibashvili saakashvili ivanishvili armenia azerbaijan russia kremlin sakartvelo'.split(' '),
);
