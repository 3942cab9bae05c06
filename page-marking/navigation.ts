/**
 * Notices SPA navigations without touching the page's `history` (content scripts run in an
 * isolated world; patching pushState there would not see the page's calls anyway). The
 * Navigation API's events reach every world; elsewhere popstate/hashchange plus a check of
 * `location.href` at every mutation flush catch the rest.
 */
export class UrlWatcher {
  private last: string;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly onChange: (url: string) => void) {
    this.last = location.href;
    const check = (): void => this.check();
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    // currententrychange fires after the URL changed; navigatesuccess after a same-document load.
    if (nav) {
      nav.addEventListener('currententrychange', check);
      nav.addEventListener('navigatesuccess', check);
      this.cleanups.push(() => {
        nav.removeEventListener('currententrychange', check);
        nav.removeEventListener('navigatesuccess', check);
      });
    }
    addEventListener('popstate', check);
    addEventListener('hashchange', check);
    this.cleanups.push(() => {
      removeEventListener('popstate', check);
      removeEventListener('hashchange', check);
    });
  }

  /** Reports a change of URL since the last check; cheap enough to call on every flush. */
  check(): void {
    const url = location.href;
    if (url === this.last) return;
    this.last = url;
    this.onChange(url);
  }

  stop(): void {
    for (const c of this.cleanups.splice(0)) c();
  }
}
