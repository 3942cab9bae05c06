/** Human-readable date for terminal output; ISO dates stay sortable in --json. */
export function formatDate(date: string | null): string {
  return date ?? 'undated';
}
