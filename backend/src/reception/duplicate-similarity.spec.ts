import { SIMILAR_SUMMARY_THRESHOLD, summarySimilarity } from './duplicate-similarity';

describe('summarySimilarity', () => {
  it('sees the same matter typed without accents as very similar', () => {
    const s = summarySimilarity('Tranh chấp ranh giới đất với hộ liền kề', 'tranh chap ranh gioi dat voi ho lien ke tai to 3');
    expect(s).toBeGreaterThanOrEqual(SIMILAR_SUMMARY_THRESHOLD);
  });

  it('tells different matters apart', () => {
    const s = summarySimilarity('Tranh chấp ranh giới đất với hộ liền kề', 'Đề nghị hỗ trợ hộ nghèo mua bảo hiểm y tế');
    expect(s).toBeLessThan(SIMILAR_SUMMARY_THRESHOLD);
  });

  it('is 1 for identical text and 0 for empty text', () => {
    expect(summarySimilarity('Ô nhiễm tiếng ồn', 'o nhiem tieng on')).toBe(1);
    expect(summarySimilarity('', '')).toBe(0);
  });
});
