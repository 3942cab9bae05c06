import { sendToContent } from '../../lib/messages/messenger.ts';

/** Keyboard commands (manifest `commands`) that step through the highlighted names of the active tab. */
const NAME_COMMANDS = { 'next-name': 'next', 'previous-name': 'previous' } as const;

type NameCommand = keyof typeof NAME_COMMANDS;

function isNameCommand(command: string): command is NameCommand {
  return Object.hasOwn(NAME_COMMANDS, command);
}

/** Forwards next/previous name to the active tab's top frame, whose content script moves the card. */
export function registerNameCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (!isNameCommand(command)) return;
    void forward(NAME_COMMANDS[command], tab?.id);
  });
}

async function forward(direction: 'next' | 'previous', tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  try {
    await sendToContent('focusName', { direction }, { tabId: id, frameId: 0 });
  } catch {
    // No content script there (a browser page, a page loaded before Dossier): nothing to step through.
  }
}
