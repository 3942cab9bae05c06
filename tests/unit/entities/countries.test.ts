import { describe, expect, it } from 'vitest';
import { seedKnowledge, show } from './seed-knowledge.ts';

describe('country names', () => {
  it('covers every sovereign state and common dependencies from the datasets', () => {
    const codes = new Set(seedKnowledge().knowledge.countries.map((c) => c.code));
    expect(codes.size).toBeGreaterThanOrEqual(245);
    for (const code of ['AZ', 'RS', 'ME', 'XK', 'PS', 'TW', 'GL', 'PR', 'HK']) expect(codes).toContain(code);
  });

  it('resolves standard alternatives to one id', () => {
    expect(show('Türkiye and Turkey')).toEqual(['Türkiye→country:TR/name', 'Turkey→country:TR/alias']);
    expect(show('The US, the USA, the United States and America.')).toEqual([
      'US→country:US/alias',
      'USA→country:US/name',
      'United States→country:US/name',
      'America→country:US/alias',
    ]);
    expect(show('the UK, Britain and the United Kingdom')).toEqual(['UK→country:GB/alias', 'Britain→country:GB/alias', 'United Kingdom→country:GB/name']);
    expect(show('the Russian Federation and the Republic of Serbia')).toEqual(['Russian Federation→country:RU/name', 'Republic of Serbia→country:RS/name']);
    expect(show("Czechia, the Czech Republic, Côte d'Ivoire and Ivory Coast")).toEqual([
      'Czechia→country:CZ/name',
      'Czech Republic→country:CZ/name',
      "Côte d'Ivoire→country:CI/name",
      'Ivory Coast→country:CI/name',
    ]);
  });

  it('knows demonyms, with plurals', () => {
    expect(show('Azerbaijani, Serbian, Montenegrin, Armenian, British and American officials; Azerbaijanis')).toEqual([
      'Azerbaijani→country:AZ/demonym',
      'Serbian→country:RS/demonym',
      'Montenegrin→country:ME/demonym',
      'Armenian→country:AM/demonym',
      'British→country:GB/demonym',
      'American→country:US/demonym',
      'Azerbaijanis→country:AZ/demonym',
    ]);
  });

  it('reads the seed titles in Azerbaijani and Russian', () => {
    expect(show('Azərbaycanla Monteneqro arasında təhlükəsizlik sahəsində əməkdaşlıq müzakirə olunub')).toEqual([
      'Azərbaycanla→country:AZ/name',
      'Monteneqro→country:ME/name',
    ]);
    expect(show('Азербайджан и Черногория обсудили сотрудничество в сфере безопасности')).toEqual([
      'Азербайджан→country:AZ/name',
      'Черногория→country:ME/name',
    ]);
  });

  it('resolves inflected forms: Turkic suffixes, Slavic case endings, English possessives', () => {
    expect(show('Azərbaycanın, Türkiye’nin, Türkiye\'nin')).toEqual(['Azərbaycanın→country:AZ/name', 'Türkiye→country:TR/name', 'Türkiye→country:TR/name']);
    expect(show('посол Азербайджана, переговоры с Черногорией, влада Србије')).toEqual([
      'Азербайджана→country:AZ/name',
      'Черногорией→country:ME/name',
      'Србије→country:RS/name',
    ]);
    expect(seedKnowledge().recogniser.recogniseText("Azerbaijan's energy")).toEqual([
      { text: 'Azerbaijan', start: 0, end: 10, kind: 'country', id: 'country:AZ', name: 'Azerbaijan', form: 'name' },
    ]);
  });

  it('reads Serbian in both scripts and German and French names', () => {
    expect(show('Србија, Srbija, Crna Gora, Црне Горе, Serbien, Aserbaidschan, Monténégro')).toEqual([
      'Србија→country:RS/name',
      'Srbija→country:RS/name',
      'Crna Gora→country:ME/name',
      'Црне Горе→country:ME/name',
      'Serbien→country:RS/name',
      'Aserbaidschan→country:AZ/name',
      'Monténégro→country:ME/name',
    ]);
  });

  it('never matches inside a word', () => {
    expect(show('A woman from Romania spoke.')).toEqual(['Romania→country:RO/name']);
    expect(show('Iranian missiles')).toEqual(['Iranian→country:IR/demonym']);
    expect(show('Nigeria and Niger')).toEqual(['Nigeria→country:NG/name', 'Niger→country:NE/name']);
  });

  it('gives offsets into the original text', () => {
    const text = 'Talks: «Đurić» met the Serbian side in Србији.';
    for (const m of seedKnowledge().recogniser.recogniseText(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
