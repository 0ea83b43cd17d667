import {
  REASSIGN_AGENCY_EVENT,
  type AgencyKind,
  type CaseEventDto,
  type CaseLinkRelation,
  type CasePartyDto,
  type CaseSummaryDto,
  type CaseType,
  type HandoffKind,
  type IntakeChannel,
} from '@tiep-dan/contracts';
import { factKey, pendingPartyOf, type DeadlineClockState } from '@tiep-dan/workflows';
import type { EntityManager } from 'typeorm';
import { type Actor } from '../access/actor';
import { userNameSql } from '../access/user-read-model';
import { letterRefSql, type LetterRef } from '../letters/letters-read-model';
import { agencyKindSql, agencyNameSql } from '../organisation/organisation-read-model';
import { sessionDateSql } from '../reception/reception-read-model';
import { CASE_ROW_COLUMNS, type CaseRow } from './case-engine';
import { seatHoldersSql, type SeatHolders, type seatOf } from './competence';
import type { RevealCaseFacts } from './identity-reveal.service';
import { stateLabel, takesEvent } from './machine-descriptions';
import { caseDeadlineStatus } from './case-read-model';
import { scopeOf, caseScopeSql } from '../access/policy';

/**
 * The cases context's own reads for the case list and the case page: the columns, the typed rows and the statements
 * (issue 20: services orchestrate, the SQL of a context sits in its read model). Each takes the caller's transaction or
 * read connection.
 */

type Queryable = Pick<EntityManager, 'query'>;

export interface SummaryRow {
  id: string;
  code: string;
  type: CaseType;
  state: string;
  version: number;
  machine_version: number;
  category: CaseSummaryDto['category'];
  channel: CaseSummaryDto['channel'];
  summary: string;
  commune_id: string;
  neighbourhood_id: string | null;
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  received_at: Date;
  deadline_rule_id: string | null;
  due_at: Date | null;
  due_soon_at: Date | null;
  overdue_since: Date | null;
  deadline_clock: DeadlineClockState | null;
  closed_at: Date | null;
  citizen_name: string | null;
}

/** The list columns of a case row `c` (`SummaryRow`); the lead agency's name comes from the organisation read model. */
export const SUMMARY_COLUMNS = `c.id, c.code, c.type, c.state, c.version, c.machine_version, c.category, c.channel, c.summary, c.commune_id,
  c.neighbourhood_id, c.lead_agency_id, ${agencyNameSql('c.lead_agency_id')} AS lead_agency_name, c.received_at, c.deadline_rule_id, c.due_at, c.due_soon_at,
  c.overdue_since, c.deadline_clock, c.closed_at,
  CASE WHEN c.type = 'denunciation' THEN NULL ELSE (SELECT p.full_name FROM case_parties p WHERE p.case_id = c.id ORDER BY p.role DESC, p.id LIMIT 1) END AS citizen_name`;

/** Who gave the case to its current handler, for `mayRevealIdentity` (select it with the case row `c`). */
const ASSIGNER_COLUMNS = `(SELECT e.actor_id FROM case_events e WHERE e.case_id = c.id AND e.type = 'HANDLER_ASSIGNED' ORDER BY e.seq DESC LIMIT 1) AS assigned_by_id,
  (SELECT e.actor_role FROM case_events e WHERE e.case_id = c.id AND e.type = 'HANDLER_ASSIGNED' ORDER BY e.seq DESC LIMIT 1) AS assigned_by_role`;

