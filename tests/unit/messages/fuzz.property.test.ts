// Untrusted messages and stored values, fuzzed: whatever arrives, the protocol either
// returns data of the message's shape or throws its own InvalidMessageError (never a
// TypeError, never a half-checked value), and every stored item reads as a valid value.
// Fixed seed and bounded runs, so every `npm test` checks the same cases.
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseRequest, toBackground, type BackgroundMessage } from '../../../lib/messages/background-protocol.ts';
import { InvalidMessageError } from '../../../lib/messages/define-protocol.ts';
import { parseContentRequest } from '../../../lib/messages/content-protocol.ts';
import { lastQuery, lastView } from '../../../storage/popup-state.ts';
import { disabledSites, highlightKinds, highlightingEnabled, hoverDelayMs, quietMode } from '../../../storage/settings.ts';

const RUNS = { seed: 20261130, numRuns: 200 };
const NAMES = Object.keys(toBackground) as BackgroundMessage[];

/** Anything JSON or structured clone can carry, nested, with odd strings and numbers. */
const anything = fc.anything({
  maxDepth: 3,
  withBigInt: false,
  withNullPrototype: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
});

describe('message validation under fuzzing', () => {
  it('every message to the background: valid data of its shape, or InvalidMessageError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), anything, (name, data) => {
        let parsed: unknown;
        try {
          parsed = parseRequest(name, data);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidMessageError);
          return;
        }
        expect(v.is(toBackground[name].request, parsed)).toBe(true);
      }),
      RUNS,
    );
  });

  it('near-misses of real requests (a field of the wrong type) are refused by name', () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.constantFrom('search', 'getTabSummary', 'getArticle', 'openReader') as fc.Arbitrary<BackgroundMessage>, fc.string({ maxLength: 12 }), field, (name, key, value) => {
        try {
          parseRequest(name, { [key]: value });
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidMessageError);
          expect((error as Error).message).toContain(name);
        }
      }),
      RUNS,
    );
  });

  it('focusName from the background: only next or previous ever reach the card', () => {
    fc.assert(
      fc.property(anything, (data) => {
        try {
          expect(['next', 'previous']).toContain(parseContentRequest('focusName', data).direction);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidMessageError);
        }
      }),
      RUNS,
    );
  });
});

describe('stored values under fuzzing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('whatever sync and local storage hold, every item reads as a valid value', async () => {
    const stored = fc.oneof(anything, fc.array(fc.string(), { maxLength: 4 }), fc.integer(), fc.constant('while-alt'));
    await fc.assert(
      fc.asyncProperty(fc.record({ a: stored, b: stored, c: stored, d: stored, e: stored, f: stored, g: stored }), async (s) => {
        fakeBrowser.reset();
        // Through JSON, as browser storage keeps values.
        const json = (x: unknown) => {
          try {
            return JSON.parse(JSON.stringify(x ?? null)) as unknown;
          } catch {
            return null;
          }
        };
        await fakeBrowser.storage.sync.set({
          highlightingEnabled: json(s.a),
          disabledSites: json(s.b),
          hoverDelayMs: json(s.c),
          highlightKinds: json(s.d),
          quietMode: json(s.e),
        });
        await fakeBrowser.storage.local.set({ lastQuery: json(s.f), popupView: json(s.g) });
        expect(typeof (await highlightingEnabled.getValue())).toBe('boolean');
        const sites = await disabledSites.getValue();
        expect(Array.isArray(sites) && sites.every((x) => typeof x === 'string')).toBe(true);
        const delay = await hoverDelayMs.getValue();
        expect(Number.isFinite(delay) && delay >= 0 && delay <= 5_000).toBe(true);
        const kinds = await highlightKinds.getValue();
        expect(typeof kinds.country === 'boolean' && typeof kinds.official === 'boolean').toBe(true);
        expect(['off', 'while-alt']).toContain(await quietMode.getValue());
        expect(typeof (await lastQuery.getValue())).toBe('string');
        expect(['page', 'search']).toContain(await lastView.getValue());
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
