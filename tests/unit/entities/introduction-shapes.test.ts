import { describe, expect, it } from 'vitest';
import { learnedOfficials, type LearnedOfficial } from '../../../lib/entities/building/learned.ts';
import { buildKnowledge } from '../../../lib/entities/index.ts';
import { articleOf, seedKnowledge, show } from './seed-knowledge.ts';

/** Officials only, as "text→id/form". */
function officials(text: string): string[] {
  return show(text).filter((m) => m.includes('→official:'));
}

/** What an archive of these undated one-paragraph articles (ids a1, a2, …) teaches, with no curated base. */
function learnedFrom(...paragraphs: string[]): LearnedOfficial[] {
  const articles = paragraphs.map((text, i) => articleOf(`a${i + 1}`, [text]));
  return learnedOfficials(buildKnowledge({ articles, curated: { source: 'test', officials: [] } }));
}

/** The learned people as "name: role (article), …". */
function learnedRoles(...paragraphs: string[]): string[] {
  return learnedFrom(...paragraphs).map((o) => `${o.name}: ${o.roles.map((r) => `${r.role} (${r.articleId})`).join(', ')}`);
}

/** The roles the page gave the people it introduced. */
function pageRoles(text: string): string[] {
  const session = seedKnowledge().recogniser.newPage();
  session.recognise([text]);
  return session.pageOfficials().map((o) => `${o.name}: ${o.roles.map((r) => `${r.role} (${r.country ?? '?'})`).join(', ')}`);
}

describe('introductions in the shapes news writes them (issue 14)', () => {
  it('a demonym and an office before the name, in a sentence-case and a Title Case headline (EN)', () => {
    expect(officials('Georgian Prime Minister Irakli Kobakhidze holds talks in Baku')).toEqual(['Irakli Kobakhidze→official:irakli-kobakhidze/name']);
    expect(officials('Georgian Prime Minister Irakli Kobakhidze Holds Talks in Baku')).toEqual(['Irakli Kobakhidze→official:irakli-kobakhidze/name']);
    expect(pageRoles('Georgian Prime Minister Irakli Kobakhidze Holds Talks in Baku')).toEqual(['Irakli Kobakhidze: Prime Minister (GE)']);
  });

  it('Title Case: a verb after a title is no name, nor is a known surname with the word after it', () => {
    expect(officials('President Oaks Dedicates the Burley Idaho Temple')).toEqual([]);
    expect(officials('Houthis Say Prime Minister Is Killed in Israeli Attack')).toEqual([]);
    expect(officials('Japan PM Takaichi Orders Economic Package')).toEqual(['Takaichi→official:sanae-takaichi/surname']);
  });

  it('the office between commas after the name: "X, the foreign minister, said" (EN)', () => {
    expect(officials('Dragan Ilic, the foreign minister of Serbia, said so.')).toEqual(['Dragan Ilic→official:dragan-ilic/name']);
    expect(pageRoles('Dragan Ilic, the foreign minister of Serbia, said so.')).toEqual(['Dragan Ilic: Foreign minister (RS)']);
    expect(pageRoles("Dragan Ilic, Serbia's foreign minister, said Serbia would help.")).toEqual(['Dragan Ilic: Foreign minister (RS)']);
    // A journalist between commas is no official.
    expect(pageRoles('Dragan Ilic, the Serbian journalist, said Serbia would help.')).toEqual([]);
  });

  it('"former Prime Minister X" (EN), in both cases', () => {
    expect(officials('Serbia heard former Prime Minister Ana Petrovska speak.')).toEqual(['Ana Petrovska→official:ana-petrovska/name']);
    expect(pageRoles('Former Prime Minister Ana Petrovska Visits Serbia')).toEqual(['Ana Petrovska: Former Prime Minister (?)']);
  });

  it('offices written in Azerbaijani before the name (AZ)', () => {
    expect(officials('Xarici işlər naziri Ceyhun Bayramov bildirib.')).toEqual(['Ceyhun Bayramov→official:jeyhun-bayramov/alias']);
    expect(officials('Baş nazir Əli Əsədov görüşüb.')).toEqual(['Əli Əsədov→official:ali-asadov/alias']);
    expect(pageRoles('Gürcüstanın baş naziri Rauf Məmmədli bəyanat verib.')).toEqual(['Rauf Məmmədli: Baş naziri (GE)']);
  });

  it('offices written in Russian before the name (RU), tied to the official the knowledge spells in English', () => {
    expect(officials('Премьер-министр Армении Никол Пашинян заявил.')).toEqual(['Никол Пашинян→official:nikol-pashinyan/alias']);
    expect(officials('Президент Ильхам Алиев принял делегацию.')).toEqual(['Ильхам Алиев→official:ilham-aliyev/alias']);
    expect(officials('Министр иностранных дел Азербайджана Джейхун Байрамов прибыл.')).toEqual(['Джейхун Байрамов→official:jeyhun-bayramov/alias']);
    expect(pageRoles('Посол Сербии Иван Петров прибыл в Баку.')).toEqual(['Иван Петров: Посол Сербии (RS)']);
  });

  it('an English name spelt like a known one stays its own person ("Michael Martin" is not "Micheál Martin")', () => {
    expect(officials('Speaker Michael Martin has ruled.')).toEqual(['Michael Martin→official:michael-martin/name']);
  });

  it('a word that starts the sentence is no part of the title ("But Prime Minister X", "On Tuesday Foreign Secretary X")', () => {
    expect(pageRoles('But Prime Minister Ana Petrovska said so.')).toEqual(['Ana Petrovska: Prime Minister (?)']);
    expect(pageRoles('Since President Ana Petrovska came to office, the economy has grown.')).toEqual(['Ana Petrovska: President (?)']);
    expect(pageRoles('On Tuesday Foreign Secretary Ana Petrovska said so.')).toEqual(['Ana Petrovska: Foreign Secretary (?)']);
    // A capitalised word of the office's name stays in it.
    expect(pageRoles('European Commission President Ana Petrovska said so.')).toEqual(['Ana Petrovska: European Commission President (?)']);
  });

  it('a middle initial belongs to the name: "President George W Bush", "George W. Bush"', () => {
    expect(pageRoles('US President George W Bush said so.')).toEqual(['George W Bush: President (US)']);
    expect(officials('US President George W. Bush said so.')).toEqual(['George W. Bush→official:george-w-bush/name']);
    expect(learnedRoles('The comments came as US President George W Bush arrived.')).toEqual(['George W Bush: President (a1)']);
    // A single capital that is not followed by a name is no initial.
    expect(pageRoles('President Ana Petrovska A said so.')).toEqual(['Ana Petrovska: President (?)']);
  });
});

