import { describe, expect, it } from 'vitest';
import { createRecogniser, entityInfo, loadCuratedOfficials } from '../../../lib/entities/index.ts';
import { seedKnowledge, show } from './seed-knowledge.ts';

function official(slug: string) {
  return seedKnowledge().knowledge.officials.find((o) => o.slug === slug);
}

describe('officials learned from the archive', () => {
  it('keeps role, country and the article date as "as of"', () => {
    expect(official('fariz-rzayev')?.roles[0]).toEqual({
      role: 'Deputy Minister of Foreign Affairs',
      country: 'AZ',
      asOf: '2024-10-16',
      origin: 'archive',
      articleId: '001_a34df747b295e036',
    });
    expect(official('kamil-khasiyev')?.roles[0]).toMatchObject({ role: 'Ambassador to Montenegro', country: 'AZ', asOf: '2026-02-02' });
    expect(official('damjan-jovic')?.roles[0]).toMatchObject({ role: 'State Secretary at the Ministry of Foreign Affairs', country: 'RS' });
    expect(official('leyla-abdullayeva')?.roles[0]).toMatchObject({ role: 'Spokesperson for the Azerbaijani Foreign Ministry', country: 'AZ', asOf: null });
    expect(official('heydar-aliyev')?.roles[0]).toMatchObject({ role: 'National Leader', origin: 'archive' });
  });

  it('does not take journalists, authors or activists for officials', () => {
    const names = seedKnowledge().knowledge.officials.map((o) => o.name);
    expect(names).not.toContain('Afghan Sadigov');
    expect(names).not.toContain('Qabil Ashirov');
    expect(names).not.toContain('Sevinc Sadigova');
  });

  it('merges spelling variants into one person, curated spelling first, archive roles ahead of older curated ones', () => {
    const dacic = official('ivica-dacic');
    expect(dacic?.name).toBe('Ivica Dačić');
    expect(dacic?.aliases).toContain('Ivitsa Dacic');
    expect(dacic?.roles[0]).toMatchObject({ role: 'First Deputy Prime Minister and Foreign Minister', country: 'RS', asOf: '2023-11-07', origin: 'archive' });
    expect(dacic?.roles.some((r) => r.origin === 'curated')).toBe(true);
    for (const spelling of ['Ivica Dacic', 'Ivitsa Dacic', 'Ivica Dačić', 'Ивица Дачић']) {
      expect(show(`Minister ${spelling} spoke.`)).toEqual([`${spelling}→official:ivica-dacic/${spelling === 'Ivitsa Dacic' ? 'alias' : 'name'}`]);
    }
    expect(show('Marko Djuric and Marko Đurić')).toEqual(['Marko Djuric→official:marko-djuric/name', 'Marko Đurić→official:marko-djuric/name']);
  });

  it('resolves a surname to the person named in full earlier on the page', () => {
    expect(show('Azerbaijani President Ilham Aliyev met the minister. Aliyev said ties were strong.')).toEqual([
      'Azerbaijani→country:AZ/demonym',
      'Ilham Aliyev→official:ilham-aliyev/name',
      'Aliyev→official:ilham-aliyev/surname',
    ]);
  });

  it('leaves a shared surname ambiguous', () => {
    expect(show('Aliyev said ties were strong.')).toEqual([]);
    expect(show('Ilham Aliyev honoured Heydar Aliyev. Aliyev was remembered.')).toEqual([
      'Ilham Aliyev→official:ilham-aliyev/name',
      'Heydar Aliyev→official:heydar-aliyev/name',
    ]);
  });

  it('recognises curated officials the archive does not know', () => {
    expect(show('Nikol Pashinyan arrived.')).toEqual(['Nikol Pashinyan→official:nikol-pashinyan/name']);
    const info = entityInfo(seedKnowledge().knowledge, 'official:nikol-pashinyan');
    expect(info).toMatchObject({ name: 'Nikol Pashinyan', inArchive: false });
    expect(info?.roles?.[0]).toMatchObject({ role: 'Prime Minister', country: 'AM', origin: 'curated' });
    expect(info?.roles?.[0]?.asOf).toMatch(/^2022/);
  });

  it('recognises officials the page introduces, and later mentions of them', () => {
    const session = seedKnowledge().recogniser.newPage();
    const blocks = session.recognise([
      'Foreign Secretary David Lammy met Chancellor Rachel Reeves.',
      'Mr Lammy said the talks went well. Reeves agreed, and David Lammy left.',
    ]);
    expect(blocks.map((b) => b.map((m) => `${m.text}→${m.id}/${m.form}`))).toEqual([
      ['David Lammy→official:david-lammy/name', 'Rachel Reeves→official:rachel-reeves/name'],
      ['Lammy→official:david-lammy/surname', 'Reeves→official:rachel-reeves/surname', 'David Lammy→official:david-lammy/name'],
    ]);
    const info = entityInfo(seedKnowledge().knowledge, 'official:david-lammy', session.pageOfficials());
    expect(info).toEqual({
      id: 'official:david-lammy',
      kind: 'official',
      name: 'David Lammy',
      roles: [{ role: 'Foreign Secretary', country: null, asOf: null, origin: 'page' }],
      inArchive: false,
      articleIds: [],
    });
  });

  it('knows the office\'s country from a demonym in the title', () => {
    const session = seedKnowledge().recogniser.newPage();
    session.recognise(['Russian President Vladimir Putin and Kenyan Foreign Minister Musalia Mudavadi spoke.']);
    expect(session.pageOfficials().find((p) => p.name === 'Musalia Mudavadi')?.roles[0]).toMatchObject({ role: 'Foreign Minister', country: 'KE' });
  });
});

describe('knowledge and cards', () => {
  it('gives countries an ISO code and a flag', () => {
    expect(entityInfo(seedKnowledge().knowledge, 'country:RS')).toEqual({ id: 'country:RS', kind: 'country', name: 'Serbia', code: 'RS', flag: '🇷🇸', inArchive: null });
  });

  it('is plain JSON that survives a round trip', () => {
    const { knowledge } = seedKnowledge();
    const copy = JSON.parse(JSON.stringify(knowledge));
    expect(createRecogniser(copy).recogniseText('Ivitsa Dacic in Србији')).toEqual(seedKnowledge().recogniser.recogniseText('Ivitsa Dacic in Србији'));
  });

  it('keeps an "as of" date on every curated role', () => {
    for (const o of loadCuratedOfficials().officials) for (const r of o.roles) expect(r.asOf).toMatch(/^\d{4}(-\d\d-\d\d)?$/);
  });

  it('finds the entities a search query names, in any language or form', () => {
    const { recogniser } = seedKnowledge();
    expect(recogniser.queryEntities('Черногория')).toEqual(['country:ME']);
    expect(recogniser.queryEntities('monteneqro')).toEqual(['country:ME']);
    expect(recogniser.queryEntities('Montenegrin')).toEqual(['country:ME']);
    expect(recogniser.queryEntities('đurić energy')).toEqual(['official:marko-djuric']);
    expect(recogniser.queryEntities('trust us')).toEqual([]);
  });
});
