import type { Knowledge } from '../../../lib/entities/types.ts';

/** A knowledge small enough to read: two countries and one official. */
export const TEST_KNOWLEDGE: Knowledge = {
  format: 1,
  countries: [
    { code: 'RS', name: 'Serbia', names: { name: ['Serbia'] } },
    { code: 'AZ', name: 'Azerbaijan', names: { name: ['Azerbaijan'] } },
  ],
  officials: [
    {
      slug: 'ivica-dacic',
      name: 'Ivica Dačić',
      aliases: [],
      roles: [{ role: 'Foreign Minister', country: 'RS', asOf: '2024-01-01', origin: 'curated' }],
      articleIds: [],
    },
  ],
};

/** The text of each range, in the order given. */
export function textsOf(ranges: Iterable<AbstractRange>): string[] {
  return [...ranges].map((r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  });
}

/** The texts marked in one of the page's highlights (`dossier-country`, `dossier-official`), sorted. */
export function highlighted(name: string): string[] {
  const set = CSS.highlights.get(name);
  return set ? textsOf(set.keys() as Iterable<AbstractRange>).sort() : [];
}
