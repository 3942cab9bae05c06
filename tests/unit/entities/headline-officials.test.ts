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

  it('gives a surname put after a title in two headlines to the one person the headlines name in full without one', () => {
    const mined = mine([
      ['Giorgia Meloni seeks distance on Iran', '2026-03-01'],
      ['Trump’s ally in Italy, Giorgia Meloni, faces a test', '2026-03-02'],
      ['Statement by President Macron and Prime Minister Meloni', '2025-08-16'],
      ['Italy PM Meloni meets Trump', '2026-04-01'],
      ["Italy's Meloni criticises Gaza flotilla", '2026-05-01'],
    ]);
    expect(mined).toEqual([{ name: 'Giorgia Meloni', headlines: 3, roles: [{ role: 'Prime Minister', country: 'IT', asOf: '2026-05-01', headlines: 3 }] }]);
    // One titled headline is not enough ("Gov. Reeves" is Mississippi's Tate Reeves, not Rachel Reeves)…
    const reeves = mine([
      ['Gov. Reeves calls off special session', '2026-01-01'],
      ['Rachel Reeves unveils the budget', '2026-01-02'],
      ['Rachel Reeves under fire', '2026-01-03'],
      ["UK's Reeves abandons plans to raise income tax", '2026-01-04'],
      ["UK's Reeves fights criticism", '2026-01-05'],
    ]);
    expect(reeves).toEqual([]);
    // …unless a headline also calls the surname a country's leader.
    const merz = mine([
      ['Chancellor Merz meets Macron', '2025-08-16'],
      ['Friedrich Merz offers to host Ukraine talks', '2026-01-01'],
      ['Friedrich Merz says jet project fails', '2026-01-02'],
      ['Doubts hang over German leader Merz', '2026-01-03'],
      ["Trump criticizes Germany's Merz", '2026-01-04'],
      ['Iran war: Germany’s Merz distances himself from Trump', '2026-03-04'],
    ]);
    expect(merz).toEqual([{ name: 'Friedrich Merz', headlines: 3, roles: [{ role: 'Chancellor', country: 'DE', asOf: '2026-03-04', headlines: 3 }] }]);
    // Two people the headlines name in full with the surname ("JD Vance", "Usha Vance"): the title names neither.
    const vance = mine([
      ['Vice President Vance speaks', '2026-01-01'],
      ['US Vice President Vance in Rome', '2026-01-02'],
      ['JD Vance hosts a show', '2026-01-03'],
      ['JD Vance booed in DC', '2026-01-04'],
      ['Usha Vance visits Israel', '2026-01-05'],
      ['Usha Vance at the summit', '2026-01-06'],
    ]);
    expect(vance).toEqual([]);
  });

  it('reads titles with particles, "Secretary" for "Secretary of State", and no former holder behind a demonym', () => {
    const mined = mine([
      ['Ursula von der Leyen plane hit by jamming', '2025-09-01'],
      ["Russia jammed Ursula von der Leyen's plane", '2025-09-02'],
      ['Statement by President von der Leyen on sanctions', '2026-02-01'],
      ['Joint statement by President Costa and by President von der Leyen', '2026-01-10'],
      ['Statement by President Macron, President Costa, President von der Leyen', '2025-08-16'],
      ['Transcript: Secretary of State Marco Rubio on the talks', '2025-10-06'],
      ['Transcript: Secretary of State Marco Rubio on Iran', '2026-01-04'],
      ['Secretary Rubio terminates green cards', '2026-04-11'],
      ['Former French President Nicolas Sarkozy to be released', '2025-11-10'],
      ['Nicolas Sarkozy found guilty', '2025-09-25'],
      ['Nicolas Sarkozy sentenced', '2025-09-26'],
      ['Former French President Sarkozy begins prison term', '2025-10-21'],
      ['Former French President Sarkozy freed', '2025-11-11'],
    ]);
    expect(mined.map((m) => [m.name, m.roles.map((r) => `${r.role}/${r.country}/${r.headlines}`)])).toEqual([
      ['Marco Rubio', ['Secretary of State/null/3']],
      ['Ursula von der Leyen', ['President/null/3']],
    ]);
  });

  it('judges a name by the headline’s own case, and takes a title’s leading words and country out of the office', () => {
    const mined = mine([
      ['Drone neutralised over Warsaw, PM Donald Tusk says', '2025-09-15'],
      ['Polish PM Tusk says blast was sabotage', '2025-11-17'],
      ['Prime Minister Tusk and President Stubb', '2025-08-16'],
      ['How Hungarian Prime Minister Viktor Orbán’s hometown changed', '2026-04-12'],
      ['Hungarian Prime Minister Viktor Orbán votes', '2026-04-10'],
      ['Imprisoned Brazilian Former President Jair Bolsonaro speaks', '2026-01-01'],
    ]);
    expect(mined.map((m) => [m.name, m.roles.map((r) => `${r.role}/${r.country}/${r.headlines}`)])).toEqual([['Donald Tusk', ['Prime Minister/PL/3']]]);
    expect(mineOfficials(['How Hungarian Prime Minister Viktor Orbán’s hometown changed', 'Hungarian Prime Minister Viktor Orbán votes', "Hungary's Orbán loses"].map((title, i) => ({ title, date: `2026-04-1${i}` })), countries)).toEqual([
      { name: 'Viktor Orbán', headlines: 3, roles: [{ role: 'Prime Minister', country: 'HU', asOf: '2026-04-12', headlines: 3 }] },
    ]);
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
