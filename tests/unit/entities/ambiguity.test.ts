import { describe, expect, it } from 'vitest';
import { seedKnowledge, show } from './seed-knowledge.ts';

describe('ambiguity policy', () => {
  it('Georgia: the country by default and with Caucasus context, the US state with US context', () => {
    expect(show('Protesters gathered in Tbilisi, Georgia, on Sunday.')).toEqual(['Georgia→country:GE/name']);
    expect(show('The governor of Georgia signed the bill in Atlanta.')).toEqual([]);
    expect(show('Georgia state senators met.')).toEqual([]);
    const session = seedKnowledge().recogniser.newPage();
    const [, second] = session.recognise(['Atlanta voters and the Republican senate race.', 'Turnout in Georgia rose.']);
    expect(second).toEqual([]);
  });

  it('Jordan and Chad as first names', () => {
    expect(show('Jordan Henderson scored twice.')).toEqual([]);
    expect(show('Michael Jordan retired.')).toEqual([]);
    expect(show('Chad Smith and King Abdullah of Jordan met in Chad.')).toEqual(['Jordan→country:JO/name', 'Chad→country:TD/name']);
    expect(show('Talks in Jordan ended.')).toEqual(['Jordan→country:JO/name']);
  });

  it('"turkey" the bird', () => {
    expect(show('We ate turkey on Sunday.')).toEqual([]);
    expect(show('Turkey sandwiches were served.')).toEqual([]);
    expect(show('Turkey and Greece signed a deal.')).toEqual(['Turkey→country:TR/alias', 'Greece→country:GR/name']);
  });

  it('Guinea and Niger', () => {
    expect(show('a Guinea pig and the Gulf of Guinea and New Guinea')).toEqual([]);
    expect(show('Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea')).toEqual([
      'Guinea→country:GN/name',
      'Guinea-Bissau→country:GW/name',
      'Equatorial Guinea→country:GQ/name',
      'Papua New Guinea→country:PG/name',
    ]);
    expect(show('oil from the Niger Delta')).toEqual([]);
    expect(show('Niger and Nigeria')).toEqual(['Niger→country:NE/name', 'Nigeria→country:NG/name']);
  });

  it('"US" versus "us"', () => {
    expect(show('Join us in the US.')).toEqual(['US→country:US/alias']);
    expect(show('TELL US WHAT YOU THINK')).toEqual([]);
    expect(show('the U.S. said')).toEqual(['U.S.→country:US/alias']);
  });

  it('"China" versus "china"', () => {
    expect(show('fine china and bone china')).toEqual([]);
    expect(show('China plates for sale')).toEqual([]);
    expect(show('China and India')).toEqual(['China→country:CN/name', 'India→country:IN/name']);
  });

  it('continents and oceans are not countries', () => {
    expect(show('Latin America and the Indian Ocean')).toEqual([]);
    expect(show('New Jersey')).toEqual([]);
  });
});
