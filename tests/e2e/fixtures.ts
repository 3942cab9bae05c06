/**
 * Playwright fixtures for Dossier's e2e tests: the built extension (.output/chrome-mv3,
 * made by `npm run build`; `npm test` builds for you) loaded into headless Chromium.
 *
 *   import { test, expect, stopServiceWorker, screenshot } from './fixtures.ts';
 *
 * Fixtures (test-scoped unless noted):
 *   context        BrowserContext: a fresh persistent profile with Dossier loaded.
 *                  Browser: $CHROMIUM_PATH, else the one tests/support/find-browser.mjs finds.
 *                  Dossier opens its first-run page on install; the fixture waits for that
 *                  tab and closes it, so no test meets a stray tab, unless the test sets
 *                  `test.use({ keepWelcomePage: true })` (option, default false).
 *                  `test.use({ extensionBuild: 'timing' })` loads .output/chrome-mv3-timing
 *                  (`npm run build:timing`) instead: the only build with User Timing entries.
 *   serviceWorker  Worker: Dossier's background service worker (waits for it to start).
 *   extensionId    string: from the service worker's URL (chrome-extension://<id>/...).
 *   extensionPage  (path: string) => Promise<Page>: opens chrome-extension://<id>/<path>
 *                  in a new tab and waits for load, e.g. extensionPage('popup.html').
 *   server         worker-scoped StaticServer on http://127.0.0.1:<free port>, serving
 *                    /pages/<file>   tests/e2e/pages/**
 *                    /demo/          assets/demo/** (the demo article)
 *                    /shared/<file>  ../shared/data/pages/*.html with <script>s stripped
 *                                    (only if ../shared is present)
 *                  server.url('/demo/') gives the absolute URL. Content scripts run on
 *                  these http pages (they never run on file://).
 *
 * Helpers:
 *   launchWithDossier(dir)       the same browser on a profile folder of the test's own (to restart it).
 *   stopServiceWorker(context)   stops the extension's worker (CDP ServiceWorker.stopAllWorkers,
 *                                as Chrome does after ~30 s idle) and waits until CDP reports it
 *                                'stopped'; throws if it does not stop.
 *   serviceWorkerStatus(context) 'running' | 'starting' | 'stopping' | 'stopped' | 'none', from CDP.
 *                                Use this, not context.serviceWorkers(), to see if the worker runs:
 *                                Playwright keeps listing a stopped worker, and when it restarts
 *                                the SAME Worker object (the `serviceWorker` fixture) works again,
 *                                with fresh global state. No new 'serviceworker' event fires.
 *   nextServiceWorker(context)   the extension's Worker, waiting for it to appear if need be.
 *   screenshot(page, name)      full-page PNG at test-results/screenshots/<name>.png, for
 *                               humans to look at; returns the file path.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { findBrowserSync } from '../support/find-browser.mjs';
import { startStaticServer, type StaticMount, type StaticServer } from '../support/static-server.mjs';
import { DEMO_DIR, E2E_PAGES_DIR, EXTENSION_DIR, ROOT, SHARED_PAGES_DIR, TIMING_EXTENSION_DIR } from '../support/paths.mjs';
import { welcomePage } from './welcome-page.ts';

export { expect, welcomePage };
export type { StaticServer };

const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

function executablePath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const found = findBrowserSync();
  if (!found.path) throw new Error(found.error);
  return found.path;
}

function extensionDir(build: ExtensionBuild): string {
  const [dir, script] = build === 'timing' ? [TIMING_EXTENSION_DIR, 'build:timing'] : [EXTENSION_DIR, 'build'];
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `Dossier is not built: ${path.relative(ROOT, dir)}/manifest.json is missing. Run \`npm run ${script}\` first (\`npm test\` builds for you).`,
    );
  }
  return dir;
}

/** The production build, or the timing build (User Timing entries the page can read: page-marking/timing.ts). */
export type ExtensionBuild = 'production' | 'timing';

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

export async function nextServiceWorker(context: BrowserContext, timeout = 10_000): Promise<Worker> {
  return (
    context.serviceWorkers().find(isExtensionWorker) ??
    (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout }))
  );
}

type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping' | 'none';

interface ServiceWorkerVersion {
  scriptURL: string;
  runningStatus: Exclude<WorkerStatus, 'none'>;
  status: string;
}

/**
 * Watches the extension's service worker through CDP's ServiceWorker domain, the only
 * reliable view of whether it runs: Playwright keeps listing a stopped worker (and
 * reuses the same Worker object once it restarts).
 */