/** The case page's columns beside the engine's (CASE_ROW_COLUMNS) and the lead agency's kind. */
const DETAIL_COLUMNS = `c.category, c.channel, c.summary, c.neighbourhood_id, ${agencyNameSql('c.lead_agency_id')} AS lead_agency_name, c.received_at, c.deadline_rule_id, c.due_at,
  c.due_soon_at, c.overdue_since, c.closed_at,
  CASE WHEN c.type = 'denunciation' THEN NULL ELSE (SELECT p.full_name FROM case_parties p WHERE p.case_id = c.id ORDER BY p.role DESC, p.id LIMIT 1) END AS citizen_name,
  c.content, c.group_size, c.coordinating_agency_ids, c.machine_id, c.duplicate_of, c.second_complaint_of, c.forwarded_from,
  EXISTS (SELECT 1 FROM confidential_identities ci WHERE ci.case_id = c.id) AS has_identity, c.opened_from_case_id, c.letter_id,
  c.handed_off_from_case_id, c.handoff_kind,
  ${letterRefSql('c.letter_id')} AS letter,
  ${ASSIGNER_COLUMNS},
  COALESCE((SELECT json_agg(json_build_object('role', p.role, 'full_name', p.full_name, 'id_number', p.id_number,
      'address', p.address, 'phone', p.phone) ORDER BY p.role DESC, p.id)
    FROM case_parties p WHERE p.case_id = c.id), '[]'::json) AS parties,
  COALESCE((SELECT json_agg(json_build_object('seq', e.seq, 'type', e.type, 'payload', e.payload, 'actor_name', e.actor_name,
      'actor_full_name', ${userNameSql('e.actor_id')},
      'session_date', ${sessionDateSql(`e.payload ->> 'sessionId'`)},
      'actor_role', e.actor_role, 'at', e.at, 'from_state', e.from_state, 'to_state', e.to_state, 'note', e.note) ORDER BY e.seq)
    FROM case_events e WHERE e.case_id = c.id), '[]'::json) AS history`;

/** A case row with the case page's columns (CASE_ROW_COLUMNS, the lead agency's kind, DETAIL_COLUMNS). */
export type DetailRow = SummaryRow & {
  content: string;
  group_size: number;
  province_id: string;
  coordinating_agency_ids: string[];
  machine_id: string;
  remote_area: boolean;
  snapshot: { context?: Record<string, unknown> };
  duplicate_of: string | null;
  second_complaint_of: string | null;
  forwarded_from: string | null;
  has_identity: boolean;
  opened_from_case_id: string | null;
  handed_off_from_case_id: string | null;
  handoff_kind: HandoffKind | null;
  letter_id: string | null;
  letter: (LetterRef & { channel: CaseSummaryDto['channel'] }) | null;
  assigned_handler_id: string | null;
  assigned_by_id: string | null;
  assigned_by_role: string | null;
  lead_agency_kind: AgencyKind | null;
  /** The caller's full name, read with the lock for the history rows an event adds (`pageAfter`). */
  actor_full_name?: string | null;
  parties: { role: CasePartyDto['role']; full_name: string; id_number: string | null; address: string | null; phone: string | null }[];
  history: {
    seq: number;
    type: string;
    payload: Record<string, unknown>;
    actor_name: string | null;
    actor_full_name: string | null;
    session_date: string | null;
    actor_role: CaseEventDto['actorRole'];
    at: string;
    from_state: string | null;
    to_state: string;
    note: string | null;
  }[];
};

/** One page of the case list: `where` (conditions on `c`, parameters in `params`) in received order, `limit` rows at most. */
export async function caseSummaries(db: Queryable, where: string[], params: unknown[], limit: number): Promise<SummaryRow[]> {
  params.push(limit);
  return db.query(
    `SELECT ${SUMMARY_COLUMNS} FROM cases c
       WHERE ${where.join(' AND ')} ORDER BY c.received_at DESC, c.id DESC LIMIT $${params.length}`,
    params,
  );
}

/** The case page's row of a case in the caller's scope, or null. One round trip: the case, its parties and history. */
export async function caseDetailRow(db: Queryable, actor: Actor, caseId: string): Promise<DetailRow | null> {
  const params: unknown[] = [caseId];
  const rows: DetailRow[] = await db.query(
    `SELECT ${CASE_ROW_COLUMNS}, ${agencyKindSql('c.lead_agency_id')} AS lead_agency_kind, ${DETAIL_COLUMNS} FROM cases c
       WHERE c.id = $1 AND ${caseScopeSql(scopeOf(actor, 'case'), params)}`,
    params,
  );
  return rows[0] ?? null;
}

/**
 * Locks the case row for this transaction, if it lies in the caller's scope. One statement also reads the version as
 * the statement began (before any wait for the lock: `seen_version`), the lead agency's kind and, with `detail`, the
 * case page's columns and the caller's full name.
 */
