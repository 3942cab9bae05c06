/**
 * Helpers for the highlighting e2e tests: what Dossier has marked in a frame, read from the
 * page's main world (the highlight registry is per document and shared by all worlds).
 */
import type { Frame, Page, Worker } from '@playwright/test';

export interface Marks {
  country: string[];
  official: string[];
  /** Whether the registry holds Dossier's highlights at all (false once turned off). */
  registered: boolean;
}

export async function marksIn(frame: Page | Frame): Promise<Marks> {
  return frame.evaluate(() => {
    const read = (name: string): string[] | null => {
      const set = CSS.highlights.get(name);
      if (!set) return null;
      const out: string[] = [];
      for (const r of set) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString());
      }
      return out.sort();
    };
    const country = read('dossier-country');
    const official = read('dossier-official');
    return { country: country ?? [], official: official ?? [], registered: country !== null || official !== null };
  });
}

/** Waits until the frame's marks satisfy `accept`, and returns them. */
export async function waitForMarks(frame: Page | Frame, accept: (m: Marks) => boolean, timeout = 10_000): Promise<Marks> {
  const until = Date.now() + timeout;
  let last: Marks = await marksIn(frame);
  while (!accept(last)) {
    if (Date.now() > until) throw new Error(`marks never matched; last: ${JSON.stringify(last).slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await marksIn(frame);
  }
  return last;
}

// The extension API as seen inside serviceWorker.evaluate() (the project has no @types/chrome).
declare const chrome: {
  storage: { sync: { set(items: Record<string, unknown>): Promise<void>; get(key: string): Promise<Record<string, unknown>> }; session: { get(key: string): Promise<Record<string, unknown>> } };
};

/** Sets highlighting settings the way the popup does (wxt/storage `sync:` items). */
export async function setSettings(worker: Worker, settings: { highlightingEnabled?: boolean; disabledSites?: string[] }): Promise<void> {
  await worker.evaluate((s) => chrome.storage.sync.set(s), settings);
}

export interface StoredReport {
  url: string;
  frameId: number;
  entities: Array<{ id: string; count: number; first: number; name?: string }>;
  terms?: string[];
}

/** The page reports the background stored for every tab (session storage, `tab:<id>`). */
export async function storedReports(worker: Worker): Promise<StoredReport[]> {
  return worker.evaluate(async () => {
    const all = (await chrome.storage.session.get(null as unknown as string)) as Record<string, unknown>;
    return Object.entries(all)
      .filter(([k]) => k.startsWith('tab:'))
      .flatMap(([, v]) => v as StoredReport[]);
  });
}
