import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { toBackground } from '../../../lib/messages/background-protocol.ts';
import { parseContentRequest, toContent } from '../../../lib/messages/content-protocol.ts';
import { InvalidMessageError } from '../../../lib/messages/define-protocol.ts';
import { UserFacingError, userMessage } from '../../../lib/messages/user-error.ts';
import { ArchiveFormatError, loadArchive } from '../../../lib/search/archive.ts';
import type { LoadedArchive } from '../../../lib/search/archive.ts';
import { knowledgeFileOf } from '../../../lib/search/knowledge-file.ts';
import { seedArchive } from '../helpers/seed-archive.ts';

const archiveLoader = vi.hoisted(() => ({ getArchive: vi.fn<() => Promise<LoadedArchive>>() }));
vi.mock('../../../entrypoints/background/archive-loader.ts', () => archiveLoader);
const { handleGetKnowledge } = await import('../../../entrypoints/background/knowledge-loader.ts');
const { archiveHandlers } = await import('../../../entrypoints/background/archive-handlers.ts');

/** Checks a real answer against its message's answer schema, naming the first field that departs. */
function expectAnswer<K extends keyof typeof toBackground>(name: K, answer: unknown): void {
  const result = v.safeParse(toBackground[name].response, answer);
  expect(result.success ? null : result.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`)).toBeNull();
}

describe('the background’s answers have the shapes the protocol declares', () => {
  archiveLoader.getArchive.mockImplementation(async () => seedArchive());
  // The knowledge file the build bundles beside the archive, as the extension's fetch reads it.
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(knowledgeFileOf(seedArchive().file))));

  it('search, suggestions, articles, related articles and archive facts', async () => {
    const search = await archiveHandlers.search({ query: 'Dačić gas' });
    expect(search.hits.length).toBeGreaterThan(0);
    expectAnswer('search', search);
    expectAnswer('suggest', await archiveHandlers.suggest({ prefix: 'ser' }));
    const article = await archiveHandlers.getArticle({ id: '003_b681c1fa2e90997a' });
    expect(article?.id).toBe('003_b681c1fa2e90997a');
    expectAnswer('getArticle', article);
    expectAnswer('getArticle', await archiveHandlers.getArticle({ id: 'no-such-article' }));
    const related = await archiveHandlers.getRelatedToArticle({ id: '003_b681c1fa2e90997a' });
    expectAnswer('getRelatedToArticle', related);
    expectAnswer('getArchiveInfo', await archiveHandlers.getArchiveInfo(undefined));
  });

  it('cards, for archive entities and for officials only the page knows', async () => {
    const cards = await archiveHandlers.getEntityCards({
      requests: [{ id: 'country:RS' }, { id: 'official:ivica-dacic' }, { id: 'official:nobody-known', pageOfficial: { name: 'Nobody Known', role: 'Minister', country: 'RS' } }],
    });
    expect(cards.map((c) => c.info?.name)).toEqual(['Serbia', 'Ivica Dačić', 'Nobody Known']);
    expectAnswer('getEntityCards', cards);
    expectAnswer('getEntityCard', await archiveHandlers.getEntityCard({ id: 'country:AZ' }));
  });

  it('the knowledge content scripts build their recogniser from', async () => {
    const payload = await handleGetKnowledge();
    expect(payload.knowledge?.countries.length).toBeGreaterThan(200);
    expectAnswer('getKnowledge', payload);
  });
});

describe('the knowledge is checked where the archive is loaded', () => {
  const file = () => JSON.parse(JSON.stringify(seedArchive().file));

  it('loads the archive the build writes', () => {
    expect(loadArchive(file()).file.knowledge?.format).toBe(1);
  });

  it('refuses knowledge of another shape, saying where', () => {
    const broken = file();
    broken.knowledge.officials[3].roles = 'Foreign Minister';
    expect(() => loadArchive(broken)).toThrow(ArchiveFormatError);
    expect(() => loadArchive(broken)).toThrow(/knowledge is malformed at officials\.3\.roles/);
  });

  it('accepts an archive without knowledge', () => {
    expect(loadArchive({ ...file(), knowledge: null }).file.knowledge).toBeNull();
  });
});

describe('messages to content scripts', () => {
  it('have a schema each', () => {
    expect(Object.keys(toContent)).toEqual(['focusName']);
  });

  it('are validated by the content script', () => {
    expect(parseContentRequest('focusName', { direction: 'previous' })).toEqual({ direction: 'previous' });
    for (const data of [null, {}, { direction: 'next', extra: 1 }, { direction: 2 }]) {
      expect(() => parseContentRequest('focusName', data)).toThrow(InvalidMessageError);
    }
  });
});

describe('errors as users read them', () => {
  it('never shows an internal message', () => {
    const internal = new InvalidMessageError('invalid getTabSummary request at tabId: Invalid type: Expected number but received "7"');
    expect(userMessage(internal)).toBe('Dossier could not understand that request. Reload the page and try again.');
    expect(userMessage(new ArchiveFormatError('archive index is unreadable: x'))).toMatch(/^Dossier’s archive could not be read\./);
    expect(userMessage(new TypeError('n.some is not a function'))).toBe('Something went wrong in Dossier. Try again; if it keeps happening, reload the page.');
    expect(userMessage('a string')).toMatch(/^Something went wrong/);
  });

  it('recognises errors that crossed the messaging boundary by name', () => {
    // @webext-core/messaging rebuilds a plain Error and copies the name.
    const crossed = Object.assign(new Error('invalid search request at limit: too big'), { name: 'InvalidMessageError' });
    expect(userMessage(crossed)).toMatch(/^Dossier could not understand that request/);
  });

  it('explains a worker that is gone', () => {
    expect(userMessage(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(
      'Dossier was restarted or updated. Reload the page and try again.',
    );
  });

  it('shows errors written for the user as they are', () => {
    expect(userMessage(new UserFacingError('The archive could not be read (404). Rebuild Dossier.'))).toBe('The archive could not be read (404). Rebuild Dossier.');
  });
});
