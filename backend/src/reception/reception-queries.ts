import type { BilingualText, CaseCategory, CaseType, ReceptionContentType, ReceptionDirectionDto, VisitCaseDto } from '@tiep-dan/contracts';
import { caseFactsOf, receptionAnswerOf, vnDateOf } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import type { CaseScope } from '../access/actor';
import { caseDeadlineStatus, caseFactsSql, hasPartyWithIdNumberSql, type DeadlineStatusRow } from '../cases/case-read-model';
import { stateLabel } from '../cases/machine-descriptions';
import { agencyNames } from '../organisation/organisation-read-model';
import { caseScopeSql } from '../access/policy';

/** The columns of a case the reception screens show, with the reception context the machine keeps. */
export interface VisitCaseRow extends DeadlineStatusRow<Date> {
  id: string;
  code: string;
  type: CaseType;
  machine_version: number;
  content_type: ReceptionContentType;
  category: CaseCategory;
  summary: string;
  state: string;
  version: number;
  received_at: Date;
  lead_agency_name: string | null;
  /** The machine's context (read with `caseFactsOf`). */
  context: unknown;
  /** The statutory case this matter opened (`cases.opened_from_case_id`), if any. */
  statutory: {
    id: string;
    code: string;
    type: CaseType;
    machine_version: number;
    state: string;
    deadline_rule_id: string | null;
    due_at: string | null;
  } | null;
  /** The earlier case the officer marked this matter a repeat of (`cases.duplicate_of`). */
  repeat_of: { id: string; code: string } | null;
}

/** The columns of `VisitCaseRow`, over the cases read model's `caseFactsSql` as `c` and a `reception_visit_cases` row as `vc`. */
export const VISIT_CASE_COLUMNS = `c.id, c.code, c.type, c.machine_version, vc.content_type, c.category, c.summary, c.state, c.version,
  c.deadline_rule_id, c.deadline_clock, c.due_at, c.due_soon_at, c.overdue_since, c.closed_at, c.received_at, c.lead_agency_name, c.context,
  c.statutory, c.repeat_of`;

export const VISIT_CASE_JOINS = `JOIN ${caseFactsSql} c ON c.id = vc.case_id`;

/** What the register and the visit show in place of a denouncer's identity (Luật Tố cáo 2018 Art. 47). */
export const SEALED_DENOUNCER = 'Người tố cáo (thông tin được giữ bí mật)';

/** Reception cases that still need the desk: no direction yet, or with an agency that has not answered. */
export const UNRESOLVED_RECEPTION_STATES = ['logged', 'assigned', 'reported'] as const;

