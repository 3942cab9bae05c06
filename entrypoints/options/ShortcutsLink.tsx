import { useState } from 'preact/hooks';

/**
 * Opens the browser's page for changing extension shortcuts. A page cannot link there:
 * - Firefox (137 and later; Dossier needs 140) has `commands.openShortcutSettings()`, which
 *   opens about:addons at *Manage Extension Shortcuts* (tabs.create may not open about:addons);
 * - Chrome has no such call, but `tabs.create` may open chrome://extensions/shortcuts (a link
 *   to a chrome:// URL from a page is blocked).
 * So: feature-detect the Firefox call, else open the Chrome page.
 */
async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands;
  if ('openShortcutSettings' in commands && typeof commands.openShortcutSettings === 'function') {
    await Promise.resolve(commands.openShortcutSettings());
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function ShortcutsLink() {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <p>
        <button type="button" class="options-button" onClick={() => openShortcutSettings().catch(() => setFailed(true))}>
          Change keyboard shortcuts
        </button>
      </p>
      {failed && (
        <p class="options-note" role="status">
          The browser did not open its shortcut settings: in Chrome they are at chrome://extensions/shortcuts; in Firefox,
          about:addons, the gear menu, Manage Extension Shortcuts.
        </p>
      )}
    </>
  );
}
