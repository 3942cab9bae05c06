import { describe, expect, it } from 'vitest';
import { stepName } from '../../../lib/hover/name-steps.ts';

describe('stepping through names', () => {
  it('starts at the first name in view and wraps around', () => {
    expect(stepName(null, 5, 'next', () => 2)).toBe(2);
    expect(stepName(null, 5, 'previous', () => 2)).toBe(1);
    expect(stepName(null, 5, 'next', () => 5)).toBe(0);
    expect(stepName(null, 5, 'previous', () => 0)).toBe(4);
    expect(stepName(4, 5, 'next', () => 0)).toBe(0);
    expect(stepName(0, 5, 'previous', () => 0)).toBe(4);
    expect(stepName(1, 5, 'next', () => 0)).toBe(2);
    expect(stepName(3, 0, 'next', () => 0)).toBeNull();
    expect(stepName(7, 3, 'next', () => 1)).toBe(1);
  });
});
