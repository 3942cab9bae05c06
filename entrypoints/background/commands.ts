import { highlightingEnabled } from '../../storage/settings.ts';

/** The keyboard shortcut (manifest `commands`, Alt+Shift+H) flips the global highlighting switch. */
export const TOGGLE_HIGHLIGHTS = 'toggle-highlights';

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command !== TOGGLE_HIGHLIGHTS) return;
    void highlightingEnabled.getValue().then((on) => highlightingEnabled.setValue(!on));
  });
}