export async function lockCaseInScope(
  tx: Queryable,
  actor: Actor,
  caseId: string,
  detail: boolean,
): Promise<(CaseRow & Partial<DetailRow>) | null> {
  const params: unknown[] = [caseId];
  const scope = caseScopeSql(scopeOf(actor, 'case'), params);
  params.push(actor.userId);
  const rows: (CaseRow & Partial<DetailRow>)[] = await tx.query(
    `SELECT ${CASE_ROW_COLUMNS}, (SELECT s.version FROM cases s WHERE s.id = $1) AS seen_version, ${agencyKindSql('c.lead_agency_id')} AS lead_agency_kind
         ${detail ? `, ${DETAIL_COLUMNS}, ${userNameSql(`$${params.length}`)} AS actor_full_name` : ''}
       FROM cases c
       WHERE c.id = $1 AND ${scope} FOR UPDATE OF c`,
    detail ? params : params.slice(0, -1),
  );
  return rows[0] ?? null;
}

/** A case linked to another, as `seatHoldersAndLinks` reads it. */
export interface LinkRow {
  relation: CaseLinkRelation;
  handoff_kind: HandoffKind | null;
  id: string;
  code: string;
  type: CaseType;
  machine_version: number;
  state: string;
  due_at: string | null;
  agency_name: string | null;
  accessible: boolean;
}

/**
 * In one round trip, the holders of the case's deciding seat (competence.ts) and the cases linked to `c` that the caller
 * may see: the reception case it was opened from, the statutory cases it opened, the other matters of its letter (never
 * a denunciation beside a named matter), and its handoffs either way (shown even outside the caller's scope).
 */
export async function seatHoldersAndLinks(
  db: Queryable,
  actor: Actor,
  c: Pick<DetailRow, 'id' | 'opened_from_case_id' | 'letter_id' | 'type' | 'handed_off_from_case_id' | 'handoff_kind'>,
  seat: ReturnType<typeof seatOf>,
): Promise<{ holders: SeatHolders | null; links: LinkRow[] } | undefined> {
  const params: unknown[] = [c.id, c.opened_from_case_id, c.letter_id, c.type, c.handed_off_from_case_id, c.handoff_kind];
  const inScope = caseScopeSql(scopeOf(actor, 'case'), params, 'l');
  const holders = seatHoldersSql(seat, params);
  const [found]: { holders: SeatHolders | null; links: LinkRow[] }[] = await db.query(
    `SELECT ${holders} AS holders, COALESCE((SELECT json_agg(k ORDER BY k.received_at, k.code) FROM (
         SELECT x.relation, x.handoff_kind, l.id, l.code, l.type, l.machine_version, l.state, l.due_at,
           COALESCE(${agencyNameSql('l.lead_agency_id')}, ${agencyNameSql('l.commune_id')}) AS agency_name,
           (${inScope}) AS accessible, l.received_at FROM (
           SELECT 'reception_case' AS relation, NULL::text AS handoff_kind, id FROM cases WHERE id = $2
           UNION ALL SELECT 'statutory_case', NULL, id FROM cases WHERE opened_from_case_id = $1
           UNION ALL SELECT 'same_letter', NULL, id FROM cases WHERE letter_id = $3 AND id <> $1
           UNION ALL SELECT 'handed_off_to', handoff_kind, id FROM cases WHERE handed_off_from_case_id = $1
           UNION ALL SELECT 'handed_off_from', $6::text, id FROM cases WHERE id = $5
         ) x JOIN cases l ON l.id = x.id
         WHERE (x.relation <> 'same_letter' OR (l.type <> 'denunciation' AND $4 <> 'denunciation'))
           AND (x.relation IN ('handed_off_to', 'handed_off_from') OR ${inScope})
       ) k), '[]'::json) AS links`,
    params,
  );
  return found;
}

/** The statutory case a reception case opened (its matter's case), if any: what a direction on the visit carries on to. */
export async function statutoryCaseOf(
  tx: Queryable,
  receptionCaseId: string,
): Promise<{ id: string; type: CaseType; state: string } | null> {
  const rows: { id: string; type: CaseType; state: string }[] = await tx.query(
    `SELECT s.id, s.type, s.state FROM cases s WHERE s.opened_from_case_id = $1`,
    [receptionCaseId],
  );
  return rows[0] ?? null;
}

