import { describe, expect, it } from 'vitest';
import { articleHash, searchHash } from '../../../storage/reader-url.ts';
import { MAX_CARDS_PER_REQUEST, parseRequest } from '../../../lib/messages/background-protocol.ts';
import { parseContentRequest } from '../../../lib/messages/content-protocol.ts';
import { InvalidMessageError } from '../../../lib/messages/define-protocol.ts';

describe('hover card messages', () => {
  it('accepts batches of card requests up to the limit', () => {
    const request = { requests: [{ id: 'country:RS' }, { id: 'official:x-y', pageOfficial: { name: 'X Y', role: 'Minister', country: 'RS' } }] };
    expect(parseRequest('getEntityCards', request)).toEqual(request);
    const many = { requests: Array.from({ length: MAX_CARDS_PER_REQUEST + 1 }, () => ({ id: 'country:RS' })) };
    expect(() => parseRequest('getEntityCards', many)).toThrow(InvalidMessageError);
    expect(() => parseRequest('getEntityCards', { requests: [{ id: '<b>' }] })).toThrow(/requests/);
  });

  it('opens only reader routes', () => {
    for (const hash of [articleHash('a/b c'), searchHash('Đurić energy'), searchHash(''), '#/search']) {
      expect(parseRequest('openReader', { hash })).toEqual({ hash });
    }
    expect(parseRequest('openReader', { hash: articleHash('x'), active: false })).toEqual({ hash: articleHash('x'), active: false });
    for (const hash of ['https://evil.example/', '#/article/', '#/settings', 'javascript:alert(1)', '#/article/x#y', `#/search?q=${'a'.repeat(3000)}`]) {
      expect(() => parseRequest('openReader', { hash })).toThrow(InvalidMessageError);
    }
  });

  it('steps only next or previous', () => {
    expect(parseContentRequest('focusName', { direction: 'next' })).toEqual({ direction: 'next' });
    expect(() => parseContentRequest('focusName', { direction: 'sideways' })).toThrow(/direction/);
  });
});
