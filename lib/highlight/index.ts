/** Pure logic of page highlighting (no DOM): the content script's glue lives in entrypoints/content. */
export { elementRole, isDossierTag, attributesSkip, type ElementRole } from './elements.ts';
export { SegmentBuilder, locate, cutPoints, MAX_SEGMENT_CHARS, type SegmentText, type PiecePosition } from './segment-text.ts';
export { entityReport, sameReport, MAX_REPORTED_ENTITIES } from './report.ts';
export { batchesByChars } from './batches.ts';
export { placement, type BoxLike, type Placement } from './visibility.ts';
export { runSliced, debounce, type SliceHost, type SliceOptions, type Debounced, type TimerHost } from './slicer.ts';
export { siteKey, withSite, siteEnabled, highlightingActive } from './sites.ts';
export { PageTerms, MAX_TERM_CHARS } from './terms.ts';
