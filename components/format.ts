const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "7 Nov 2023" in the reader's locale, from an ISO date; "Undated" when there is none. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'Undated';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
