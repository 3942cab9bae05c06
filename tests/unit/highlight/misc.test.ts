import { describe, expect, it } from 'vitest';
import { attributesSkip, elementRole, isDossierTag } from '../../../lib/highlight/elements.ts';
import { highlightingActive, siteEnabled, siteKey, withSite } from '../../../lib/highlight/sites.ts';
import { placement, type BoxLike } from '../../../lib/highlight/visibility.ts';

function box(top: number, height: number, width = 100): BoxLike {
  return { top, bottom: top + height, width, height };
}

describe('placement', () => {
  const vh = 800;

  it('calls a box without size hidden, wherever it is', () => {
    expect(placement({ top: 0, bottom: 0, width: 0, height: 0 }, vh, 200)).toBe('hidden');
    expect(placement({ top: 5000, bottom: 5000, width: 0, height: 0 }, vh, 200)).toBe('hidden');
    expect(placement({ top: 100, bottom: 100, width: 0, height: 0 }, vh, 0)).toBe('hidden');
  });

  it('does not call a box with only one zero side hidden', () => {
    expect(placement(box(100, 20, 0), vh, 0)).toBe('visible');
    expect(placement(box(100, 0, 300), vh, 0)).toBe('visible');
  });

  it('calls a box inside the viewport visible', () => {
    expect(placement(box(0, 20), vh, 0)).toBe('visible');
    expect(placement(box(400, 20), vh, 0)).toBe('visible');
    expect(placement(box(780, 20), vh, 0)).toBe('visible');
  });

  it('calls a box that overlaps an edge of the viewport visible', () => {
    expect(placement(box(-10, 20), vh, 0)).toBe('visible');
    expect(placement(box(790, 50), vh, 0)).toBe('visible');
    // Taller than the viewport, covering it.
    expect(placement(box(-1000, 3000), vh, 0)).toBe('visible');
  });

  it('leaves boxes beyond the margin above or below for later', () => {
    expect(placement(box(-300, 20), vh, 200)).toBe('later');
    expect(placement(box(1100, 20), vh, 200)).toBe('later');
    expect(placement(box(-30, 20), vh, 0)).toBe('later');
    expect(placement(box(801, 20), vh, 0)).toBe('later');
  });

  it('counts boxes within the margin above or below as visible', () => {
    expect(placement(box(-150, 20), vh, 200)).toBe('visible');
    expect(placement(box(950, 20), vh, 200)).toBe('visible');
  });

  it('treats the margin edges as inside', () => {
    // Bottom exactly at -margin, top exactly at viewport + margin.
    expect(placement(box(-220, 20), vh, 200)).toBe('visible');
    expect(placement(box(-221, 20), vh, 200)).toBe('later');
    expect(placement(box(1000, 20), vh, 200)).toBe('visible');
    expect(placement(box(1001, 20), vh, 200)).toBe('later');
  });
});

describe('site switches', () => {
  it('keys a host without www., case or a final dot', () => {
    expect(siteKey('example.com')).toBe('example.com');
    expect(siteKey('www.example.com')).toBe('example.com');
    expect(siteKey('Example.COM')).toBe('example.com');
    expect(siteKey('example.com.')).toBe('example.com');
    expect(siteKey('WWW.Example.COM.')).toBe('example.com');
    expect(siteKey('  www.example.com  ')).toBe('example.com');
  });

  it('keeps other subdomains and hosts that merely start with www', () => {
    expect(siteKey('news.example.com')).toBe('news.example.com');
    expect(siteKey('www2.example.com')).toBe('www2.example.com');
    expect(siteKey('wwwexample.com')).toBe('wwwexample.com');
    expect(siteKey('m.www.example.com')).toBe('m.www.example.com');
  });

  it('switches a site off by adding its key, sorted', () => {
    expect(withSite([], 'www.Example.com', false)).toEqual(['example.com']);
    expect(withSite(['b.org', 'd.net'], 'C.com', false)).toEqual(['b.org', 'c.com', 'd.net']);
  });

  it('does not add a site twice, whichever way its host is written', () => {
    const off = withSite(['a.com'], 'www.A.COM.', false);
    expect(off).toEqual(['a.com']);
    expect(withSite(off, 'a.com', false)).toEqual(['a.com']);
  });

  it('replaces an entry written another way by its key', () => {
    expect(withSite(['www.A.com', 'b.org'], 'a.com', false)).toEqual(['a.com', 'b.org']);
  });

  it('switches a site on by removing every entry for it', () => {
    expect(withSite(['a.com', 'b.org'], 'www.a.com', true)).toEqual(['b.org']);
    expect(withSite(['www.a.com', 'A.com.', 'b.org'], 'a.com', true)).toEqual(['b.org']);
    expect(withSite(['b.org'], 'a.com', true)).toEqual(['b.org']);
  });

  it('does not add an empty host', () => {
    expect(withSite(['b.org'], '', false)).toEqual(['b.org']);
    expect(withSite([], ' ', false)).toEqual([]);
  });

  it('returns a new list and leaves the given one alone', () => {
    const disabled: readonly string[] = Object.freeze(['d.net', 'b.org']);
    const out = withSite(disabled, 'c.com', false);
    expect(out).toEqual(['b.org', 'c.com', 'd.net']);
    expect(disabled).toEqual(['d.net', 'b.org']);
    expect(out).not.toBe(disabled);
  });

  it('tells whether a site is enabled, whichever way the host is written', () => {
    const disabled = ['example.com'];
    expect(siteEnabled(disabled, 'example.com')).toBe(false);
    expect(siteEnabled(disabled, 'WWW.EXAMPLE.COM')).toBe(false);
    expect(siteEnabled(disabled, 'example.com.')).toBe(false);
    expect(siteEnabled(disabled, 'news.example.com')).toBe(true);
    expect(siteEnabled(disabled, 'example.org')).toBe(true);
    expect(siteEnabled([], 'example.com')).toBe(true);
    // Entries stored un-normalised still match.
    expect(siteEnabled(['www.Example.com'], 'example.com')).toBe(false);
  });

  it('highlights only when both the global switch and the site switch are on', () => {
    const disabled = ['off.com'];
    expect(highlightingActive(true, disabled, 'on.com')).toBe(true);
    expect(highlightingActive(true, disabled, 'www.off.com')).toBe(false);
    expect(highlightingActive(false, disabled, 'on.com')).toBe(false);
    expect(highlightingActive(false, disabled, 'off.com')).toBe(false);
    expect(highlightingActive(true, [], 'anything.org')).toBe(true);
  });

  it('round-trips: off then on gives the site back', () => {
    const start = ['b.org'];
    const off = withSite(start, 'www.a.com', false);
    expect(siteEnabled(off, 'a.com')).toBe(false);
    const on = withSite(off, 'A.com', true);
    expect(on).toEqual(start);
    expect(siteEnabled(on, 'a.com')).toBe(true);
  });
});

