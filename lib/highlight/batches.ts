/**
 * Groups block texts into recogniser batches of about `maxChars` characters, so one batch
 * is a short piece of main-thread work (the recogniser reads about 3 MB/s: 8,000 characters
 * take a few milliseconds). Returns the batches' [start, end) indexes into `texts`.
 */
export function batchesByChars(texts: readonly string[], maxChars: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let chars = 0;
  for (let i = 0; i < texts.length; i++) {
    const len = texts[i]!.length;
    if (i > start && chars + len > maxChars) {
      out.push([start, i]);
      start = i;
      chars = 0;
    }
    chars += len;
  }
  if (start < texts.length) out.push([start, texts.length]);
  return out;
}
