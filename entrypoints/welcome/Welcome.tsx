import { useEffect, useState } from 'preact/hooks';
import { askArchive } from '../../lib/messages/archive-client.ts';

/** Dossier's documented shortcuts, as the manifest suggests them (wxt.config.ts). */
const SHORTCUTS: Array<[keys: string, does: string]> = [
  ['Alt+Shift+D', 'open the popup'],
  ['Alt+Shift+H', 'highlighting on or off everywhere'],
  ['Alt+Shift+J / Alt+Shift+K', 'the card of the next / previous name on the page'],
];

function useArticleCount(): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    askArchive.getArchiveInfo(undefined).then(
      (info) => setCount(info.articleCount),
      () => setCount(null),
    );
  }, []);
  return count;
}

/** The first-run page (opened once, on install): what Dossier does, what it keeps, a name to try. */
export function Welcome() {
  const articles = useArticleCount();
  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src="/icon/128.png" alt="" width="48" height="48" />
        <h1>Welcome to Dossier</h1>
        <button type="button" class="welcome-options" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </header>
      <p class="welcome-lede">
        As you read, Dossier highlights the countries and officials it recognises. Rest the pointer on a name to see what
        your own news archive says about it; the toolbar button lists the archive articles related to the page you are on
        and searches the whole archive.
      </p>

      <section class="try" aria-labelledby="try-title">
        <h2 id="try-title">Try it here</h2>
        <p class="muted">Rest the pointer on a highlighted name:</p>
        <blockquote class="example">
          Azerbaijan’s foreign minister, Jeyhun Bayramov, met Ivica Dačić in Belgrade to talk about gas supplies to
          Serbia and a new transport corridor through Montenegro.
        </blockquote>
        <p class="legend">
          <span class="legend-country">Countries</span> get a light amber mark with a solid underline,{' '}
          <span class="legend-official">officials</span> a stronger blue one with a dotted underline.
        </p>
      </section>

      <div class="welcome-columns">
        <section aria-labelledby="stores-title">
          <h2 id="stores-title">What Dossier keeps</h2>
          <ul>
            <li>
              Your archive{articles === null ? '' : ` (${articles.toLocaleString('en')} articles)`}: built in, plus what you
              import or save, in this browser.
            </li>
            <li>Your settings: the switches, the sites where Dossier is off, the options.</li>
            <li>The popup’s last search, and the names found on each open tab until the tab closes.</li>
          </ul>
          <p>
            <strong>Nothing leaves your browser.</strong> Dossier makes no network requests: pages are read on your
            computer, and no text from them is sent anywhere.
          </p>
        </section>
        <section aria-labelledby="keys-title">
          <h2 id="keys-title">Shortcuts</h2>
          <dl class="shortcuts">
            {SHORTCUTS.map(([keys, does]) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{does}</dd>
              </div>
            ))}
          </dl>
          <p class="muted">Change them in your browser’s shortcut settings (the options open them).</p>
        </section>
      </div>
    </main>
  );
}
