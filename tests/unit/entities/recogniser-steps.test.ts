import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecogniser, recogniserInSteps } from '../../../lib/entities/recogniser.ts';
import { seedKnowledge } from './seed-knowledge.ts';

const items = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/entities/labelled.json'), 'utf8')) as Array<[string, string[]]>;

describe('recogniserInSteps', () => {
  it('builds in many short steps a recogniser that finds exactly what createRecogniser finds', () => {
    const { knowledge } = seedKnowledge();
    const build = recogniserInSteps(knowledge);
    let steps = 1;
    while (build.step()) steps++;
    // Thousands of name forms: the build must be cut into many steps to stay off the long-task line.
    expect(steps).toBeGreaterThan(10);
    const texts = items.map(([text]) => text);
    const stepped = build.result().newPage().recognise(texts);
    const whole = createRecogniser(knowledge).newPage().recognise(texts);
    expect(stepped).toEqual(whole);
    expect(stepped.flat().length).toBeGreaterThan(50);
  });

  it('has no recogniser to give before the last step', () => {
    const build = recogniserInSteps(seedKnowledge().knowledge);
    build.step();
    expect(() => build.result()).toThrow(/still being built/);
  });

  it('keeps answering false once done', () => {
    const build = recogniserInSteps({ format: 1, countries: [], officials: [] });
    while (build.step());
    expect(build.step()).toBe(false);
    expect(build.result().recogniseText('Serbia')).toEqual([]);
  });
});