describe('elementRole', () => {
  it('skips elements whose text is not prose', () => {
    for (const tag of ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'KBD', 'SAMP', 'VAR', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'VIDEO', 'TITLE']) {
      expect(elementRole(tag)).toBe('skip');
    }
  });

  it('treats text-level elements as inline', () => {
    for (const tag of ['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'ABBR', 'MARK', 'SMALL', 'SUB', 'SUP', 'TIME', 'U', 'WBR', 'Q', 'CITE', 'SLOT', 'FONT']) {
      expect(elementRole(tag)).toBe('inline');
    }
  });

  it('treats elements that break the flow as blocks', () => {
    for (const tag of ['P', 'DIV', 'LI', 'TD', 'TH', 'H1', 'H6', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'HR', 'BUTTON', 'IMG', 'TABLE', 'FIGCAPTION', 'PRE', 'BODY']) {
      expect(elementRole(tag)).toBe('block');
    }
  });

  it('scans pre but skips code', () => {
    expect(elementRole('PRE')).toBe('block');
    expect(elementRole('CODE')).toBe('skip');
  });

  it('ignores case (SVG and XML report tag names as written)', () => {
    expect(elementRole('script')).toBe('skip');
    expect(elementRole('svg')).toBe('skip');
    expect(elementRole('Span')).toBe('inline');
    expect(elementRole('b')).toBe('inline');
    expect(elementRole('div')).toBe('block');
    expect(elementRole('Br')).toBe('block');
  });

  it('treats custom elements as blocks', () => {
    expect(elementRole('MY-WIDGET')).toBe('block');
    expect(elementRole('x-card')).toBe('block');
    expect(elementRole('NEWS-TICKER-ITEM')).toBe('block');
  });

  it("skips Dossier's own custom elements", () => {
    expect(elementRole('DOSSIER-CARD')).toBe('skip');
    expect(elementRole('dossier-hover-host')).toBe('skip');
    expect(elementRole('Dossier-X')).toBe('skip');
  });

  it('does not mistake a custom element that merely contains "dossier" for ours', () => {
    expect(elementRole('MY-DOSSIER-CARD')).toBe('block');
    expect(elementRole('DOSSIERS-LIST')).toBe('block');
  });

  it('treats unknown tags as inline, as CSS does', () => {
    expect(elementRole('BLINK')).toBe('inline');
    expect(elementRole('FOO')).toBe('inline');
    expect(elementRole('foreignObject')).toBe('inline');
  });
});

describe('isDossierTag', () => {
  it('recognises the dossier- prefix in any case', () => {
    expect(isDossierTag('DOSSIER-CARD')).toBe(true);
    expect(isDossierTag('dossier-card')).toBe(true);
    expect(isDossierTag('Dossier-Card')).toBe(true);
  });

  it('needs something after the prefix', () => {
    expect(isDossierTag('DOSSIER-')).toBe(false);
    expect(isDossierTag('DOSSIER-X')).toBe(true);
  });

  it('rejects other tags', () => {
    expect(isDossierTag('DOSSIER')).toBe(false);
    expect(isDossierTag('DOSSIERX-CARD')).toBe(false);
    expect(isDossierTag('MY-DOSSIER-CARD')).toBe(false);
    expect(isDossierTag('DIV')).toBe(false);
    expect(isDossierTag('')).toBe(false);
  });
});

describe('attributesSkip', () => {
  it('skips any element with a contenteditable attribute, whatever its value', () => {
    for (const value of ['', 'true', 'false', 'plaintext-only', 'TRUE']) expect(attributesSkip(value, false)).toBe(true);
  });

  it('skips hidden elements', () => {
    expect(attributesSkip(null, true)).toBe(true);
    expect(attributesSkip('true', true)).toBe(true);
  });

  it('keeps ordinary elements', () => {
    expect(attributesSkip(null, false)).toBe(false);
  });
});
