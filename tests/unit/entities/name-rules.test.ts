import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../lib/entities/index.ts';
import { enoughToLearn, introductionEvidence } from '../../../lib/entities/building/learning-evidence.ts';
import { isCommonWord, isNameShape, isTitleCase } from '../../../lib/entities/building/name-shape.ts';
import { sameOfficialName, spellingSkeleton } from '../../../lib/entities/building/name-variants.ts';
import { articleOf } from './seed-knowledge.ts';

describe('spelling variants of one official', () => {
  it('merges transliterations and diacritics', () => {
    expect(sameOfficialName('Volodymyr Zelenskiy', 'Volodymyr Zelenskyy')).toBe(true);
    expect(sameOfficialName('Volodymyr Zelensky', 'Volodymyr Zelenskyy')).toBe(true);
    expect(sameOfficialName('Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan')).toBe(true);
    expect(sameOfficialName('Ali Khamenei', 'Ali Hamenei')).toBe(true);
    expect(sameOfficialName('Mohammad Javad Zarif', 'Mohammed Javad Zarif')).toBe(true);
    expect(sameOfficialName('Mahmoud Abbas', 'Mahmud Abbas')).toBe(true);
    expect(sameOfficialName('Ivica Dačić', 'Ивица Дачић')).toBe(true);
  });

  it('merges a shorter form of the given names', () => {
    expect(sameOfficialName('Recep Tayyip Erdoğan', 'Tayyip Erdogan')).toBe(true);
    expect(sameOfficialName('Kim Jong Un', 'Kim Jong-un')).toBe(true);
  });

  it('keeps relatives and namesakes apart', () => {
    expect(sameOfficialName('Ilham Aliyev', 'Heydar Aliyev')).toBe(false);
    expect(sameOfficialName('Ilham Aliyev', 'Mehriban Aliyeva')).toBe(false);
    expect(sameOfficialName('Ali Khamenei', 'Mojtaba Khamenei')).toBe(false);
    expect(sameOfficialName('Boris Johnson', 'Mike Johnson')).toBe(false);
    expect(sameOfficialName('John Howard', 'Michael Howard')).toBe(false);
    expect(sameOfficialName('Kim Jong Un', 'Kim Yo Jong')).toBe(false);
    expect(sameOfficialName('Trump', 'Donald Trump')).toBe(false);
  });

  it('keeps a given name written with diacritics to its own letters ("Micheál" is not "Michael")', () => {
    expect(sameOfficialName('Micheál Martin', 'Michael Martin')).toBe(false);
    expect(sameOfficialName('Michael Martin', 'Micheál Martin')).toBe(false);
    expect(sameOfficialName('Micheál Martin', 'Micheal Martin')).toBe(true);
    // Transliterations from another alphabet have no marks and keep the close match.
    expect(sameOfficialName('Ivica Dačić', 'Ivitsa Dacic')).toBe(true);
  });

  it('keeps an archive\'s "Speaker Michael Martin" apart from the curated Taoiseach Micheál Martin', () => {
    const curated = { source: 'test', officials: [{ name: 'Micheál Martin', roles: [{ role: 'Taoiseach', country: 'IE', asOf: '2022', since: '2020', source: 'wikidata' as const }] }] };
    const article = articleOf('a1', ['MPs will be thrown out of the Commons, Speaker Michael Martin has ruled.']);
    const officials = buildKnowledge({ articles: [article], curated }).officials.map((o) => `${o.slug}: ${o.roles.map((r) => r.role).join(', ')}`);
    expect(officials).toEqual(['micheal-martin: Taoiseach', 'michael-martin: Speaker']);
  });

  it('reduces a word to its skeleton', () => {
    expect(spellingSkeleton('zelenskyy')).toBe('zelenski');
    expect(spellingSkeleton('zelenskiy')).toBe('zelenski');
    expect(spellingSkeleton('khamenei')).toBe('hamenei');
  });
});

