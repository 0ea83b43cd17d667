import { FOCUS_SHARE } from '@tiep-dan/contracts';

/**
 * How many villages a commune may choose for the focused quality programme: 20% of its villages, rounded down, and
 * at least one (a commune of four villages still chooses one). Hà Giang, Đồng Văn 2019: "mỗi xã lấy 20% số thôn".
 */
export function focusQuota(villageCount: number): number {
  if (villageCount <= 0) return 0;
  return Math.max(1, Math.floor(villageCount * FOCUS_SHARE + 1e-9));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A focused village's own scorecard: each criterion earns weight × min(value / target, 1). */
export function focusPoints(weight: number, target: number, value: number): number {
  return target > 0 ? round2(weight * Math.min(value / target, 1)) : 0;
}

export const sumPoints = (points: readonly number[]) => round2(points.reduce((a, b) => a + b, 0));
