import { Injectable } from '@nestjs/common';
import {
  CASE_CATEGORIES,
  CASE_TYPES,
  OVERVIEW_PARTIES,
  OVERVIEW_TREND_WEEKS,
  OVERVIEW_WORST_CASES,
  type CaseCategory,
  type CaseType,
  type OverdueCaseRow,
  type OverviewCounts,
  type OverviewDto,
  type OverviewParty,
  type OverviewTrendWeek,
} from '@tiep-dan/contracts';
import { CITIZEN_RULE_IDS } from '@tiep-dan/workflows';
import type { Actor } from '../access/actor';
import { openCaseGroups, worstOverdueCases, type OpenCaseGroupRow } from '../cases/case-read-model';
import { activeCommunesOfProvince, agencyNames, neighbourhoodNames } from '../organisation/organisation-read-model';
import { Clock } from '../platform/clock/clock';
import { ReadDatabase } from '../platform/database/read-database';
import { addDays, resolveArea, vnMonday, type DashboardArea } from './dashboard-area';
import { weeklyTrend } from './dashboard.read-model';
import { HotSpotsService } from './hot-spots.service';

/** Bits of GROUPING(party, owner_id, type, category, commune_id, neighbourhood_id): 1 = that column is rolled up. */
const SET_TOTAL = 0b111111;
const SET_PARTY = 0b001111;
const SET_TYPE = 0b110111;
const SET_CATEGORY = 0b111011;
const SET_COMMUNE = 0b111101;
const SET_NEIGHBOURHOOD = 0b111100;

type GroupRow = OpenCaseGroupRow;

@Injectable()
export class OverviewService {
  constructor(
    /** The overview reads from a replica when there is one (read-database.ts). */
    private readonly db: ReadDatabase,
    private readonly clock: Clock,
    private readonly hotSpots: HotSpotsService,
  ) {}

  async overview(actor: Actor, communeId?: string): Promise<OverviewDto> {
    const area = await resolveArea(this.db, actor, communeId);
    const now = this.clock.now();
    const [groups, worst, trend, hotSpots, communes] = await Promise.all([
      this.groups(area, now),
      this.worstOverdue(area, now),
      this.trend(area, now),
      this.hotSpots.active(area, this.db),
      this.communesOf(area),
    ]);
    const names = await this.names(groups);
    const counts = (r: GroupRow): OverviewCounts => ({
      open: r.open,
      dueSoon: r.due_soon,
      overdue: r.overdue,
    });
    const of = (set: number) => groups.filter((r) => r.g === set);
    const byOverdue = <T extends OverviewCounts>(a: T, b: T) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open;
    const total = of(SET_TOTAL)[0];
    const blamed = (r: GroupRow): r is GroupRow & { party: OverviewParty } =>
      (OVERVIEW_PARTIES as readonly (string | null)[]).includes(r.party);
    return {
      area: { kind: area.kind, id: area.id, name: area.name },
      asOf: now.toISOString(),
      totals: total ? counts(total) : { open: 0, dueSoon: 0, overdue: 0 },
      // Cases waiting for the citizen are nobody's delay: no row.
      byAgency: of(SET_PARTY)
        .filter(blamed)
        .map((r) => {
          const agencyId = r.party === 'agency' ? r.owner_id : null;
          const communeId = r.party === 'desk' || r.party === 'leader' ? r.owner_id : null;
          return {
            party: r.party,
            agencyId,
            agencyName: agencyId ? (names.get(agencyId) ?? null) : null,
            communeId,
            communeName: communeId ? (names.get(communeId) ?? null) : null,
            ...counts(r),
            maxDaysOverdue: r.max_days_overdue ?? 0,
          };
        })
        .sort((a, b) => byOverdue(a, b) || b.maxDaysOverdue - a.maxDaysOverdue),
      byType: of(SET_TYPE)
        .map((r) => ({ type: r.type as CaseType, ...counts(r) }))
        .sort((a, b) => CASE_TYPES.indexOf(a.type) - CASE_TYPES.indexOf(b.type)),
      byCategory: of(SET_CATEGORY)
        .map((r) => ({ category: r.category as CaseCategory, ...counts(r) }))
        .sort((a, b) => CASE_CATEGORIES.indexOf(a.category) - CASE_CATEGORIES.indexOf(b.category)),
      byNeighbourhood: of(SET_NEIGHBOURHOOD)
        .map((r) => ({
          neighbourhoodId: r.neighbourhood_id,
          neighbourhoodName: r.neighbourhood_id ? (names.get(r.neighbourhood_id) ?? null) : null,
          communeId: r.commune_id as string,
          communeName: names.get(r.commune_id as string) ?? '',
          ...counts(r),
        }))
        .sort(byOverdue),
      // Every commune of the area from the organisation, a quiet one with zeros (a commune with no open case is news too).
      byCommune: [
        ...communes,
        // A case of a commune no longer active still counts somewhere.
        ...of(SET_COMMUNE)
          .filter((g) => !communes.some((c) => c.id === g.commune_id))
          .map((g) => ({
            id: g.commune_id as string,
            name: names.get(g.commune_id as string) ?? '',
          })),
      ]
        .map((c) => {
          const r = of(SET_COMMUNE).find((g) => g.commune_id === c.id);
          return {
            communeId: c.id,
            communeName: c.name,
            ...(r ? counts(r) : { open: 0, dueSoon: 0, overdue: 0 }),
          };
        })
        .sort((a, b) => byOverdue(a, b) || a.communeName.localeCompare(b.communeName, 'vi')),
      worstOverdue: worst,
      trend,
      hotSpots,
    };
  }

