import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../lib/entities/index.ts';
import { seedKnowledge } from './seed-knowledge.ts';

/**
 * A labelled set written for Dossier: sentences in English, Azerbaijani, Turkish, Russian,
 * Serbian (both scripts), German and French, each with every mention a reader would expect
 * ("surface=id"). Officials the page introduces have `official:<slug of their name>`.
 */
type Item = [text: string, expected: string[]];
const items = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/entities/labelled.json'), 'utf8')) as Item[];

const TARGETS: Record<EntityKind, { precision: number; recall: number }> = {
  country: { precision: 0.95, recall: 0.9 },
  official: { precision: 0.9, recall: 0.85 },
};

function kindOf(label: string): EntityKind {
  return label.includes('=official:') ? 'official' : 'country';
}

describe('labelled set', () => {
  it('has at least 40 items', () => expect(items.length).toBeGreaterThanOrEqual(40));

  it('meets the precision and recall targets per kind', () => {
    const { recogniser } = seedKnowledge();
    const stats: Record<EntityKind, { tp: number; fp: number; fn: number }> = { country: { tp: 0, fp: 0, fn: 0 }, official: { tp: 0, fp: 0, fn: 0 } };
    const misses: string[] = [];
    for (const [text, expected] of items) {
      const got = recogniser.newPage().recognise([text])[0]!.map((m) => `${m.text}=${m.id}`);
      const remaining = [...expected];
      for (const g of got) {
        const i = remaining.indexOf(g);
        if (i >= 0) {
          remaining.splice(i, 1);
          stats[kindOf(g)].tp++;
        } else {
          stats[kindOf(g)].fp++;
          misses.push(`false positive ${g} in: ${text}`);
        }
      }
      for (const r of remaining) {
        stats[kindOf(r)].fn++;
        misses.push(`missed ${r} in: ${text}`);
      }
    }
    for (const line of misses) console.log(line);
    for (const kind of ['country', 'official'] as const) {
      const { tp, fp, fn } = stats[kind];
      const precision = tp / (tp + fp);
      const recall = tp / (tp + fn);
      console.log(`${kind}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
      expect(precision, `${kind} precision`).toBeGreaterThanOrEqual(TARGETS[kind].precision);
      expect(recall, `${kind} recall`).toBeGreaterThanOrEqual(TARGETS[kind].recall);
    }
  });
});
