import type { MarkedText as MarkedTextValue } from '../lib/search/snippet.ts';
import { neutraliseBidiControls } from '../lib/text/display.ts';

/**
 * Renders text with its marked ranges as <mark>; the text is never parsed as HTML.
 * Archive text: its bidi controls are made inert (same length, so the marks still fit).
 */
export function MarkedText({ value }: { value: MarkedTextValue }) {
  const text = neutraliseBidiControls(value.text);
  const parts = [];
  let at = 0;
  for (const [start, end] of value.marks) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