/** What a proposal or reflection brought to the desk carries into its own case. */
export interface PetitionSource {
  category: CaseSummaryDto['category'];
  summary: string;
  content: string;
  received_at: Date;
  neighbourhood_id: string | null;
  group_size: number;
  commune_id: string;
  parties: { role: string; fullName: string; idNumber?: string; address?: string; phone?: string }[];
}

/** The reception case's facts and parties a petition opened from it takes over, or null. */
export async function petitionSource(tx: Queryable, receptionCaseId: string): Promise<PetitionSource | null> {
  const rows: PetitionSource[] = await tx.query(
    `SELECT c.category, c.summary, c.content, c.received_at, c.neighbourhood_id, c.group_size, c.commune_id,
         COALESCE((SELECT json_agg(json_strip_nulls(json_build_object('role', p.role, 'fullName', p.full_name, 'idNumber', p.id_number,
           'address', p.address, 'phone', p.phone)) ORDER BY p.id) FROM case_parties p WHERE p.case_id = c.id), '[]'::json) AS parties
       FROM cases c WHERE c.id = $1`,
    [receptionCaseId],
  );
  return rows[0] ?? null;
}

/** What a leader's reminder reads of the case it urges; `agency_name` is the lead agency's. */
export interface ReminderTarget {
  id: string;
  code: string;
  state: string;
  version: number;
  closed_at: Date | null;
  lead_agency_id: string | null;
  agency_name: string | null;
  assigned_handler_id: string | null;
}

/** Locks the case in the caller's scope for a reminder, or null. */
export async function lockReminderTarget(tx: Queryable, actor: Actor, caseId: string): Promise<ReminderTarget | null> {
  const params: unknown[] = [caseId];
  const rows: ReminderTarget[] = await tx.query(
    `SELECT c.id, c.code, c.state, c.version, c.closed_at, c.lead_agency_id, ${agencyNameSql('c.lead_agency_id')} AS agency_name, c.assigned_handler_id
         FROM cases c
         WHERE c.id = $1 AND ${caseScopeSql(scopeOf(actor, 'case'), params)} FOR UPDATE OF c`,
    params,
  );
  return rows[0] ?? null;
}

/** When the case's latest history row of this type was written, or null. */
export async function latestEventAt(tx: Queryable, caseId: string, type: string): Promise<Date | null> {
  const [last]: { at: Date }[] = await tx.query(`SELECT at FROM case_events WHERE case_id = $1 AND type = $2 ORDER BY seq DESC LIMIT 1`, [
    caseId,
    type,
  ]);
  return last?.at ?? null;
}

/** The list shape of a case row selected with SUMMARY_COLUMNS (also the agency inbox's and a letter's matters). */
export function toSummary(r: SummaryRow, now: Date): CaseSummaryDto {
  return {
    id: r.id,
    code: r.code,
    type: r.type,
    state: r.state,
    stateLabel: stateLabel(r.type, r.machine_version, r.state),
    version: r.version,
    category: r.category,
    channel: r.channel,
    summary: r.summary,
    communeId: r.commune_id,
    neighbourhoodId: r.neighbourhood_id,
    leadAgencyId: r.lead_agency_id,
    leadAgencyName: r.lead_agency_name,
    receivedAt: new Date(r.received_at).toISOString(),
    deadlineRuleId: r.deadline_rule_id,
    dueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
    dueSoonAt: r.due_soon_at ? new Date(r.due_soon_at).toISOString() : null,
    overdueSince: r.overdue_since ? new Date(r.overdue_since).toISOString() : null,
    deadlineStatus: caseDeadlineStatus(r, now),
    pendingParty: pendingPartyOf(r.type, r.state, r.closed_at === null),
    reassignable: r.closed_at === null && takesEvent(r.type, r.machine_version, r.state, REASSIGN_AGENCY_EVENT),
    closedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    citizenName: r.citizen_name,
  };
}

