import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageMarking } from '../../../page-marking/page-marking.ts';
import { highlighted, TEST_KNOWLEDGE, textsOf } from './page-fixture.ts';

// The background, as the knowledge client and the page report reach it.
const sent = vi.hoisted(() => ({ reports: [] as Array<{ url: string; entities: Array<{ id: string; count: number; first: number; mainCount?: number }>; mainTerms?: Array<{ term: string; count: number }> }> }));
// No copy of the knowledge stored for pages (storage/page-knowledge.ts): the page asks the background.
vi.mock('../../../storage/page-knowledge.ts', () => ({ readPageKnowledge: async () => null }));
vi.mock('../../../lib/messages/messenger.ts', () => ({
  sendMessage: async (type: string, data: unknown) => {
    if (type === 'getKnowledge') return { knowledge: TEST_KNOWLEDGE };
    if (type === 'reportPageEntities') sent.reports.push(data as (typeof sent.reports)[number]);
    return undefined;
  },
}));

let marking: PageMarking;

beforeEach(() => {
  sent.reports.length = 0;
  document.body.innerHTML = '';
});

afterEach(() => {
  marking.stop();
  document.body.innerHTML = '';
});

function start(html: string): PageMarking {
  document.body.innerHTML = html;
  marking = new PageMarking(true);
  marking.enable();
  return marking;
}

const markedTexts = (): string[] => textsOf(marking.marks.all().map((m) => m.range));

describe('PageMarking', () => {
  it('marks the names of visible text, across inline markup, and hands them over in document order', async () => {
    start('<p>Serbia and <b>Azer</b>baijan met.</p><p hidden>Serbia hidden</p><textarea>Serbia typed</textarea><p>Ivica Dačić spoke.</p>');
    await vi.waitFor(() => expect(markedTexts()).toEqual(['Serbia', 'Azerbaijan', 'Ivica Dačić']));
    expect(marking.marks.all().map((m) => m.mention.id)).toEqual(['country:RS', 'country:AZ', 'official:ivica-dacic']);
    expect(highlighted('dossier-country')).toEqual(['Azerbaijan', 'Serbia']);
    expect(highlighted('dossier-official')).toEqual(['Ivica Dačić']);
  });

  it('reports the page’s entities with counts and first positions', async () => {
    start('<p>Serbia, Azerbaijan.</p><p>Serbia again.</p>');
    await vi.waitFor(() => expect(sent.reports.at(-1)?.entities).toEqual([
      { id: 'country:RS', count: 2, first: 0, name: 'Serbia' },
      { id: 'country:AZ', count: 1, first: 1, name: 'Azerbaijan' },
    ]));
    expect(sent.reports.at(-1)?.url).toBe(location.href);
  });

  it('says which names and words are in the main content: the article, not the menus around it', async () => {
    start(
      '<nav><ul><li><a href="#">Serbia</a></li><li><a href="#">Tennis</a></li><li><a href="#">Tennis results</a></li></ul></nav>' +
        '<article><h1>Azerbaijan ships gas</h1><p>Azerbaijan and Serbia signed a gas pipeline deal on Tuesday, the ministers said, and the pipeline opens in spring.</p>' +
        '<p>The pipeline, ministers said, will carry gas from Azerbaijan for ten years, and more if demand grows.</p></article>' +
        '<footer><p>Serbia desk, tennis desk, tennis, all rights reserved, 2026, contact us for tennis tickets.</p></footer>',
    );
    await vi.waitFor(() => expect(sent.reports.at(-1)?.mainTerms?.length).toBeGreaterThan(0));
    const report = sent.reports.at(-1)!;
    // Azerbaijan in the headline counts as a title weighs (HEADLINE_WEIGHT, 3), then twice in the paragraphs.
    expect(report.entities.map((e) => [e.id, e.count, e.mainCount])).toEqual([
      ['country:RS', 3, 1],
      ['country:AZ', 3, 5],
    ]);
    const words = new Map(report.mainTerms!.map((t) => [t.term, t.count]));
    expect(words.get('pipeline')).toBe(3);
    expect(words.has('tennis')).toBe(false);
  });

  it('off: the marks leave the registry at once, the card is told, the popup gets an empty report; on: they return', async () => {
    start('<p>Serbia</p>');
    await vi.waitFor(() => expect(markedTexts()).toEqual(['Serbia']));
    const changes = vi.fn();
    marking.marks.onChange(changes);
    marking.disable();
    expect(CSS.highlights.has('dossier-country')).toBe(false);
    expect(marking.marks.all()).toEqual([]);
    expect(changes).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(sent.reports.at(-1)?.entities).toEqual([]));
    marking.enable();
    expect(highlighted('dossier-country')).toEqual(['Serbia']);
    expect(markedTexts()).toEqual(['Serbia']);
    expect(changes).toHaveBeenCalledTimes(2);
  });

  it('marks added text, drops the marks of edited and removed text', async () => {
    start('<p id="a">Serbia</p><p id="b">Azerbaijan</p>');
    await vi.waitFor(() => expect(markedTexts()).toEqual(['Serbia', 'Azerbaijan']));
    const added = document.createElement('p');
    added.textContent = 'Ivica Dačić';
    document.body.prepend(added);
    document.getElementById('a')!.firstChild!.textContent = 'Nothing here';
    document.getElementById('b')!.remove();
    await vi.waitFor(() => expect(markedTexts()).toEqual(['Ivica Dačić']));
    expect(highlighted('dossier-country')).toEqual([]);
    expect(highlighted('dossier-official')).toEqual(['Ivica Dačić']);
  });

  it('knows no page-introduced official for a name the knowledge has', async () => {
    start('<p>Ivica Dačić</p>');
    await vi.waitFor(() => expect(markedTexts()).toEqual(['Ivica Dačić']));
    expect(marking.marks.pageOfficial('official:ivica-dacic')).toBeUndefined();
  });

  it('stops: nothing is marked any more and later changes are not scanned', async () => {
    start('<p>Serbia</p>');
    await vi.waitFor(() => expect(markedTexts()).toEqual(['Serbia']));
    marking.stop();
    expect(CSS.highlights.has('dossier-country')).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<p>Azerbaijan</p>');
    marking.enable();
    expect(marking.marks.all()).toEqual([]);
  });
});
