// Made on first use (the content script loads this on every page).
let dateFormat: Intl.DateTimeFormat | undefined;

/** "7 Nov 2023" in the reader's locale, from an ISO date; "Undated" when there is none. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'Undated';
  const date = new Date(`${iso}T00:00:00Z`);
  dateFormat ??= new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
