import type { BilingualText, CaseCategory, HotSpotDto, HotSpotKind, OverviewTrendWeek } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../access/actor';
import { caseScopeSql } from '../access/policy';
import { agencyNameSql, neighbourhoodNameSql } from '../organisation/organisation-read-model';
import { addDays } from './dashboard-area';

/** The dashboard context's reads of its own tables (hot_spots, case_week_counts) (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

const CATEGORY_LABELS: Record<CaseCategory, BilingualText> = {
  land: { vi: 'Đất đai', en: 'Land' },
  site_clearance: { vi: 'Giải phóng mặt bằng', en: 'Site clearance' },
  resettlement: { vi: 'Tái định cư', en: 'Resettlement' },
  construction: { vi: 'Xây dựng', en: 'Construction' },
  social_policy: { vi: 'Chính sách xã hội', en: 'Social policy' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  other: { vi: 'Khác', en: 'Other' },
};

interface HotSpotRow {
  id: string;
  kind: HotSpotKind;
  commune_id: string;
  commune_name: string;
  neighbourhood_id: string | null;
  neighbourhood_name: string | null;
  category: CaseCategory | null;
  case_ids: string[];
  case_count: number;
  detected_at: Date;
}

/** The flag's one-line title, in both languages (also the notification's title). */
export function hotSpotTitle(
  r: Pick<HotSpotRow, 'kind' | 'case_count' | 'category' | 'neighbourhood_name' | 'commune_name'>,
): BilingualText {
  const place = {
    vi: r.neighbourhood_name ? `${r.neighbourhood_name}, ${r.commune_name}` : r.commune_name,
    en: r.neighbourhood_name ? `${r.neighbourhood_name}, ${r.commune_name}` : r.commune_name,
  };
  const category = r.category ? CATEGORY_LABELS[r.category] : { vi: '', en: '' };
  switch (r.kind) {
    case 'cluster':
      return {
        vi: `Điểm nóng: ${r.case_count} đơn về ${category.vi.toLowerCase()} tại ${place.vi}`,
        en: `Hot spot: ${r.case_count} cases about ${category.en.toLowerCase()} in ${place.en}`,
      };
    case 'group_visit':
      return {
        vi: `Điểm nóng: đoàn đông người tại ${place.vi}`,
        en: `Hot spot: group visit from ${place.en}`,
      };
    case 'repeat_complaint':
      return {
        vi: `Điểm nóng: khiếu nại lặp lại sau quyết định tại ${place.vi}`,
        en: `Hot spot: repeated complaint after a decision in ${place.en}`,
      };
  }
}

/** The active flags in the scope, newest first (at most 50). */
export async function activeHotSpots(db: Queryable, caseScope: CaseScope): Promise<HotSpotDto[]> {
  const params: unknown[] = [];
  const scope = caseScopeSql(caseScope, params, 'h');
  const rows: HotSpotRow[] = await db.query(
    `SELECT h.id, h.kind, h.commune_id, ${agencyNameSql('h.commune_id')} AS commune_name, h.neighbourhood_id,
         ${neighbourhoodNameSql('h.neighbourhood_id')} AS neighbourhood_name, h.category, h.case_ids, h.case_count, h.detected_at
       FROM hot_spots h
       WHERE h.cleared_at IS NULL AND ${scope} ORDER BY h.detected_at DESC, h.id LIMIT 50`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    communeId: r.commune_id,
    communeName: r.commune_name,
    neighbourhoodId: r.neighbourhood_id,
    neighbourhoodName: r.neighbourhood_name,
    category: r.category,
    caseIds: r.case_ids,
    caseCount: r.case_count,
    detectedAt: new Date(r.detected_at).toISOString(),
    title: hotSpotTitle(r),
  }));
}

interface WeekCountRow {
  week: string;
  received: number;
  resolved: number;
  became_overdue: number;
}

/**
 * Received, resolved and deadlines passed per Vietnam week of the scope, `weeks` weeks from the Monday `firstMonday`
 * to `lastMonday`, the last week last (0 for a week without a row): read from the weekly counters the database keeps.
 */
export async function weeklyTrend(
  db: Queryable,
  caseScope: CaseScope,
  firstMonday: string,
  lastMonday: string,
  weeks: number,
): Promise<OverviewTrendWeek[]> {
  const params: unknown[] = [firstMonday, lastMonday];
  const scope = caseScopeSql(caseScope, params, 'w');
  const rows: WeekCountRow[] = await db.query(
    `SELECT to_char(w.week, 'YYYY-MM-DD') AS week, sum(w.received)::int AS received, sum(w.resolved)::int AS resolved,
         sum(w.became_overdue)::int AS became_overdue
       FROM case_week_counts w WHERE w.week >= $1::date AND w.week <= $2::date AND ${scope} GROUP BY w.week`,
    params,
  );
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  return Array.from({ length: weeks }, (_, i) => {
    const weekStart = addDays(firstMonday, 7 * i);
    const r = byWeek.get(weekStart);
    return {
      weekStart,
      received: r?.received ?? 0,
      resolved: r?.resolved ?? 0,
      becameOverdue: r?.became_overdue ?? 0,
    };
  });
}
