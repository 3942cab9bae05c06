import { describe, expect, it } from 'vitest';
import { buildCountries } from '../../../lib/entities/building/countries.ts';
import { minedAsCurated, mineOfficials, type DatedHeadline } from '../../../lib/entities/building/headline-officials.ts';
import { buildKnowledge } from '../../../lib/entities/building/knowledge.ts';

const countries = buildCountries();
const mine = (titles: Array<[string, string]>) => mineOfficials(titles.map(([title, date]): DatedHeadline => ({ title, date })), countries);

describe('office-holders mined from dated headlines', () => {
  it('keeps a title + name seen in several headlines, with the country its title names and the newest date', () => {
    const mined = mine([
      ['Armenian Prime Minister Nikol Pashinyan meets EU envoy', '2026-03-01T10:00'],
      ['Armenian PM Nikol Pashinyan claims victory in election', '2026-06-08T08:00'],
      ['Nikol Pashinyan, Armenia’s prime minister, visits Tbilisi', '2026-05-03T09:00'],
      ['Prime Minister Nikol Pashinyan opens a school', '2026-02-01T09:00'],
    ]);
    expect(mined).toEqual([{ name: 'Nikol Pashinyan', headlines: 4, roles: [{ role: 'Prime Minister', country: 'AM', asOf: '2026-06-08', headlines: 4 }] }]);
  });

  it('reads "X, the foreign minister" and "X, Georgia’s prime minister"', () => {
    const mined = mine([
      ['Irakli Kobakhidze, Georgia’s prime minister, visits Baku', '2026-05-03T09:00'],
      ['Irakli Kobakhidze, Georgia’s prime minister, says talks went well', '2026-05-04T09:00'],
      ['Irakli Kobakhidze, the prime minister, opens a school', '2026-05-05T09:00'],
    ]);
    expect(mined).toEqual([{ name: 'Irakli Kobakhidze', headlines: 3, roles: [{ role: 'Prime Minister', country: 'GE', asOf: '2026-05-05', headlines: 3 }] }]);
  });

  it('needs three distinct headlines: a repeated one counts once', () => {
    const mined = mine([
      ['UK Prime Minister Keir Starmer says he will not resign', '2026-05-12T10:00'],
      ['UK Prime Minister Keir Starmer says he will not resign', '2026-05-12T11:00'],
      ['UK Prime Minister Keir Starmer faces calls to quit', '2026-05-13T10:00'],
    ]);
    expect(mined).toEqual([]);
  });

  it('takes no country from elsewhere in the headline, and no former holders', () => {
    const mined = mine([
      ['Iran war: Senator Lindsey Graham urges strikes', '2026-03-01T10:00'],
      ['Iran war live: Senator Lindsey Graham speaks', '2026-03-02T10:00'],
      ['Senator Lindsey Graham on the budget', '2026-03-03T10:00'],
      ['Former President Bill Clinton testifies', '2026-01-01T10:00'],
      ['What former President Bill Clinton said', '2026-01-02T10:00'],
      ['Ex-President Bill Clinton to speak', '2026-01-03T10:00'],
    ]);
    expect(mined.map((m) => [m.name, m.roles.map((r) => `${r.role}/${r.country}`)])).toEqual([['Lindsey Graham', ['Senator/null']]]);
  });

  it('does not take Title Case words after a title for a name', () => {
    const mined = mine([
      ['Houthis Say Prime Minister Is Killed in Israeli Attack', '2025-08-30T10:00'],
      ['Prime Minister Is Killed In Strike', '2025-08-31T10:00'],
      ['Report: Prime Minister Is Killed', '2025-09-01T10:00'],
    ]);
    expect(mined).toEqual([]);
  });

  it('counts a title before the surname for the one person of that surname introduced in full', () => {
    const mined = mine([
      ['German Chancellor Friedrich Merz visits Kyiv', '2026-01-10T10:00'],
      ['Chancellor Merz defends budget', '2026-02-10T10:00'],
      ['Germany’s Chancellor Merz under pressure', '2026-03-10T10:00'],
      ['Former Chancellor Merz?', '2026-03-11T10:00'],
    ]);
    expect(mined).toEqual([{ name: 'Friedrich Merz', headlines: 3, roles: [{ role: 'Chancellor', country: 'DE', asOf: '2026-03-10', headlines: 3 }] }]);
    // A surname alone introduces nobody, and a surname two people share counts for neither.
    expect(mine([['Chancellor Merz defends budget', '2026-02-10'], ['Chancellor Merz under pressure', '2026-03-10'], ['Chancellor Merz again', '2026-03-11']])).toEqual([]);
    const shared = mine([
      ['Senator Lindsey Graham speaks', '2026-03-01'],
      ['Senator Darline Graham sworn in', '2026-03-02'],
      ['Senator Graham on the budget', '2026-03-03'],
      ['Senator Graham at the hearing', '2026-03-04'],
    ]);
    expect(shared).toEqual([]);
    // "Secretary Scott Bessent" names no Scott; "President Duterte" is not Vice President Sara Duterte.
    const others = mine([
      ['Treasury Secretary Kada Scott resigns', '2025-10-01'],
      ['Treasury Secretary Scott Bessent speaks', '2025-10-02'],
      ['Treasury Secretary Scott Bessent in Tokyo', '2025-10-03'],
      ['Vice President Sara Duterte impeached', '2025-09-01'],
      ['President Duterte arrested', '2025-09-02'],
      ['President Duterte flown to The Hague', '2025-09-03'],
    ]);
    expect(others).toEqual([]);
  });

  it('merges spellings of one person under the most seen one', () => {
    const mined = mine([
      ['Ukrainian President Volodymyr Zelenskiy visits Berlin', '2026-01-01T10:00'],
      ['Ukrainian President Volodymyr Zelenskyy in Paris', '2026-01-02T10:00'],
      ['Ukrainian President Volodymyr Zelenskiy meets Merz', '2026-01-03T10:00'],
    ]);
    expect(mined.map((m) => `${m.name} ${m.headlines} ${m.roles[0]?.country}`)).toEqual(['Volodymyr Zelenskiy 3 UA']);
  });

  it('writes facts only, with source and evidence count', () => {
    const curated = minedAsCurated([{ name: 'Keir Starmer', headlines: 10, roles: [{ role: 'Prime Minister', country: 'GB', asOf: '2026-06-23', headlines: 10 }] }]);
    expect(curated.officials).toEqual([{ name: 'Keir Starmer', roles: [{ role: 'Prime Minister', country: 'GB', asOf: '2026-06-23', source: 'headlines', headlines: 10 }] }]);
  });
});

