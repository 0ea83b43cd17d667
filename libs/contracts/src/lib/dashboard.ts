/** Contracts of the `dashboard` context: the leader overview, hot spots and the periodic reports. */
import type { BilingualText, CaseCategory, CaseType } from './case-types';
import type { PendingParty } from './cases';

/**
 * `GET /api/dashboard/overview`: a commune leader sees their commune; a province leader the province, or one commune
 * of it with `communeId`. Inspectors see the same, read-only.
 */
export interface OverviewQuery {
  communeId?: string;
}

/** The three numbers every row of the overview carries (open = not closed; overdue and due soon are open cases). */
export interface OverviewCounts {
  open: number;
  dueSoon: number;
  overdue: number;
}

/** The parties an overview row can blame: whoever must act, except the citizen (and nobody, for closed cases). */
export const OVERVIEW_PARTIES = [
  'agency',
  'desk',
  'leader',
  'decider',
] as const satisfies readonly PendingParty[];
export type OverviewParty = (typeof OVERVIEW_PARTIES)[number];

/**
 * The open cases waiting for one party's step (`pendingParty`): a lead agency, a commune's reception desk, a commune's
 * leader giving the direction on a visit, or the competent person deciding (one row). Cases waiting for the citizen are
 * in no row. `GET /api/cases` with `pendingParty` and `leadAgencyId` (agency) or `communeId` (desk, leader) lists them.
 */
export interface OverviewAgencyRow extends OverviewCounts {
  party: OverviewParty;
  /** The lead agency of an 'agency' row; null there for cases not yet assigned to an agency, and on the other rows. */
  agencyId: string | null;
  agencyName: string | null;
  /** The commune of a 'desk' or 'leader' row; null on the other rows. */
  communeId: string | null;
  communeName: string | null;
  /** Whole days since the oldest overdue case of this row passed its deadline (0 when none is overdue). */
  maxDaysOverdue: number;
}

export interface OverviewTypeRow extends OverviewCounts {
  type: CaseType;
}

export interface OverviewCategoryRow extends OverviewCounts {
  category: CaseCategory;
}

export interface OverviewAreaRow extends OverviewCounts {
  /** Null: cases recorded without a neighbourhood. */
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  communeId: string;
  communeName: string;
}

export interface OverviewCommuneRow extends OverviewCounts {
  communeId: string;
  communeName: string;
}

/** One overdue case, worst (longest overdue) first. Never the denouncer's identity: no citizen names at all. */
export interface OverdueCaseRow {
  id: string;
  code: string;
  type: CaseType;
  category: CaseCategory;
  summary: string;
  leadAgencyId: string | null;
  leadAgencyName: string | null;
  /** Whose step it waits for: the agency's delay, or the desk's, the leader's, the decider's. */
  pendingParty: PendingParty;
  communeName: string;
  neighbourhoodName: string | null;
  dueAt: string | null;
  overdueSince: string;
  daysOverdue: number;
}

/** One week (Monday to Sunday, Vietnam time) of the trend. */
export interface OverviewTrendWeek {
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  received: number;
  /** Cases closed during the week. */
  resolved: number;
  /** Cases whose deadline passed during the week. */
  becameOverdue: number;
}

export interface OverviewDto {
  area: { kind: 'commune' | 'province'; id: string; name: string };
  asOf: string;
  totals: OverviewCounts;
  byAgency: OverviewAgencyRow[];
  byType: OverviewTypeRow[];
  byCategory: OverviewCategoryRow[];
  byNeighbourhood: OverviewAreaRow[];
  byCommune: OverviewCommuneRow[];
  worstOverdue: OverdueCaseRow[];
  trend: OverviewTrendWeek[];
  hotSpots: HotSpotDto[];
}

/** How many weeks the trend shows, and how many overdue cases the "worst first" list shows. */
export const OVERVIEW_TREND_WEEKS = 12;
export const OVERVIEW_WORST_CASES = 10;

// ---- hot spots -------------------------------------------------------------------------------------------------------

export const HOT_SPOT_KINDS = [
  'cluster',
  'group_visit',
  'repeat_complaint',
] as const;
export type HotSpotKind = (typeof HOT_SPOT_KINDS)[number];

/** Thresholds of the hot-spot rules, configurable per installation (`PUT /api/dashboard/hot-spot-settings`). */
export interface HotSpotSettings {
  /** The short window, in days, counted back from now. */
  windowDays: number;
  /** Cases of one neighbourhood and category within the window that make a cluster. */
  clusterMinCases: number;
  /** Citizens coming together that make a group visit (đông người: 5 or more, Luật Tiếp công dân Art. 27). */
  groupMinPeople: number;
}

export const DEFAULT_HOT_SPOT_SETTINGS: HotSpotSettings = {
  windowDays: 14,
  clusterMinCases: 5,
  groupMinPeople: 5,
};

export interface HotSpotDto {
  id: string;
  kind: HotSpotKind;
  communeId: string;
  communeName: string;
  neighbourhoodId: string | null;
  neighbourhoodName: string | null;
  category: CaseCategory | null;
  caseIds: string[];
  caseCount: number;
  detectedAt: string;
  title: BilingualText;
}

// ---- periodic reports ------------------------------------------------------------------------------------------------

/** `GET /api/dashboard/reports` (JSON) and `/api/dashboard/reports.xlsx`: dates are Vietnam calendar days, inclusive. */
export interface PeriodReportQuery {
  from: string;
  to: string;
  communeId?: string;
}

export const REPORT_FORMS = ['01/TCD', '01/XLD'] as const;
export type ReportForm = (typeof REPORT_FORMS)[number];

export interface ReportColumn {
  key: string;
  /** The column heading as the form names it (Vietnamese) with an English gloss. */
  label: BilingualText;
}

export interface ReportRow {
  /** The commune the row counts; null on the total row. */
  communeId: string | null;
  communeName: string;
  values: Record<string, number>;
}

export interface ReportTable {
  form: ReportForm;
  title: BilingualText;
  columns: ReportColumn[];
  rows: ReportRow[];
  total: ReportRow;
}

export interface PeriodReportDto {
  from: string;
  to: string;
  area: { kind: 'commune' | 'province'; id: string; name: string };
  /** Form 01/TCD: citizen reception (`reception` cases). */
  reception: ReportTable;
  /** Form 01/XLD: letters (complaints, denunciations, proposals and reflections). */
  letters: ReportTable;
}
