/** Contracts of the `mobilization` context (requests, responses, enums shared by backend and frontend). */
import type { CaseCategory } from './case-types';
import type { GoodPracticeStatus, RecognitionLevel } from './bloc';
import type { DialogueOpinionInput } from './dialogues';

/** Roles inside a mobilization team (tổ dân vận). */
export const TEAM_MEMBER_ROLES = [
  'team_lead',
  'party_cell_secretary',
  'neighbourhood_head',
  'fatherland_front',
  'womens_union',
  'farmers_union',
  'veterans_union',
  'youth_union',
  'respected_elder',
  'ethnic_respected_person',
] as const;
export type TeamMemberRole = (typeof TEAM_MEMBER_ROLES)[number];

/** What a team's month is scored on; each criterion's weight and monthly target are configurable. */
export const SCORECARD_METRICS = [
  'meetings_held',
  'opinions_collected',
  'cases_raised',
  'cases_resolved_on_time',
  'propaganda_sessions',
  'people_reached',
  /** Attendance over the members serving on each meeting's date, in percent (0 weight: switched off by default). */
  'attendance_rate',
] as const;
export type ScorecardMetric = (typeof SCORECARD_METRICS)[number];

export interface TeamMemberInput {
  fullName: string;
  role: TeamMemberRole;
  phone?: string;
  /** ISO dates (YYYY-MM-DD) of the member's term. */
  termStart: string;
  termEnd?: string;
}

export interface CreateTeamRequest {
  neighbourhoodId: string;
  name: string;
  termStart: string;
  termEnd?: string;
  members?: TeamMemberInput[];
}

export interface TeamTaskInput {
  memberId: string;
  description: string;
  dueDate?: string;
}

export interface CreateMeetingRequest {
  /** ISO date (YYYY-MM-DD); the meeting counts in that month's scorecard. */
  date: string;
  attendance: number;
  topics: string[];
  notes?: string;
  propagandaSessions?: number;
  peopleReached?: number;
  opinions: DialogueOpinionInput[];
  tasks?: TeamTaskInput[];
}

export interface TeamMemberDto {
  id: string;
  fullName: string;
  role: TeamMemberRole;
  phone: string | null;
  termStart: string;
  termEnd: string | null;
}

export interface TeamOpinionDto {
  id: string;
  seq: number;
  raisedBy: string | null;
  content: string;
  category: CaseCategory;
  caseId: string | null;
  caseCode: string | null;
}

export interface TeamTaskDto {
  id: string;
  memberId: string;
  memberName: string;
  description: string;
  dueDate: string | null;
  doneAt: string | null;
}

export interface TeamMeetingDto {
  id: string;
  teamId: string;
  date: string;
  attendance: number;
  topics: string[];
  notes: string | null;
  propagandaSessions: number;
  peopleReached: number;
  opinions: TeamOpinionDto[];
  tasks: TeamTaskDto[];
}

export interface TeamSummaryDto {
  id: string;
  name: string;
  communeId: string;
  communeName: string;
  neighbourhoodId: string;
  neighbourhoodName: string;
  termStart: string;
  termEnd: string | null;
  memberCount: number;
  leadName: string | null;
}

export interface TeamDetailDto extends TeamSummaryDto {
  members: TeamMemberDto[];
  meetings: TeamMeetingDto[];
  /** Whether the caller may record meetings and raise cases for this team. */
  canRecord: boolean;
}

export interface ScorecardCriterionDto {
  metric: ScorecardMetric;
  label: { vi: string; en: string };
  /** Points the criterion is worth when its target is met (weights usually add up to 100). */
  weight: number;
  /** Monthly value that earns the full weight. */
  target: number;
}

export interface UpdateCriterionRequest {
  metric: ScorecardMetric;
  weight: number;
  target: number;
}
export interface UpdateCriteriaRequest {
  criteria: UpdateCriterionRequest[];
}

export interface ScorecardLineDto {
  metric: ScorecardMetric;
  label: { vi: string; en: string };
  value: number;
  target: number;
  weight: number;
  /** weight × min(value / target, 1), rounded to 2 decimals. */
  points: number;
}

export interface TeamScorecardDto {
  teamId: string;
  teamName: string;
  neighbourhoodName: string;
  /** YYYY-MM. */
  month: string;
  lines: ScorecardLineDto[];
  total: number;
  /** 1 = best in the commune that month. */
  rank: number;
  /** The members who served during that month (membership changes are dated). */
  members: { id: string; fullName: string; role: TeamMemberRole }[];
}

export interface CommuneRankingDto {
  communeId: string;
  communeName: string;
  month: string;
  teams: TeamScorecardDto[];
}

export interface GoodPracticeInput {
  year: number;
  title: string;
  description: string;
}

/**
 * A "Dân vận khéo" (good mobilization practice) model: nominated with its results, reviewed by the bloc, recognised at
 * the commune or province level, then followed up where it is replicated. The yearly register lists the recognised ones.
 */
export interface GoodPracticeDto {
  id: string;
  teamId: string | null;
  teamName: string | null;
  communeId: string;
  communeName: string;
  year: number;
  title: string;
  description: string;
  results: string | null;
  /** Who carries it out (a team, a union, a person). */
  owner: string;
  status: GoodPracticeStatus;
  level: RecognitionLevel | null;
  reviewNote: string | null;
  decisionRef: string | null;
  recordedAt: string;
  recognisedAt: string | null;
  followUps: { id: string; followedOn: string; place: string; note: string }[];
}