/** What the reveal rule reads of a case in the caller's scope, with the sealed identity (null: none sealed). */
export async function revealFactsInScope(
  tx: Queryable,
  actor: Actor,
  caseId: string,
): Promise<(RevealCaseFacts & { ciphertext: string | null }) | null> {
  const params: unknown[] = [caseId];
  const rows: (RevealCaseFacts & { ciphertext: string | null })[] = await tx.query(
    `SELECT c.lead_agency_id, ${agencyKindSql('c.lead_agency_id')} AS lead_agency_kind, c.assigned_handler_id, ${ASSIGNER_COLUMNS}, c.commune_id, ci.ciphertext FROM cases c
       LEFT JOIN confidential_identities ci ON ci.case_id = c.id
       WHERE c.id = $1 AND ${caseScopeSql(scopeOf(actor, 'case'), params)}`,
    params,
  );
  return rows[0] ?? null;
}

/** Where a denunciation's forward was decided to go (the `forwardedTo` fact), if anywhere. */
export async function forwardedToOf(tx: Queryable, caseId: string): Promise<string | null | undefined> {
  const rows: { to: string | null }[] = await tx.query(
    `SELECT snapshot -> 'context' ->> '${factKey('forwardedTo')}' AS to FROM cases WHERE id = $1`,
    [caseId],
  );
  return rows[0]?.to;
}

/** The follow-up of this kind already opened from a case, if any. */
export async function followUpOf(tx: Queryable, sourceId: string, kind: HandoffKind): Promise<{ id: string; code: string } | undefined> {
  const rows: { id: string; code: string }[] = await tx.query(
    `SELECT id, code FROM cases WHERE handed_off_from_case_id = $1 AND handoff_kind = $2 LIMIT 1`,
    [sourceId, kind],
  );
  return rows[0];
}

/** Locks the case row for this transaction if it lies in the caller's scope; false when it does not (or is none). */
export async function lockCaseRowInScope(tx: Queryable, actor: Actor, caseId: string): Promise<boolean> {
  const params: unknown[] = [caseId];
  const locked: unknown[] = await tx.query(
    `SELECT 1 FROM cases c WHERE c.id = $1 AND ${caseScopeSql(scopeOf(actor, 'case'), params)} FOR UPDATE`,
    params,
  );
  return locked.length > 0;
}

/** The case a handoff follows up, as the new case copies it: its facts, parties and sealed identity. */
export interface SourceCase {
  id: string;
  code: string;
  type: CaseType;
  state: string;
  snapshot: { context?: Record<string, unknown> };
  category: CaseSummaryDto['category'];
  channel: IntakeChannel;
  summary: string;
  content: string;
  received_at: Date;
  neighbourhood_id: string | null;
  group_size: number;
  commune_id: string;
  province_id: string;
  lead_agency_id: string | null;
  remote_area: boolean;
  parties: { role: string; fullName: string; idNumber?: string; address?: string; phone?: string }[];
  ciphertext: string | null;
}

export async function handoffSource(tx: Queryable, caseId: string): Promise<SourceCase | undefined> {
  const rows: SourceCase[] = await tx.query(
    `SELECT c.id, c.code, c.type, c.state, c.snapshot, c.category, c.channel, c.summary, c.content, c.received_at, c.neighbourhood_id,
         c.group_size, c.commune_id, c.province_id, c.lead_agency_id, c.remote_area, ci.ciphertext,
         COALESCE((SELECT json_agg(json_strip_nulls(json_build_object('role', p.role, 'fullName', p.full_name, 'idNumber', p.id_number,
           'address', p.address, 'phone', p.phone)) ORDER BY p.id) FROM case_parties p WHERE p.case_id = c.id), '[]'::json) AS parties
       FROM cases c LEFT JOIN confidential_identities ci ON ci.case_id = c.id WHERE c.id = $1`,
    [caseId],
  );
  return rows[0];
}

/** The encrypted identity in a case's vault, if one was sealed. */
export async function sealedCiphertext(tx: Queryable, caseId: string): Promise<string | undefined> {
  const rows: { ciphertext: string }[] = await tx.query(`SELECT ciphertext FROM confidential_identities WHERE case_id = $1`, [caseId]);
  return rows[0]?.ciphertext;
}
