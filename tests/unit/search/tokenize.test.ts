import { describe, expect, it } from 'vitest';
import { normaliseTerm, tokenizeWords } from '../../../lib/search/tokenize.ts';
import { fold } from '../../../lib/text/fold.ts';

describe('tokenising and folding for the index', () => {
  it('keeps Azerbaijani and Cyrillic words whole', () => {
    expect(tokenizeWords('Azərbaycanla Monteneqro arasında təhlükəsizlik')).toEqual(['Azərbaycanla', 'Monteneqro', 'arasında', 'təhlükəsizlik']);
    expect(tokenizeWords('Азербайджан и Черногория обсудили')).toEqual(['Азербайджан', 'и', 'Черногория', 'обсудили']);
    expect(tokenizeWords('Şəki, Ağdam; Gəncə')).toEqual(['Şəki', 'Ağdam', 'Gəncə']);
  });

  it('folds diacritics the way readers type names', () => {
    expect(fold('Dačić')).toBe('dacic');
    expect(fold('Đurić')).toBe('djuric');
    expect(fold('Azərbaycanın')).toBe('azerbaycanin');
    expect(fold('Türkiye’nin')).toBe("turkiye'nin");
    expect(fold('İstanbul')).toBe('istanbul');
  });

  it('drops function words and single letters but keeps numbers', () => {
    expect(normaliseTerm('the')).toBeNull();
    expect(normaliseTerm('s')).toBeNull();
    expect(normaliseTerm('7')).toBe('7');
    expect(normaliseTerm('COP29')).toBe('cop29');
  });
});
