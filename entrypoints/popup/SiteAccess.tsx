import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Withheld {
  /** Match pattern for the tab's site, as permissions.request takes it. */
  pattern: string;
  host: string;
}

/** The site of a web page as a match pattern (no port: patterns have none), or null for other pages. */
function siteOf(url: string | undefined): Withheld | null {
  if (!url || !/^https?:/.test(url)) return null;
  const { protocol, hostname } = new URL(url);
  return { pattern: `${protocol}//${hostname}/*`, host: hostname };
}

/**
 * Shows `children` unless the user withheld Dossier's access to the tab's site (Firefox asks
 * before extensions read sites; Chrome's "Site access" menu does the same). Without access
 * the content script never runs there, so instead of "no names yet" the popup says why and
 * offers to ask for it. permissions.request must run inside the click, so nothing is awaited first.
 */
export function SiteAccess({ tabId, children }: { tabId: number; children: ComponentChildren }) {
  const [withheld, setWithheld] = useState<Withheld | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void browser.tabs
      .get(tabId)
      .then(async (tab) => {
        const site = siteOf(tab.url);
        const allowed = site === null || (await browser.permissions.contains({ origins: [site.pattern] }));
        return allowed ? null : site;
      })
      .catch(() => null)
      .then((value) => current && setWithheld(value));
    return () => {
      current = false;
    };
  }, [tabId]);
  if (withheld === undefined) return <p class="status">Reading this page…</p>;
  if (withheld === null) return <>{children}</>;
  const ask = () => {
    void browser.permissions.request({ origins: [withheld.pattern] }).then((granted) => {
      if (!granted) return;
      setWithheld(null);
      // The content script starts on the next load of the page.
      void browser.tabs.reload(tabId);
    });
  };
  return (
    <div class="notice site-access" role="note">
      <p>
        <strong>Dossier is not allowed to read this site.</strong>
      </p>
      <p>Your browser withholds Dossier’s access to {withheld.host}, so it cannot highlight or list the names here.</p>
      <button type="button" class="site-access-ask" onClick={ask}>
        Allow Dossier on {withheld.host}
      </button>
    </div>
  );
}
