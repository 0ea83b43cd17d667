import { foldVietnamese, toPrefixQuery } from './search-text';
import { formatCaseCode } from './case-code';

describe('foldVietnamese', () => {
  it('drops diacritics, folds đ and case, keeps words', () => {
    expect(foldVietnamese('Nguyễn Văn Đức — tranh chấp đất đai, Tổ 3!')).toBe('nguyen van duc tranh chap dat dai to 3');
    expect(foldVietnamese('ĐỀ NGHỊ bồi thường')).toBe('de nghi boi thuong');
  });

  it('builds a prefix query of all words, or nothing for an empty query', () => {
    expect(toPrefixQuery('Nguy  văn')).toBe('nguy:* & van:*');
    expect(toPrefixQuery(' ,; ')).toBeNull();
  });
});

describe('formatCaseCode', () => {
  it('pads the number to six digits', () => {
    expect(formatCaseCode('KN', 2026, 123)).toBe('KN-2026-000123');
  });
});
