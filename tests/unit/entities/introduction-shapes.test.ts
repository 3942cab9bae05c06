import { describe, expect, it } from 'vitest';
import { seedKnowledge, show } from './seed-knowledge.ts';

/** Officials only, as "text→id/form". */
function officials(text: string): string[] {
  return show(text).filter((m) => m.includes('→official:'));
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
});
