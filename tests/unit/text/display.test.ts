import { describe, expect, it } from 'vitest';
import { neutraliseBidiControls, webUrl } from '../../../lib/text/display.ts';

describe('webUrl', () => {
  it('keeps http and https addresses, normalised', () => {
    expect(webUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(webUrl('  http://example.org  ')).toBe('http://example.org/');
  });
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome://settings', 'ftp://x.org/', 'example.org/page', '', null, undefined])(
    'gives no link for %j',
    (raw) => expect(webUrl(raw)).toBeNull(),
  );
});

describe('neutraliseBidiControls', () => {
  it('makes overrides and isolates inert without changing the length', () => {
    const text = 'abc\u202Edef\u2066g\u202Ch\u2069';
    const out = neutraliseBidiControls(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(out.replace(/\u2060/g, '')).toBe('abcdefgh');
  });
  it('keeps right-to-left text and directional marks as they are', () => {
    const text = 'שלום \u200F عربى \u200E Ивица';
    expect(neutraliseBidiControls(text)).toBe(text);
  });
});
