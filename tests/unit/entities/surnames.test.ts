import { describe, expect, it } from 'vitest';
import { buildKnowledge, createRecogniser, type CuratedOfficials, type Recogniser } from '../../../lib/entities/index.ts';
import { englishUse } from '../../../lib/entities/building/name-shape.ts';
import { heldOn, knownBySurname } from '../../../lib/entities/recognition/office-dates.ts';
import { articleOf, show } from './seed-knowledge.ts';

type Curated = CuratedOfficials['officials'][number];

function person(name: string, role: string, country: string, dates: { since?: string; until?: string; asOf?: string }): Curated {
  return { name, roles: [{ role, country, asOf: dates.asOf ?? dates.until ?? '2022', ...(dates.since ? { since: dates.since } : {}), ...(dates.until ? { until: dates.until } : {}), source: 'wikidata' }] };
}

/** A knowledge of a few officials who share surnames, with the dates of their offices. */
const officials: Curated[] = [
  person('Heydar Aliyev', 'President', 'AZ', { since: '1993', until: '2003' }),
  person('Ilham Aliyev', 'President', 'AZ', { since: '2003-10-31' }),
  person('Kamran Aliyev', 'Prosecutor General', 'AZ', { since: '2020-05-01' }),
  person('Bill Clinton', 'President', 'US', { since: '1993', until: '2001' }),
  person('John Howard', 'Prime Minister', 'AU', { since: '1996', until: '2007' }),
  person('Donald Trump', 'President', 'US', { since: '2025-01-20' }),
  person('Vladimir Putin', 'President', 'RU', { since: '2012' }),
  person('Nikol Pashinyan', 'Prime Minister', 'AM', { since: '2018' }),
  person('George W. Bush', 'President', 'US', { since: '2001', until: '2009' }),
  person('Gordon Brown', 'Chancellor of the Exchequer', 'GB', { since: '1997', until: '2007' }),
  person('Volodymyr Zelenskyy', 'President', 'UA', { since: '2019' }),
  person('Abbas Araghchi', 'Minister of Foreign Affairs', 'IR', { since: '2024' }),
  person('Mahmoud Abbas', 'President', 'PS', { since: '2005' }),
  person('Kim Jong-un', 'Supreme Leader', 'KP', { since: '2011' }),
  person('Mark Phillips', 'Prime Minister', 'GY', { since: '2020' }),
  person('Hun Sen', 'Prime Minister', 'KH', { since: '1985', until: '2023' }),
  person('Jack Straw', 'Foreign Secretary', 'GB', { since: '2001', until: '2006' }),
  person('Salman of Saudi Arabia', 'King', 'SA', { since: '2015' }),
  { name: 'Ursula von der Leyen', roles: [{ role: 'President', country: null, asOf: '2026-02-08', source: 'headlines' }] },
];
let cached: Recogniser | undefined;
function recogniser(): Recogniser {
  return (cached ??= createRecogniser(buildKnowledge({ articles: [], curated: { source: 'test', officials } })));
}

function marks(text: string, date?: string): string[] {
  return recogniser()
    .newPage(date)
    .recognise([text])[0]!
    .filter((m) => m.kind === 'official')
    .map((m) => `${m.text}→${m.id}/${m.form}`);
}

