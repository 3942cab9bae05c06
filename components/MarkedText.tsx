import type { MarkedText as MarkedTextValue } from '../lib/search/snippet.ts';

/** Renders text with its marked ranges as <mark>; the text is never parsed as HTML. */
export function MarkedText({ value }: { value: MarkedTextValue }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start < at) continue;
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={start}>{value.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