describe('the two curated bases in one knowledge', () => {
  it('merges spellings across sources; one office keeps the newer as-of date, Wikidata’s start date and an ended term', () => {
    const knowledge = buildKnowledge({
      articles: [],
      curated: {
        source: 'test',
        officials: [
          { name: 'Volodymyr Zelenskyy', wikidata: 'Q3881', roles: [{ role: 'President', country: 'UA', asOf: '2022', since: '2019', source: 'wikidata' }] },
          { name: 'Boris Johnson', roles: [{ role: 'Prime Minister', country: 'GB', asOf: '2022', since: '2019', until: '2022', source: 'wikidata' }] },
          { name: 'Volodymyr Zelenskiy', roles: [{ role: 'President', country: 'UA', asOf: '2026-07-28', source: 'headlines', headlines: 5 }] },
          { name: 'Boris Johnson', roles: [{ role: 'Prime Minister', country: 'GB', asOf: '2026-01-02', source: 'headlines', headlines: 3 }] },
        ],
      },
    });
    const zelensky = knowledge.officials.filter((o) => o.name.startsWith('Volodymyr'));
    expect(zelensky.map((o) => [o.name, o.aliases, o.roles])).toEqual([
      ['Volodymyr Zelenskyy', ['Volodymyr Zelenskiy'], [{ role: 'President', country: 'UA', asOf: '2026-07-28', origin: 'curated', since: '2019', source: 'headlines' }]],
    ]);
    expect(knowledge.officials.find((o) => o.name === 'Boris Johnson')?.roles).toEqual([
      { role: 'Prime Minister', country: 'GB', asOf: '2026-01-02', origin: 'curated', source: 'headlines' },
      { role: 'Prime Minister', country: 'GB', asOf: '2022', origin: 'curated', since: '2019', until: '2022' },
    ]);
  });
});