describe('a surname alone', () => {
  it('is the official when the surname is distinctive, in headlines and running text', () => {
    expect(marks('Putin hails ties with China', '2026-03-01')).toEqual(['Putin→official:vladimir-putin/surname']);
    expect(marks('Pashinyan meets Aliyev in Abu Dhabi', '2026-03-01')).toEqual(['Pashinyan→official:nikol-pashinyan/surname']);
    expect(marks('Gunfire sparks security scare involving Trump', '2026-03-01')).toEqual(['Trump→official:donald-trump/surname']);
    expect(marks('Trump Says Tariffs Will Stay', '2026-03-01')).toEqual(['Trump→official:donald-trump/surname']);
  });

  it('covers the particles its name puts before it ("von der Leyen"), and only those', () => {
    expect(marks('Statement by President von der Leyen on sanctions', '2026-03-01')).toEqual(['von der Leyen→official:ursula-von-der-leyen/surname']);
    expect(marks('EU must simplify regulation, says von der Leyen', '2026-03-01')).toEqual(['von der Leyen→official:ursula-von-der-leyen/surname']);
    expect(marks('A letter from der Leyen', '2026-03-01')).toEqual(['der Leyen→official:ursula-von-der-leyen/surname']);
    expect(marks('Putin hails ties with China', '2026-03-01')).toEqual(['Putin→official:vladimir-putin/surname']);
  });

  it('is not the word it also is: lower case, or a common word at a sentence start or in Title Case', () => {
    expect(marks('He played a trump card.', '2026-03-01')).toEqual([]);
    expect(englishUse('bush')).toBe('word');
    expect(marks('Bush fires spread across the state.', '2006-03-01')).toEqual([]);
    expect(marks('Bush Fires Spread Across The State', '2006-03-01')).toEqual([]);
    expect(marks('Voters say Bush has failed them.', '2006-03-01')).toEqual(['Bush→official:george-w-bush/surname']);
  });

  it('needs more than itself when many people bear it ("Brown") or it is another official\'s given name ("Abbas")', () => {
    expect(englishUse('brown')).toBe('name');
    expect(marks('Critics say Brown spent too much.', '2004-03-01')).toEqual([]);
    expect(marks('Mr Brown spent too much.', '2004-03-01')).toEqual(['Brown→official:gordon-brown/surname']);
    expect(marks('Critics say Abbas won.', '2006-03-01')).toEqual([]);
  });

  it('counts only for someone in office on the page\'s date: the "Clinton email" of 2016 is not the president of the 1990s', () => {
    expect(marks('The Comey letter on Clinton email shook the race.', '2016-10-30')).toEqual([]);
    expect(marks('The Comey letter on Clinton email shook the race.')).toEqual([]);
    expect(marks('Critics say Clinton vetoed the bill.', '1996-05-01')).toEqual(['Clinton→official:bill-clinton/surname']);
  });

  it('is the one bearer in office, or the one of the country the sentence names', () => {
    expect(marks('Critics say Aliyev won.', '2026-03-01')).toEqual([]);
    expect(marks('Critics say Aliyev won.', '2000-03-01')).toEqual(['Aliyev→official:heydar-aliyev/surname']);
  });

  it('knows the -sky spellings of one surname and Korean family names', () => {
    for (const spelling of ['Zelenskiy', 'Zelensky', 'Zelenskyy']) expect(marks(`Putin and ${spelling} speak`, '2026-03-01')).toEqual(['Putin→official:vladimir-putin/surname', `${spelling}→official:volodymyr-zelenskyy/surname`]);
    expect(marks('Volodymyr Zelensky spoke.', '2026-03-01')).toEqual(['Volodymyr Zelensky→official:volodymyr-zelenskyy/alias']);
    expect(marks('Putin hails ties as Kim Jong-un arrives in Beijing', '2026-03-01')).toEqual(['Putin→official:vladimir-putin/surname', 'Kim Jong-un→official:kim-jong-un/name']);
  });
});

describe('a surname alone, on real pages', () => {
  it('is not a reference list\'s "Surname, Given (year)"', () => {
    expect(marks('^ Phillips, Jock (April 2010). "British immigration".', '2026-03-01')).toEqual([]);
    expect(marks('Guyana heard Phillips speak.', '2026-03-01')).toEqual(['Phillips→official:mark-phillips/surname']);
  });

  it('needs four letters and no hyphen after it ("Sen." for Senator, "Сен-Мартен")', () => {
    expect(marks('The bill by Sen. Warner passed.', '2020-03-01')).toEqual([]);
    expect(marks('Острова Сен-Мартен и Сен-Бартелеми.', '2020-03-01')).toEqual([]);
  });

  it('of a minister the news rarely names alone needs the country nearby', () => {
    expect(marks('Critics say Straw spoke well.', '2004-03-01')).toEqual([]);
    expect(marks('Critics say Straw spoke for Britain.', '2004-03-01')).toEqual(['Straw→official:jack-straw/surname']);
  });

  it('never takes a regnal name\'s country for a surname ("Salman of Saudi Arabia")', () => {
    expect(marks('Critics say Arabia won.', '2026-03-01')).toEqual([]);
  });
});

