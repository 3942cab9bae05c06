import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../lib/cli/html-text.ts';
import { seedKnowledge } from './seed-knowledge.ts';

const PAGES = path.resolve(import.meta.dirname, '../../../../shared/data/pages');
const present = existsSync(PAGES);
if (!present) console.log(`skipping real pages: ${PAGES} is absent`);

function mentionsOf(file: string): string[] {
  const blocks = htmlToBlocks(readFileSync(path.join(PAGES, file), 'utf8'));
  return seedKnowledge().recogniser.newPage().recognise(blocks).flat().map((m) => `${m.text}=${m.id}`);
}

/** False positives found by reading extract's output over these pages; each was a bug. */
describe.skipIf(!present)('extract over the real pages in ../shared/data/pages', () => {
  it('UN M49 table: continents and ISO codes are not countries', () => {
    const found = mentionsOf(readdirSync(PAGES).find((f) => f.startsWith('unsd_m49'))!);
    expect(found).not.toContain('Америка=country:US'); // the continent, via Turkish "Amerika"
    expect(found).not.toContain('América=country:US'); // Spanish "América Latina"
    expect(found).not.toContain('LAO=country:LA'); // the ISO alpha-3 code column
    // The region (listed 17 times) is not the country; "Micronesia (Federated States of)" is, once.
    expect(found.filter((m) => m === 'Micronesia=country:FM')).toHaveLength(1);
    expect(found).toContain('Micronésie=country:FM');
  });

  it('news pages: officials and countries, with surnames resolved', () => {
    const bbc = mentionsOf('bbc_obama_gun_laws__readability-bbc-1.html');
    expect(bbc).toContain('Barack Obama=official:barack-obama');
    expect(bbc).toContain('Obama=official:barack-obama');
    expect(bbc.filter((m) => m.startsWith('us=') || m.startsWith('Us='))).toEqual([]);
  });
});
