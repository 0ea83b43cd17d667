import type { ScorecardLineDto, ScorecardMetric, TeamScorecardDto } from '@tiep-dan/contracts';

export const METRIC_LABELS: Record<ScorecardMetric, { vi: string; en: string }> = {
  meetings_held: { vi: 'Số buổi sinh hoạt tổ', en: 'Meetings held' },
  opinions_collected: {
    vi: 'Ý kiến, nguyện vọng thu thập',
    en: 'Opinions collected',
  },
  cases_raised: {
    vi: 'Kiến nghị, phản ánh chuyển cấp trên',
    en: 'Cases raised',
  },
  cases_resolved_on_time: {
    vi: 'Kiến nghị được giải quyết đúng hạn',
    en: 'Cases resolved on time',
  },
  propaganda_sessions: {
    vi: 'Buổi tuyên truyền, vận động',
    en: 'Propaganda sessions',
  },
  people_reached: {
    vi: 'Lượt người dân được tuyên truyền',
    en: 'People reached',
  },
  attendance_rate: {
    vi: 'Tỷ lệ thành viên dự sinh hoạt (%)',
    en: 'Member attendance (%)',
  },
};

export interface Criterion {
  metric: ScorecardMetric;
  weight: number;
  target: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Each criterion earns weight × min(value / target, 1): meeting the target earns the full weight, more earns no extra.
 * A criterion weighted 0 is switched off: it is neither scored nor shown.
 */
export function scoreLines(
  values: Partial<Record<ScorecardMetric, number>>,
  criteria: readonly Criterion[],
): { lines: ScorecardLineDto[]; total: number } {
  const lines = criteria
    .filter((c) => c.weight > 0)
    .map((c): ScorecardLineDto => {
      const value = values[c.metric] ?? 0;
      return {
        metric: c.metric,
        label: METRIC_LABELS[c.metric],
        value,
        target: c.target,
        weight: c.weight,
        points: c.target > 0 ? round2(c.weight * Math.min(value / c.target, 1)) : 0,
      };
    });
  return { lines, total: round2(lines.reduce((sum, l) => sum + l.points, 0)) };
}

/** Competition ranking ("1, 1, 3"): equal totals share a rank; the list comes back best first, then by name. */
export function rankTeams<T extends Pick<TeamScorecardDto, 'total' | 'teamName' | 'rank'>>(cards: T[]): T[] {
  const sorted = [...cards].sort((a, b) => b.total - a.total || a.teamName.localeCompare(b.teamName, 'vi'));
  sorted.forEach((card, i) => {
    const previous = sorted[i - 1];
    card.rank = previous && previous.total === card.total ? previous.rank : i + 1;
  });
  return sorted;
}