  /** One pass over the open cases of the area, every grouping at once (the cases context's `openCaseGroups`). */
  private groups(area: DashboardArea, now: Date): Promise<GroupRow[]> {
    return openCaseGroups(this.db, area.scope, now, CITIZEN_RULE_IDS);
  }

  private async worstOverdue(area: DashboardArea, now: Date): Promise<OverdueCaseRow[]> {
    const rows = await worstOverdueCases(this.db, area.scope, now, OVERVIEW_WORST_CASES);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      type: r.type,
      category: r.category,
      summary: r.summary,
      leadAgencyId: r.lead_agency_id,
      leadAgencyName: r.lead_agency_name,
      pendingParty: r.pending_party,
      communeName: r.commune_name,
      neighbourhoodName: r.neighbourhood_name,
      dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
      overdueSince: new Date(r.overdue_since).toISOString(),
      daysOverdue: r.days_overdue,
    }));
  }

  /**
   * Received, resolved and deadlines passed per Vietnam week, the current week last: read from the weekly counters the
   * database keeps (dashboard migration), a dozen rows per commune whatever the number of cases.
   */
  private async trend(area: DashboardArea, now: Date): Promise<OverviewTrendWeek[]> {
    const firstMonday = addDays(vnMonday(now), -7 * (OVERVIEW_TREND_WEEKS - 1));
    return weeklyTrend(this.db, area.scope, firstMonday, vnMonday(now), OVERVIEW_TREND_WEEKS);
  }

  /** The active communes of the area (the commune itself for a commune view), as the organisation lists them. */
  private async communesOf(area: DashboardArea): Promise<{ id: string; name: string }[]> {
    if (area.kind === 'province') return activeCommunesOfProvince(this.db, area.id);
    const names = await agencyNames(this.db, [area.id]);
    return names.has(area.id) ? [{ id: area.id, name: names.get(area.id) as string }] : [];
  }

  private async names(groups: GroupRow[]): Promise<Map<string, string>> {
    const agencyIds = [...new Set(groups.flatMap((r) => [r.owner_id, r.commune_id]).filter((id): id is string => !!id))];
    const neighbourhoodIds = [...new Set(groups.map((r) => r.neighbourhood_id).filter((id): id is string => !!id))];
    const [agencies, neighbourhoods] = await Promise.all([agencyNames(this.db, agencyIds), neighbourhoodNames(this.db, neighbourhoodIds)]);
    return new Map([...agencies, ...neighbourhoods]);
  }
}
