import type {
  CaseCategory,
  ComplaintOutcome,
  ReceptionContentType,
  ReceptionLead,
  ReceptionRefusalReason,
  ReceptionSessionKind,
} from '@tiep-dan/contracts';

/**
 * The facts the periodic forms count, read once per report (report-facts.reader.ts) and counted in memory by the form
 * definitions: every figure and the list behind it come from the same facts.
 */

/** A commune: one row of every form. */
export interface ReportUnit {
  id: string;
  name: string;
}

/** What a petition's matter may be (a visit's content type, a letter's matter type). */
export type MatterType = ReceptionContentType;

/** A matter brought at a visit, as its reception case shows it. */
export interface VisitMatter {
  caseId: string;
  code: string;
  summary: string;
  contentType: MatterType;
  /** The desk confirmed it repeats an earlier case (`duplicate_of`): "tiếp nhiều lần" in 01/TCD. */
  repeat: boolean;
}

/** A visit (lượt tiếp) logged in the period. */
export interface VisitFact {
  id: string;
  communeId: string;
  seq: number;
  at: Date;
  /** People who came together (1 for a citizen alone). */
  people: number;
  sessionKind: ReceptionSessionKind;
  /** Leader's sessions: the head in person or an authorised deputy. */
  ledBy: ReceptionLead | null;
  /** Refused under Luật Tiếp công dân Art. 9: recorded, not received. */
  refusal: ReceptionRefusalReason | null;
  matters: VisitMatter[];
}

/** A leader's session (kỳ tiếp) held in the period. */
export interface SessionFact {
  id: string;
  communeId: string;
  /** Vietnam calendar day, YYYY-MM-DD. */
  day: string;
  kind: Exclude<ReceptionSessionKind, 'regular'>;
  ledBy: ReceptionLead;
}

/**
 * How the handling of a matter ended (xử lý đơn, Thông tư 05/2021/TT-TTCP), as of the end of the period:
 * accepted for resolution (thuộc thẩm quyền), not accepted on a lawful ground (thuộc thẩm quyền, không thụ lý), guided
 * or forwarded to the competent body (không thuộc thẩm quyền), or not eligible (archived, returned, refused, withdrawn).
 */
export type MatterOutcome = 'accepted' | 'not_accepted' | 'guided' | 'forwarded' | 'not_eligible';

/**
 * Where the matter stood when it arrived (the forms' "tình trạng giải quyết"): never handled before, being handled
 * elsewhere (in time or overdue), or already resolved once or twice (a second complaint; a repeat of a closed case).
 */
export type PriorStatus = 'none' | 'in_progress' | 'overdue' | 'resolved_once' | 'resolved_twice';

/** One matter (vụ việc): the case that handles it (a visit's statutory case when one was opened). */
export interface MatterFact {
  caseId: string;
  code: string;
  summary: string;
  type: MatterType;
  category: CaseCategory;
  /** A second complaint (`second_complaint_of`). */
  secondLevel: boolean;
  prior: PriorStatus;
  outcome: MatterOutcome | null;
  outcomeAt: Date | null;
}

/**
 * One petition (đơn): a registered letter, a letter-channel case registered without a letter, or what a visit brought
 * (the form 01/XLD counts the petitions received at reception too). Its matters are in the petition's order.
 */
export interface PetitionFact {
  source: 'visit' | 'letter' | 'case';
  id: string;
  communeId: string;
  code: string;
  summary: string;
  receivedAt: Date;
  /** People who signed (a letter) or came (a visit); more than one is "đơn có nhiều người đứng tên". */
  signatories: number;
  matters: MatterFact[];
}

/** How the resolution of an accepted complaint or denunciation ended, if it has. */
export type ResolutionFinish = 'decision' | 'conclusion' | 'withdrawal' | 'escalation';

/** A complaint or denunciation accepted for resolution (thụ lý) and not finished before the period. */
export interface ResolutionFact {
  caseId: string;
  code: string;
  summary: string;
  communeId: string;
  type: 'complaint' | 'denunciation';
  /** The petition it came in (a letter, a visit, or the case itself): "đơn" of the KQGQ forms. */
  petitionKey: string;
  secondLevel: boolean;
  /** Where it stood on arrival: a repeat of an overdue or concluded denunciation is "tố cáo tiếp". */
  prior: PriorStatus;
  acceptedAt: Date;
  finish: ResolutionFinish | null;
  finishedAt: Date | null;
  /** A complaint's decision: upheld (đúng), partly upheld (đúng một phần), rejected (sai). */
  outcome: ComplaintOutcome | null;
  /** The resolution deadline passed before it finished (or before the period ended, unfinished). */
  late: boolean;
  /** Suspended (tạm đình chỉ) at some moment of the period. */
  suspendedInPeriod: boolean;
}

export interface ReportFacts {
  /** The period: [from, to) as instants, and the same as Vietnam days (inclusive). */
  from: Date;
  to: Date;
  fromDay: string;
  toDay: string;
  units: ReportUnit[];
  visits: VisitFact[];
  sessions: SessionFact[];
  /** Petitions received in the period, and earlier ones whose handling had not ended when it began. */
  petitions: PetitionFact[];
  resolutions: ResolutionFact[];
}

/** Where a petition stands in the period. */
export function receivedInPeriod(p: PetitionFact, f: ReportFacts): boolean {
  return p.receivedAt >= f.from;
}

/** Every matter has its handling outcome before the end of the period (Số đơn đã xử lý). */
export function isProcessed(p: PetitionFact): boolean {
  return p.matters.every((m) => m.outcome !== null);
}

/** A petition is classed by its first matter (the forms count a petition once). */
export function firstMatter(p: PetitionFact): MatterFact {
  return p.matters[0];
}

const ELIGIBLE: ReadonlySet<MatterOutcome> = new Set(['accepted', 'not_accepted', 'guided', 'forwarded']);
export const isEligible = (o: MatterOutcome | null): boolean => o !== null && ELIGIBLE.has(o);
export const isWithinCompetence = (o: MatterOutcome | null): boolean => o === 'accepted' || o === 'not_accepted';
export const isOutsideCompetence = (o: MatterOutcome | null): boolean => o === 'guided' || o === 'forwarded';

/** Processed and eligible (Đủ điều kiện xử lý), as classed by its first matter. */
export function isEligiblePetition(p: PetitionFact): boolean {
  return isProcessed(p) && isEligible(firstMatter(p).outcome);
}

/** The eligible matters of the eligible petitions: the forms' "số vụ việc" once handled. */
export function eligibleMatters(p: PetitionFact): MatterFact[] {
  return isEligiblePetition(p) ? p.matters.filter((m) => isEligible(m.outcome)) : [];
}
