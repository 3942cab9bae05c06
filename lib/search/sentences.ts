/** The space between two sentences, after the punctuation that ends the first. */
const SENTENCE_END = /(?<=[.!?…»"”])\s+(?=[\p{Lu}\p{N}"“«])/u;
/** The same boundary with the punctuation in the match (found faster than with the look-behind), for its offsets. */
const SENTENCE_GAP = /[.!?…»"”]\s+(?=[\p{Lu}\p{N}"“«])/gu;

/** A paragraph's sentences, blank ones left out. */
export function splitSentences(paragraph: string): string[] {
  return paragraph.split(SENTENCE_END).filter((s) => s.trim().length > 0);
}

/**
 * splitSentences' sentences as [start, end) offsets into the paragraph, so that a folding of
 * the whole paragraph can be sliced per sentence (lib/search/snippet.ts).
 */
export function sentenceBounds(paragraph: string): Array<[start: number, end: number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  const add = (end: number) => {
    if (paragraph.slice(start, end).trim().length > 0) bounds.push([start, end]);
  };
  SENTENCE_GAP.lastIndex = 0;
  for (let gap = SENTENCE_GAP.exec(paragraph); gap; gap = SENTENCE_GAP.exec(paragraph)) {
    add(gap.index + 1);
    start = SENTENCE_GAP.lastIndex;
  }
  add(paragraph.length);
  return bounds;
}
