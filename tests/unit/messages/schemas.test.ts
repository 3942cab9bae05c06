import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../lib/messages/background-protocol.ts';
import { InvalidMessageError } from '../../../lib/messages/define-protocol.ts';

describe('message validation', () => {
  it('accepts a well-formed search request', () => {
    const request = { query: 'Dačić', limit: 5, filters: { entities: ['country:RS'], from: '2023-01-01', to: null } };
    expect(parseRequest('search', request)).toEqual(request);
  });

  it.each([
    ['a missing query', {}],
    ['a query that is not text', { query: 42 }],
    ['an unknown field', { query: 'x', evil: true }],
    ['a negative limit', { query: 'x', limit: -1 }],
    ['a huge limit', { query: 'x', limit: 1e9 }],
    ['a malformed date', { query: 'x', filters: { from: '7 Nov 2023' } }],
    ['a malformed entity id', { query: 'x', filters: { entities: ['<script>'] } }],
    ['null', null],
    ['a string', 'search for this'],
  ])('rejects %s with a readable error', (_label, data) => {
    expect(() => parseRequest('search', data)).toThrow(InvalidMessageError);
    expect(() => parseRequest('search', data)).toThrow(/^invalid search request/);
  });

  it('names the offending field', () => {
    expect(() => parseRequest('search', { query: 'x', filters: { from: 'yesterday' } })).toThrow(/at filters\.from/);
  });

  it('takes no data for getArchiveInfo and refuses data that is not empty', () => {
    expect(parseRequest('getArchiveInfo', undefined)).toBeUndefined();
    expect(() => parseRequest('getArchiveInfo', { a: 1 })).toThrow(InvalidMessageError);
  });

  it('validates page entity reports', () => {
    const report = { url: 'https://example.org/', title: 'News', entities: [{ id: 'official:ivica-dacic', count: 3, first: 0 }] };
    expect(parseRequest('reportPageEntities', report)).toEqual(report);
    expect(() => parseRequest('reportPageEntities', { ...report, entities: [{ id: 'country:RS', count: 0, first: 0 }] })).toThrow(
      /count/,
    );
  });
});