describe('a title before a surname, read with the page\'s date', () => {
  it('picks who held the office then', () => {
    expect(marks('President Aliyev received the ambassador.', '2026-03-01')).toEqual(['Aliyev→official:ilham-aliyev/surname']);
    expect(marks('President Aliyev received the ambassador.', '1999-03-01')).toEqual(['Aliyev→official:heydar-aliyev/surname']);
    expect(marks('President Aliyev received the ambassador.')).toEqual(['Aliyev→official:ilham-aliyev/surname']);
    expect(marks('Prosecutor General Aliyev spoke.', '2026-03-01')).toEqual(['Aliyev→official:kamran-aliyev/surname']);
  });

  it('reads news abbreviations and "former"', () => {
    expect(marks('Putin meets FM Araghchi', '2026-03-01')).toEqual(['Putin→official:vladimir-putin/surname', 'Araghchi→official:abbas-araghchi/surname']);
    expect(marks('Former President Clinton spoke.', '2016-03-01')).toEqual(['Clinton→official:bill-clinton/surname']);
    expect(marks('Ex-President Clinton spoke.', '2016-03-01')).toEqual(['Clinton→official:bill-clinton/surname']);
  });
});

describe('a person named in full whom the knowledge does not know', () => {
  it('keeps their surname from anyone else on the page ("Mr Howard" after "Michael Howard")', () => {
    const session = recogniser().newPage('2004-03-01');
    const [first, second] = session.recognise(['During his response, Michael Howard compared the figures.', 'Mr Howard said so.']);
    expect(first!.filter((m) => m.kind === 'official')).toEqual([]);
    expect(second!.filter((m) => m.kind === 'official')).toEqual([]);
    expect(marks('Mr Howard said so.', '2004-03-01')).toEqual(['Howard→official:john-howard/surname']);
  });
});

describe('names of things named after a person', () => {
  it('are not the person', () => {
    expect(marks('The Heydar Aliyev Center hosted a concert.', '2026-03-01')).toEqual([]);
    expect(marks('A concert at the Aliyev Center ended.', '2026-03-01')).toEqual([]);
    expect(show('The Heydar Aliyev Center hosted a concert.')).toEqual([]);
  });
});

describe('offices learned from an archive, read with dates', () => {
  it('a role the archive calls "Former President" was not held at its as-of date ("Clinton email" with a 2026 archive)', () => {
    const former = { role: 'Former President', country: 'US', asOf: '2026-02-07', origin: 'archive' as const };
    const current = { role: 'Washington Secretary of State', country: 'US', asOf: '2026-04-01', origin: 'archive' as const };
    expect(heldOn(former, '2026-03-01')).toBe(false);
    expect(heldOn(current, '2026-03-01')).toBe(true);
    // Someone one archive article introduced is no one the news names by surname alone.
    expect(knownBySurname([current])).toBe(false);
    expect(knownBySurname([{ role: 'President', country: 'RU', asOf: '2022', origin: 'curated' }])).toBe(true);
  });
});

describe('a courtesy title before a surname many people bear', () => {
  /** An archive of two articles naming two Howards, dated or not. */
  function howards(date: string | null): Recogniser {
    const articles = [
      articleOf('a1', ["Australia's Prime Minister John Howard also offered his congratulations."], date),
      articleOf('a2', ['Sources told the BBC Michael Howard had always been in favour of ID cards, and tried to introduce them when he was Home Secretary.'], date),
    ];
    return createRecogniser(buildKnowledge({ articles, curated: { source: 'test', officials: [] } }));
  }
  const mr = (recogniser: Recogniser, date?: string): string[] => recogniser.newPage(date).recognise(['Mr Howard has said Britain should take its fair share.'])[0]!.filter((m) => m.kind === 'official').map((m) => `${m.text}→${m.id}`);

  it('is decided by a date only when the offices carry one: an undated archive cannot tell which Howard is meant', () => {
    expect(mr(howards(null))).toEqual([]);
    expect(mr(howards(null), '2004-06-01')).toEqual([]);
  });

  it('picks the one bearer a dated office puts in office on the page\'s date', () => {
    expect(mr(howards('2004-12-01'), '2005-01-10')).toEqual(['Howard→official:john-howard']);
    // Years later neither is known to be in office.
    expect(mr(howards('2004-12-01'), '2026-03-01')).toEqual([]);
  });
});
