// Chrome keeps the loaded archive in an offscreen document (entrypoints/background/archive-route.ts):
// a stopped worker wakes to forward a search to the same document, which answers without
// loading the archive again.
import { test, expect, nextServiceWorker, stopServiceWorker } from './fixtures.ts';

interface SearchAnswer {
  kind: string;
  res?: { hits: Array<{ title: string }> };
  err?: { name: string; message: string };
}

declare const chrome: {
  runtime: {
    getContexts(filter: { contextTypes: string[] }): Promise<Array<{ documentId?: string }>>;
  };
  extension: { getViews(): Array<{ dossierArchive?: { ask(name: string, data: unknown): Promise<SearchAnswer> } }> };
};

async function offscreenDocuments(worker: { evaluate<T>(fn: () => Promise<T>): Promise<T> }): Promise<Array<string | undefined>> {
  return worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentId));
}

test('the archive stays loaded in one offscreen document across a worker stop', async ({ context, serviceWorker, extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  const box = popup.getByRole('combobox', { name: 'Search the archive' });
  const results = popup.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await box.fill('Dačić');
  await expect(results.first()).toContainText('Bayramov');
  const before = await offscreenDocuments(serviceWorker);
  expect(before).toHaveLength(1);

  await stopServiceWorker(context);
  await box.fill('Đurić');
  await expect(results.first()).toContainText('Ilham Aliyev: Azerbaijan and Serbia are strategic partners');
  // The same document answered: it was not closed with the worker nor opened again.
  expect(await offscreenDocuments(await nextServiceWorker(context))).toEqual(before);
});

test('Dossier’s own pages ask the offscreen document directly, and it checks what they send', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html');
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill('Dačić');
  await expect(popup.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText('Bayramov');
  // The request the popup sends on the archive's channel (lib/messages/direct-protocol.ts): the document answers it.
  const ask = (data: unknown) =>
    popup.evaluate(
      (data) =>
        new Promise<{ kind: string; res?: { hits: Array<{ title: string }> }; err?: { name: string; message: string } }>((resolve) => {
          const channel = new BroadcastChannel('dossier-archive');
          const id = crypto.randomUUID();
          channel.onmessage = (event: MessageEvent<{ id: string; kind: string }>) => {
            if (event.data.id === id && event.data.kind !== 'ack') resolve(event.data), channel.close();
          };
          channel.postMessage({ id, name: 'search', data });
        }),
      data,
    );
  expect((await ask({ query: 'Dačić' })).res?.hits[0]?.title).toContain('Bayramov');
  expect((await ask({ query: 42 })).err).toMatchObject({ name: 'InvalidMessageError', message: expect.stringMatching(/^invalid search request at query/) });
});

test('Dossier’s own pages call the offscreen document in their process, and it checks what they send', async ({ extensionPage }) => {
  const popup = await extensionPage('popup.html');
  // What lib/messages/archive-in-process.ts finds: the document's window among the extension's views.
  const ask = (data: unknown) =>
    popup.evaluate(async (data) => {
      const document = chrome.extension.getViews().find((view) => view.dossierArchive)?.dossierArchive;
      return document ? structuredClone(await document.ask('search', data)) : null;
    }, data);
  await expect.poll(() => ask({ query: 'Dačić' }).then((answer) => answer?.res?.hits[0]?.title)).toContain('Bayramov');
  expect((await ask({ query: 42 }))?.err).toMatchObject({ name: 'InvalidMessageError', message: expect.stringMatching(/^invalid search request at query/) });
});
