import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecogniser, type Knowledge } from '../../../lib/entities/index.ts';
import { seedKnowledge } from './seed-knowledge.ts';

const items = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/entities/labelled.json'), 'utf8')) as Array<[string, string[]]>;

function mentions(knowledge: Knowledge): string[] {
  const session = createRecogniser(knowledge).newPage();
  return session.recognise(items.map(([text]) => text)).flatMap((ms, i) => ms.map((m) => `${i}:${m.start}-${m.end}=${m.id}/${m.form}`));
}

describe('compiled name keys', () => {
  it('ships with the knowledge and recognises exactly what tokenizing the names does', () => {
    const { knowledge } = seedKnowledge();
    expect(knowledge.compiled?.names).toBeGreaterThan(1000);
    const shipped = JSON.parse(JSON.stringify(knowledge)) as Knowledge;
    const { compiled: _, ...plain } = knowledge;
    expect(mentions(shipped)).toEqual(mentions(plain));
  });

  it('is ignored when the names changed after compiling', () => {
    const { knowledge } = seedKnowledge();
    const edited = JSON.parse(JSON.stringify(knowledge)) as Knowledge;
    const rs = edited.countries.find((c) => c.code === 'RS')!;
    rs.names.alias = [...(rs.names.alias ?? []), 'Srbistan Republika'];
    expect(createRecogniser(edited).recogniseText('Srbistan Republika said so.').map((m) => m.id)).toEqual(['country:RS']);
  });
});