describe('name shape', () => {
  it('reads the word list: common words in lower case, names capitalised or absent', () => {
    expect(isCommonWord('found')).toBe(true);
    expect(isCommonWord('Wears')).toBe(true);
    expect(isCommonWord('Donald')).toBe(false);
    expect(isCommonWord('Starmer')).toBe(false);
  });

  it('rejects headline phrases that a title made look like names', () => {
    for (const phrase of ['Is Found Dead', 'Claims Deal', 'Camilla Wears', 'Told Trump', 'Steps Down', 'Poll Shows', 'Trump Is Delivering', 'Acknowledges Talks', 'Jr Sora']) {
      expect(isNameShape(phrase.split(' '), true), phrase).toBe(false);
    }
  });

  it('accepts given name and surname, with initials and particles', () => {
    for (const name of ['Donald Trump', 'Keir Starmer', 'Irakli Kobakhidze', 'Mark Carney', 'Robert F. Kennedy', 'Ursula von der Leyen', 'Sébastien Lecornu', 'Lori Chavez-DeRemer']) {
      expect(isNameShape(name.split(' '), true), name).toBe(true);
    }
  });

  it('takes a common word as surname only where capitals carry meaning', () => {
    expect(isNameShape(['Jack', 'Straw'], false)).toBe(true);
    expect(isNameShape(['Jack', 'Straw'], true)).toBe(false);
    expect(isNameShape(['George', 'W', 'Bush'], false)).toBe(true);
    expect(isNameShape(['Camilla', 'Wears'], true)).toBe(false);
    expect(isNameShape(['Is', 'Found'], false)).toBe(false);
    expect(isNameShape(['Trump'], false)).toBe(false);
    expect(isNameShape(['US', 'President'], false)).toBe(false);
  });

  it('tells Title Case headlines from sentence case', () => {
    expect(isTitleCase('Zelenskiy Says Ukraine Won’t Give Up Land to Russia for Peace')).toBe(true);
    expect(isTitleCase('Putin threatens any troops sent to Ukraine as Europe readies postwar force')).toBe(false);
    // Office words are capitalised in sentence case too.
    expect(isTitleCase('The delegation was led by Deputy Minister of Foreign Affairs Fariz Rzayev, while the talks went on.')).toBe(false);
  });
});

describe('evidence to learn an official from the archive', () => {
  it('is none for a name that is not shaped like one, or cut short at a hyphen', () => {
    expect(introductionEvidence('Is Found', 'Former Prime Minister Is Found Dead At Home', 'a1')).toBeNull();
    expect(introductionEvidence('Karine Jean', 'Former press secretary Karine Jean-Pierre leaves the party', 'a1')).toBeNull();
  });

  it('is enough once in sentence case', () => {
    const e = introductionEvidence('Jeyhun Bayramov', 'Today, Foreign Minister Jeyhun Bayramov held a phone conversation with his counterpart.', 'a1');
    expect(e?.titleCase).toBe(false);
    expect(enoughToLearn([e!])).toBe(true);
  });

  it('needs two independent introductions in Title Case', () => {
    const first = introductionEvidence('Irakli Kobakhidze', 'Georgian Prime Minister Irakli Kobakhidze Meets European Leaders', 'a1')!;
    const syndicated = { ...first, articleId: 'a2' };
    const sameArticle = introductionEvidence('Irakli Kobakhidze', 'Prime Minister Irakli Kobakhidze Visits Baku For Talks', 'a1')!;
    const other = introductionEvidence('Irakli Kobakhidze', 'Prime Minister Irakli Kobakhidze Visits Baku For Talks', 'a3')!;
    expect(first.titleCase).toBe(true);
    expect(enoughToLearn([first])).toBe(false);
    expect(enoughToLearn([first, syndicated])).toBe(false);
    expect(enoughToLearn([first, sameArticle])).toBe(false);
    expect(enoughToLearn([first, other])).toBe(true);
  });
});
