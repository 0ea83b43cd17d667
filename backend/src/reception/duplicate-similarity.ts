import { foldVietnamese } from '../cases/search-text';

/** A summary this close (Dice coefficient of character trigrams, accents folded) to an earlier one is "very similar". */
export const SIMILAR_SUMMARY_THRESHOLD = 0.55;

function trigrams(text: string): Map<string, number> {
  const folded = ` ${foldVietnamese(text)} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= folded.length; i++) {
    const g = folded.slice(i, i + 3);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** 0–1: how alike two summaries are, ignoring accents, case and punctuation (officers often type without accents). */
export function summarySimilarity(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) {
    total += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
