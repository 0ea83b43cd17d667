import type { BilingualText, CaseCategory, SentimentLevel, TensionForecastDto, TensionLevel } from '@tiep-dan/contracts';

/**
 * Forecasting tensions before they become hot spots (Bắc Kạn: "kịp thời giải quyết những vấn đề phát sinh tại cơ sở,
 * không để hình thành điểm nóng"). What came in is grouped by neighbourhood and category, this period against the one
 * before; a group is to watch, or likely to turn into a tension, by these rules (local thresholds, kept as data):
 * - likely: a tension was noted; or at least LIKELY_ITEMS items and more than the period before; or an overdue open
 *   case with at least OVERDUE_LIKELY_ITEMS items;
 * - watch: a concern was noted; or at least WATCH_ITEMS items and more than before; or an overdue open case.
 * Groups already flagged as hot spots are not forecast: they are there.
 */
export const TENSION_RULES = {
  watchItems: 2,
  likelyItems: 4,
  overdueLikelyItems: 3,
} as const;

export interface SentimentItem {
  neighbourhoodId: string | null;
  category: CaseCategory;
  /** Notes carry a level; opinions and petitions do not. */
  level?: SentimentLevel;
  previous: boolean;
}

export interface GroupCount {
  neighbourhoodId: string | null;
  category: CaseCategory;
  count: number;
}

const key = (g: { neighbourhoodId: string | null; category: string }) => `${g.neighbourhoodId ?? ''}|${g.category}`;

export function forecastTensions(
  items: readonly SentimentItem[],
  overdue: readonly GroupCount[],
  hotSpots: readonly Omit<GroupCount, 'count'>[],
  neighbourhoodName: (id: string | null) => string | null,
): TensionForecastDto[] {
  const groups = new Map<
    string,
    {
      neighbourhoodId: string | null;
      category: CaseCategory;
      items: number;
      previous: number;
      concerns: number;
      tensions: number;
    }
  >();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k) ?? {
      neighbourhoodId: item.neighbourhoodId,
      category: item.category,
      items: 0,
      previous: 0,
      concerns: 0,
      tensions: 0,
    };
    if (item.previous) g.previous++;
    else {
      g.items++;
      if (item.level === 'concern') g.concerns++;
      if (item.level === 'tension') g.tensions++;
    }
    groups.set(k, g);
  }
  const overdueOf = new Map(overdue.map((o) => [key(o), o.count]));
  const hot = new Set(hotSpots.map(key));
  const forecasts: TensionForecastDto[] = [];
  for (const [k, g] of groups) {
    if (g.items === 0 || hot.has(k)) continue;
    const late = overdueOf.get(k) ?? 0;
    const rising = g.items > g.previous;
    const reasons: BilingualText[] = [
      {
        vi: `${g.items} ý kiến, phản ánh, đơn trong kỳ (kỳ trước ${g.previous})`,
        en: `${g.items} opinions, notes or petitions this period (${g.previous} the period before)`,
      },
    ];
    if (g.tensions)
      reasons.push({
        vi: `${g.tensions} ghi nhận có dấu hiệu căng thẳng`,
        en: `${g.tensions} noted as a tension`,
      });
    if (g.concerns)
      reasons.push({
        vi: `${g.concerns} ghi nhận có băn khoăn, bức xúc`,
        en: `${g.concerns} noted as a concern`,
      });
    if (late)
      reasons.push({
        vi: `${late} đơn quá hạn chưa giải quyết`,
        en: `${late} overdue case${late === 1 ? '' : 's'} unresolved`,
      });
    let level: TensionLevel | null = null;
    if (g.tensions > 0 || (g.items >= TENSION_RULES.likelyItems && rising) || (late > 0 && g.items >= TENSION_RULES.overdueLikelyItems))
      level = 'likely';
    else if (g.concerns > 0 || (g.items >= TENSION_RULES.watchItems && rising) || late > 0) level = 'watch';
    if (!level) continue;
    forecasts.push({
      neighbourhoodId: g.neighbourhoodId,
      neighbourhoodName: neighbourhoodName(g.neighbourhoodId),
      category: g.category,
      level,
      items: g.items,
      previous: g.previous,
      reasons,
    });
  }
  return forecasts.sort(
    (a, b) =>
      Number(b.level === 'likely') - Number(a.level === 'likely') ||
      b.items - a.items ||
      (a.neighbourhoodName ?? '').localeCompare(b.neighbourhoodName ?? '', 'vi') ||
      a.category.localeCompare(b.category),
  );
}
