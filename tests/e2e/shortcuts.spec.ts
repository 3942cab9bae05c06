// Every keyboard shortcut the README documents is really bound in the built extension:
// Chromium silently leaves a suggested key unassigned when it keeps that key for itself.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/paths.mjs';
import { test, expect } from './fixtures.ts';

declare const chrome: {
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
};

/** The modifier shortcuts in the README's "Keyboard shortcuts" table (Esc is the card's own key). */
function documentedShortcuts(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('Keyboard shortcuts');
  const table = readme.slice(start, readme.indexOf('\n\n', readme.indexOf('| keys |', start)));
  return [...table.matchAll(/\b(?:Alt|Ctrl|Command|MacCtrl)(?:\+(?:Shift|Alt|Ctrl))*\+\w+/g)].map((m) => m[0]);
}

test('every shortcut the README documents is bound (chrome.commands.getAll), and every command has one', async ({ serviceWorker }) => {
  const documented = documentedShortcuts();
  expect(documented.length).toBeGreaterThanOrEqual(4);
  const commands = await serviceWorker.evaluate(() => chrome.commands.getAll());
  const bound = commands.map((c) => c.shortcut ?? '');
  for (const keys of documented) expect(bound, `README documents ${keys}`).toContain(keys);
  expect(commands.filter((c) => !c.shortcut).map((c) => c.name)).toEqual([]);
});