describe('offices, not parties: a party leader or an opposition spokesman holds no office by that title (issue 14)', () => {
  it('is not introduced by it on a page', () => {
    expect(pageRoles('Lib Dem leader Charles Kennedy said voters now lack trust.')).toEqual([]);
    expect(pageRoles('Liberal Democrat leader Charles Kennedy said voters now lack trust.')).toEqual([]);
    expect(pageRoles('Tory leader Michael Howard accused the prime minister.')).toEqual([]);
    expect(pageRoles('Shadow home secretary David Davis said he understood.')).toEqual([]);
    expect(pageRoles('David Davis, the shadow home secretary, said he understood.')).toEqual([]);
    // Offices of state keep their words: "Supreme Leader", "National Leader".
    expect(pageRoles('Iran heard Supreme Leader Darius Tehrani speak.')).toEqual(['Darius Tehrani: Supreme Leader (IR)']);
  });

  it('is not learned from it, however often the archive says it', () => {
    expect(learnedFrom('Liberal Democrat leader Charles Kennedy welcomed it.', 'Lib Dem leader Charles Kennedy has said so.', 'Conservative shadow culture secretary John Whittingdale said so.')).toEqual([]);
  });

  it('who held an office before is learned from "when he was <office>", as a former holder', () => {
    expect(
      learnedRoles(
        'Sources within the Conservative Party told the BBC Michael Howard has always been in favour of ID cards, and tried to introduce them when he was Home Secretary.',
        "A Labour Party spokesman criticised Michael Howard's record, saying police numbers had fallen when he was home secretary.",
        'Critics said that when Jack Straw was foreign secretary of the UK, the policy changed.',
      ),
    ).toEqual(['Jack Straw: Former foreign secretary (a3)', 'Michael Howard: Former Home Secretary (a1), Former home secretary (a2)']);
  });

  it('but not when "he" may be someone else, the office is the opposition\'s, or the text is a page', () => {
    // The nearest name is one word: nobody is named in full there.
    expect(learnedFrom('Sources told the BBC Mr Howard had always been in favour, and tried to introduce them when he was Home Secretary.')).toEqual([]);
    expect(learnedFrom('Michael Howard said Blair had failed when he was home secretary.')).toEqual([]);
    expect(learnedFrom('Michael Howard said so when he was shadow chancellor.')).toEqual([]);
    expect(learnedFrom('Michael Howard said so when he was young.')).toEqual([]);
    expect(pageRoles('Michael Howard tried to introduce them when he was Home Secretary.')).toEqual([]);
  });
});

describe('an alias the text gives an official ("also known as")', () => {
  it('is the official, there and for the rest of the page', () => {
    const session = seedKnowledge().recogniser.newPage();
    const [first, second] = session.recognise(['The leadership of Mahmoud Abbas, also known as Abu Mazen, is at stake.', 'Abu Mazen is expected to win.']);
    expect(first!.map((m) => `${m.text}→${m.id}/${m.form}`)).toEqual(['Mahmoud Abbas→official:mahmoud-abbas/name', 'Abu Mazen→official:mahmoud-abbas/alias']);
    expect(second!.map((m) => `${m.text}→${m.id}/${m.form}`)).toEqual(['Abu Mazen→official:mahmoud-abbas/alias']);
    // A known official's alias adds nobody to the page's own people.
    expect(session.pageOfficials()).toEqual([]);
    expect(officials('Mahmoud Abbas (better known as Abu Mazen) spoke.')).toEqual(['Mahmoud Abbas→official:mahmoud-abbas/name', 'Abu Mazen→official:mahmoud-abbas/alias']);
  });

  it('only when announced so, right after the name', () => {
    expect(officials('Mahmoud Abbas met Abu Mazen.')).toEqual(['Mahmoud Abbas→official:mahmoud-abbas/name']);
    expect(officials('Abu Mazen spoke.')).toEqual([]);
    expect(officials('Mahmoud Abbas, who is also known to Abu Mazen, spoke.')).toEqual(['Mahmoud Abbas→official:mahmoud-abbas/name']);
  });
});
