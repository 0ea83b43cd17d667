/**
 * Folds Vietnamese text for search: lower case, no diacritics, đ → d, single spaces. Officers often type without
 * accents ("nguyen van a"); both the stored text and the query are folded the same way.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query as a tsquery that matches all of them as prefixes ("nguy van" finds "Nguyễn Văn"). */
export function toPrefixQuery(query: string): string | null {
  const words = foldVietnamese(query).split(' ').filter(Boolean).slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}