function text(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** The leader's direction recorded by the reception machine (its context), in the desk's words. */
export function directionOf(row: Pick<VisitCaseRow, 'context' | 'lead_agency_name'>): ReceptionDirectionDto | null {
  const ctx = caseFactsOf('reception', row.context);
  const kind = ctx.direction;
  switch (kind) {
    case 'answer_on_spot':
      return {
        kind,
        text: receptionAnswerOf(ctx) ?? '',
        agencyName: null,
        dueDate: null,
      };
    case 'guide':
      return {
        kind,
        text: text(ctx.guidedTo) ?? '',
        agencyName: null,
        dueDate: null,
      };
    case 'refuse': {
      const refusal = ctx.refusal;
      return {
        kind,
        text: [refusal?.reason, refusal?.note].filter(Boolean).join(': '),
        agencyName: null,
        dueDate: null,
      };
    }
    case 'assign':
      return {
        kind,
        text: text(ctx.assignmentNote) ?? '',
        agencyName: row.lead_agency_name,
        dueDate: text(ctx.assignmentDueDate)?.slice(0, 10) ?? null,
      };
    default:
      return null;
  }
}

export function labelOf(row: Pick<VisitCaseRow, 'type' | 'machine_version' | 'state'>): BilingualText {
  return stateLabel(row.type, row.machine_version, row.state);
}

export function toVisitCase(row: VisitCaseRow, now: Date): VisitCaseDto {
  return {
    id: row.id,
    code: row.code,
    contentType: row.content_type,
    category: row.category,
    summary: row.summary,
    state: row.state,
    stateLabel: labelOf(row),
    version: row.version,
    dueAt: row.due_at ? new Date(row.due_at).toISOString() : null,
    deadlineStatus: caseDeadlineStatus(row, now),
    leadAgencyName: row.lead_agency_name,
    direction: directionOf(row),
    repeatOf: row.repeat_of ?? null,
    statutoryCase: row.statutory
      ? {
          id: row.statutory.id,
          code: row.statutory.code,
          type: row.statutory.type,
          stateLabel: stateLabel(row.statutory.type, row.statutory.machine_version, row.statutory.state),
          deadlineRuleId: row.statutory.deadline_rule_id,
          dueAt: row.statutory.due_at ? new Date(row.statutory.due_at).toISOString() : null,
        }
      : null,
  };
}

/** 'YYYY-MM-DD' of a `date` column (the pg driver may hand back a string or a Date at UTC midnight). */
export function isoDateOf(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** 'dd/mm/yyyy' of an instant, in Vietnam. */
export function vnDisplayDate(instant: Date): string {
  const iso = vnDateOf(instant);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The commune's name ('' when unknown). */
export async function communeName(tx: Pick<EntityManager, 'query'>, communeId: string): Promise<string> {
  return (await agencyNames(tx, [communeId])).get(communeId) ?? '';
}

/** A duplicate candidate: a case, and its matter's content type when a visit brought it. */
export type DuplicateRow = VisitCaseRow & { content_type: VisitCaseRow['content_type'] | null };

/**
 * Candidates for a duplicate: never a denunciation (letters, or one brought to the desk: that would tie the denouncer
 * to it), and never the statutory case a visit's matter opened (its reception case already stands for that visit).
 */
const NOT_DENUNCIATION = `c.type <> 'denunciation' AND vc.content_type IS DISTINCT FROM 'denunciation' AND c.opened_from_case_id IS NULL`;
const DUPLICATE_SELECT = `SELECT ${VISIT_CASE_COLUMNS} FROM ${caseFactsSql} c LEFT JOIN reception_visit_cases vc ON vc.case_id = c.id`;

/** Cases in the scope received since `since` with the ID number on a party or at a visit, newest first. */
export async function casesWithIdNumber(
  db: Pick<EntityManager, 'query'>,
  scope: CaseScope,
  idNumber: string,
  since: Date,
  limit: number,
): Promise<DuplicateRow[]> {
  const params: unknown[] = [idNumber, since];
  return db.query(
    `${DUPLICATE_SELECT} WHERE c.received_at >= $2 AND ${NOT_DENUNCIATION} AND ${caseScopeSql(scope, params)}
           AND (${hasPartyWithIdNumberSql('c.id', '$1')}
             OR EXISTS (SELECT 1 FROM reception_visits v WHERE v.id = vc.visit_id AND v.id_number = $1))
         ORDER BY c.received_at DESC LIMIT ${limit}`,
    params,
  );
}

/** Cases in the scope of a neighbourhood received since `since`, newest first. */
export async function casesOfNeighbourhood(
  db: Pick<EntityManager, 'query'>,
  scope: CaseScope,
  neighbourhoodId: string,
  since: Date,
  limit: number,
): Promise<DuplicateRow[]> {
  const params: unknown[] = [neighbourhoodId, since];
  return db.query(
    `${DUPLICATE_SELECT} WHERE c.neighbourhood_id = $1 AND c.received_at >= $2 AND ${NOT_DENUNCIATION} AND ${caseScopeSql(scope, params)}
         ORDER BY c.received_at DESC LIMIT ${limit}`,
    params,
  );
}
