/**
 * The per-site switch works on host names: `www.` is dropped (the same site for readers),
 * case folded, and a trailing dot removed.
 */
export function siteKey(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** The disabled-sites list with `host` switched on or off (sorted, without duplicates). */
export function withSite(disabled: readonly string[], host: string, enabled: boolean): string[] {
  const key = siteKey(host);
  const rest = disabled.filter((h) => siteKey(h) !== key);
  if (!enabled && key !== '') rest.push(key);
  return rest.sort();
}

export function siteEnabled(disabled: readonly string[], host: string): boolean {
  const key = siteKey(host);
  return !disabled.some((h) => siteKey(h) === key);
}

/** Whether the page is highlighted: the global switch and the site's own. */
export function highlightingActive(globalOn: boolean, disabled: readonly string[], host: string): boolean {
  return globalOn && siteEnabled(disabled, host);
}
