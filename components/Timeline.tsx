import type { MonthCount } from '../lib/search/entity-card.ts';

// Made on first use (the content script loads this on every page).
let monthFormat: Intl.DateTimeFormat | undefined;
const label = (month: string) => {
  monthFormat ??= new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
};

/**
 * Fewer months than a year are shown after empty months, so the bars span the axis and its
 * end labels name the months under them (one busy month reads as one bar in a year).
 */
const MIN_MONTHS = 12;

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function padded(months: MonthCount[]): MonthCount[] {
  const out = [...months];
  while (out.length < MIN_MONTHS) out.unshift({ month: previousMonth(out[0]!.month), count: 0 });
  return out;
}

/** Mentions per month as small bars; the sentence form is kept for screen readers. */
export function Timeline({ months: given }: { months: MonthCount[] }) {
  if (given.length === 0) return null;
  const months = padded(given);
  const max = Math.max(...months.map((m) => m.count));
  // A year's width at least, so one busy month reads as a bar, not as a wall.
  const width = 100 / Math.max(months.length, 12);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const described = months.filter((m) => m.count > 0).map((m) => `${label(m.month)}: ${m.count}`).join(', ');
  return (
    <figure class="timeline">
      <svg viewBox="0 0 100 24" preserveAspectRatio="none" role="img" aria-label={`Articles by month: ${described}`}>
        {months.map((m, i) => {
          const h = m.count ? Math.max(3, (m.count / max) * 22) : 1;
          return (
            <rect key={m.month} x={i * width + width * 0.12} width={width * 0.76} y={24 - h} height={h} class={m.count ? 'bar' : 'bar empty'}>
              <title>{`${label(m.month)}: ${m.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <figcaption class="timeline-axis" aria-hidden="true">
        <span>{label(first.month)}</span>
        {months.length > 1 && <span>{label(last.month)}</span>}
      </figcaption>
    </figure>
  );
}