async function watchExtensionWorker(context: BrowserContext) {
  // A CDP session needs a page target; the ServiceWorker domain covers the whole profile.
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  let status: WorkerStatus | undefined;
  const listeners = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: ServiceWorkerVersion[] }) => {
    const ours = versions.filter((v) => v.scriptURL.startsWith('chrome-extension://'));
    const current = ours.find((v) => v.status === 'activated') ?? ours.at(-1);
    if (current) status = current.runningStatus;
    for (const listener of listeners) listener();
  });
  await cdp.send('ServiceWorker.enable');

  /** Resolves once the status satisfies `accept`; 'none' if nothing was reported in time. */
  const waitFor = (accept: (s: WorkerStatus | undefined) => boolean, timeout: number) =>
    new Promise<WorkerStatus>((resolve) => {
      const check = () => {
        if (!accept(status)) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(status ?? 'none');
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        resolve(status ?? 'none');
      }, timeout);
      listeners.add(check);
      check();
    });

  return {
    cdp,
    waitFor,
    /** The status as first reported after enabling the domain ('none' if no worker). */
    current: () => waitFor((s) => s !== undefined, 2_000),
    detach: () => cdp.detach().catch(() => undefined),
  };
}

export async function serviceWorkerStatus(context: BrowserContext): Promise<WorkerStatus> {
  const watch = await watchExtensionWorker(context);
  try {
    return await watch.current();
  } finally {
    await watch.detach();
  }
}

export async function stopServiceWorker(context: BrowserContext): Promise<void> {
  const watch = await watchExtensionWorker(context);
  try {
    const before = await watch.current();
    if (before === 'none') throw new Error('stopServiceWorker: the extension has no service worker to stop');
    await watch.cdp.send('ServiceWorker.stopAllWorkers');
    const after = await watch.waitFor((s) => s === 'stopped', 10_000);
    if (after !== 'stopped') throw new Error(`stopServiceWorker: the worker is still ${after} after 10 s`);
  } finally {
    await watch.detach();
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot';
  const file = path.join(SCREENSHOT_DIR, `${safe}.png`);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

function serverMounts(): StaticMount[] {
  const mounts: StaticMount[] = [
    { prefix: '/pages/', dir: E2E_PAGES_DIR },
    { prefix: '/demo/', dir: DEMO_DIR },
  ];
  if (fs.existsSync(SHARED_PAGES_DIR)) {
    mounts.push({
      prefix: '/shared/',
      dir: SHARED_PAGES_DIR,
      stripScripts: true,
      filter: (file) => !file.includes(path.sep) && file.endsWith('.html'),
    });
  }
  return mounts;
}

/**
 * Headless Chromium with Dossier loaded, on a persistent profile: `userDataDir` '' is a fresh
 * temporary one; a folder of the test's own survives a browser restart (close, launch again).
 */
export async function launchWithDossier(userDataDir: string, build: ExtensionBuild = 'production', extraArgs: readonly string[] = []): Promise<BrowserContext> {
  const ext = extensionDir(build);
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: executablePath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Lets tests click Dossier's toolbar button through the DevTools protocol
      // (Extensions.triggerAction, toolbar-click.ts), granting `activeTab` as a user's click does.
      '--enable-unsafe-extension-debugging',
      // Playwright passes --disable-extensions itself; this flag makes the exception.
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...extraArgs,
    ],
  });
}

interface TestFixtures {
  keepWelcomePage: boolean;
  extensionBuild: ExtensionBuild;
  serviceWorker: Worker;
  extensionId: string;
  extensionPage: (pagePath: string) => Promise<Page>;
}

interface WorkerFixtures {
  server: StaticServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  keepWelcomePage: [false, { option: true }],
  extensionBuild: ['production', { option: true }],

  context: async ({ keepWelcomePage, extensionBuild }, use) => {
    const context = await launchWithDossier('', extensionBuild);
    if (!keepWelcomePage) await (await welcomePage(context)).close();
    await use(context);
    await context.close();
  },

  serviceWorker: async ({ context }, use) => {
    await use(await nextServiceWorker(context));
  },

  extensionId: async ({ serviceWorker }, use) => {
    const id = new URL(serviceWorker.url()).host;
    await use(id);
  },

  extensionPage: async ({ context, extensionId }, use) => {
    await use(async (pagePath) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pagePath.replace(/^\/+/, '')}`);
      return page;
    });
  },

  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStaticServer(serverMounts());
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});
