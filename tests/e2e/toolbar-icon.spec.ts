// The toolbar icon: Dossier's own icon on every tab, its grey variant on tabs of a site where
// Dossier is off (or everywhere when it is off everywhere), and back when switched on.
import { test, expect } from './fixtures.ts';
import { setSettings } from './highlight-support.ts';

declare const chrome: {
  action: { setIcon(details: { tabId?: number; path: Record<string, string> }): Promise<void> };
};

interface IconCall {
  tabId?: number;
  icon16: string;
  error: string | null;
}

test('the icon turns grey on tabs of a site switched off, and back', async ({ page, server, serviceWorker }) => {
  // Record every setIcon call the worker makes, and whether Chrome accepted its paths.
  await serviceWorker.evaluate(() => {
    const calls: IconCall[] = [];
    (self as unknown as { iconCalls: IconCall[] }).iconCalls = calls;
    const setIcon = chrome.action.setIcon.bind(chrome.action);
    chrome.action.setIcon = async (details) => {
      const call: IconCall = { tabId: details.tabId, icon16: details.path['16'] ?? '', error: null };
      calls.push(call);
      await setIcon(details).catch((e: unknown) => {
        call.error = String(e);
      });
    };
  });
  const calls = () => serviceWorker.evaluate(() => (self as unknown as { iconCalls: IconCall[] }).iconCalls.splice(0));

  await page.goto(server.url('/demo/'));
  const host = new URL(server.url('/')).hostname;
  await expect.poll(async () => (await calls()).some((c) => c.icon16 === 'icon/16.png' && c.error === null)).toBe(true);

  await setSettings(serviceWorker, { disabledSites: [host] });
  let seen: IconCall[] = [];
  await expect.poll(async () => (seen = seen.concat(await calls())).some((c) => c.icon16 === 'icon-off/16.png')).toBe(true);
  expect(seen.filter((c) => c.error !== null)).toEqual([]);

  await setSettings(serviceWorker, { disabledSites: [] });
  await expect.poll(async () => (await calls()).some((c) => c.icon16 === 'icon/16.png' && c.error === null)).toBe(true);
});
