import type { Params } from '@angular/router';
import type { CaseCategory, CaseListQuery, CaseType, DeadlineStatus, PendingParty } from '@tiep-dan/contracts';
import { vnInstantOf } from '@tiep-dan/workflows/vn-date';
import type { MessageKey } from '../core/i18n/messages';

export const TYPE_LABEL: Record<CaseType, MessageKey> = {
  reception: 'overview.type.reception',
  complaint: 'overview.type.complaint',
  denunciation: 'overview.type.denunciation',
  proposal: 'overview.type.proposal',
  reflection: 'overview.type.reflection',
  commitment: 'overview.type.commitment',
};

export const CATEGORY_LABEL: Record<CaseCategory, MessageKey> = {
  land: 'overview.category.land',
  site_clearance: 'overview.category.site_clearance',
  resettlement: 'overview.category.resettlement',
  construction: 'overview.category.construction',
  social_policy: 'overview.category.social_policy',
  environment: 'overview.category.environment',
  other: 'overview.category.other',
};

export const STATUS_LABEL: Record<DeadlineStatus, MessageKey> = {
  none: 'overview.status.none',
  on_time: 'overview.status.on_time',
  due_soon: 'overview.status.due_soon',
  overdue: 'overview.status.overdue',
  suspended: 'overview.status.suspended',
};

/** The filters a drill-down carries in its URL (`/overview/cases?…`), the same names as `GET /api/cases`. */
export const DRILL_FILTERS = [
  'open',
  'overdue',
  'dueSoon',
  'leadAgencyId',
  'noLeadAgency',
  'pendingParty',
  'type',
  'category',
  'neighbourhoodId',
  'noNeighbourhood',
  'communeId',
  'receivedFrom',
  'receivedTo',
  'closedFrom',
  'closedTo',
] as const;
export type DrillFilter = (typeof DRILL_FILTERS)[number];
export type Drill = Partial<Record<DrillFilter, string>>;

/** Query parameters of the drill-down page → the list query of the cases API. */
export function listQueryOf(params: Params): CaseListQuery {
  const text = (name: DrillFilter): string | undefined =>
    typeof params[name] === 'string' && params[name] !== '' ? (params[name] as string) : undefined;
  const flag = (name: DrillFilter): boolean | undefined => (text(name) === undefined ? undefined : text(name) === 'true');
  const query: CaseListQuery = {
    open: flag('open'),
    overdue: flag('overdue'),
    dueSoon: flag('dueSoon'),
    leadAgencyId: text('leadAgencyId'),
    noLeadAgency: flag('noLeadAgency'),
    pendingParty: text('pendingParty') as PendingParty | undefined,
    type: text('type') as CaseType | undefined,
    category: text('category') as CaseCategory | undefined,
    neighbourhoodId: text('neighbourhoodId'),
    noNeighbourhood: flag('noNeighbourhood'),
    communeId: text('communeId'),
    receivedFrom: text('receivedFrom'),
    receivedTo: text('receivedTo'),
    closedFrom: text('closedFrom'),
    closedTo: text('closedTo'),
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as CaseListQuery;
}

/** The instant a Vietnam calendar day (`YYYY-MM-DD`) starts, as ISO. */
export function vnDayStartIso(day: string): string {
  return vnInstantOf(day).toISOString();
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export const REPORT_PERIODS = ['q1', 'q2', 'q3', 'q4', 'm6', 'm9', 'm12'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** First and last day (inclusive) of a reporting period of a year. */
export function periodDays(year: number, period: ReportPeriod): { from: string; to: string } {
  const [startMonth, endMonth] = {
    q1: [1, 3],
    q2: [4, 6],
    q3: [7, 9],
    q4: [10, 12],
    m6: [1, 6],
    m9: [1, 9],
    m12: [1, 12],
  }[period];
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return {
    from: `${year}-${pad(startMonth)}-01`,
    to: `${year}-${pad(endMonth)}-${pad(lastDay)}`,
  };
}
