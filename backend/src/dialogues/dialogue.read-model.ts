import type {
  DialogueAttachmentDto,
  DialogueCommitmentDto,
  DialogueKind,
  DialogueOpinionDto,
  DialogueStatus,
  DialogueSummaryDto,
} from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { caseCodeSql, caseDeadlineStatus, caseOverdueSql, trackedCases, type DeadlineStatusRow } from '../cases/case-read-model';
import { stateLabel } from '../cases/machine-descriptions';
import type { OpinionRow } from '../cases/opinion-intake.service';
import { agencyNames, agencyNameSql } from '../organisation/organisation-read-model';
import { dialogueScope } from './dialogue-scope';

/** The dialogues context's reads of its own tables (issue 20): each typed, in the caller's transaction or connection. */

type Queryable = Pick<EntityManager, 'query'>;

export interface DialogueRow {
  id: string;
  kind: DialogueKind;
  title: string;
  held_on: string;
  place: string;
  commune_id: string;
  commune_name: string;
  province_id: string;
  neighbourhood_id: string | null;
  status: DialogueStatus;
  case_id: string | null;
  opinion_count: number;
  commitment_count: number;
  overdue_commitment_count: number;
}

/** `$1` is the instant the commitments' deadlines are judged at. */
const SUMMARY_SQL = `SELECT d.id, d.kind, d.title, d.held_on::text AS held_on, d.place, d.commune_id, ${agencyNameSql('d.commune_id')} AS commune_name,
    d.province_id, d.neighbourhood_id, d.status, d.case_id,
    (SELECT count(*)::int FROM dialogue_opinions o WHERE o.dialogue_id = d.id) AS opinion_count,
    (SELECT count(*)::int FROM dialogue_commitments k WHERE k.dialogue_id = d.id) AS commitment_count,
    (SELECT count(*)::int FROM dialogue_commitments k WHERE k.dialogue_id = d.id AND ${caseOverdueSql('k.case_id', '$1')}) AS overdue_commitment_count
  FROM dialogue_sessions d`;

/** The sessions the `where` conditions (over `d`, with `params` starting with the instant `$1`) select, newest first. */
export async function listSessions(db: Queryable, where: readonly string[], params: unknown[]): Promise<DialogueRow[]> {
  return db.query(`${SUMMARY_SQL} WHERE ${where.join(' AND ')} ORDER BY d.held_on DESC, d.created_at DESC LIMIT 500`, params);
}

export interface DialogueDetailRow extends DialogueRow {
  chairs: string[];
  invited_agency_ids: string[];
  participant_count: number;
  representatives: string[];
  topics: string[];
  minutes_summary: string | null;
  case_code: string | null;
}

/** One session the actor may see, with what its page shows; null when there is none in reach. */
export async function sessionDetail(db: Queryable, actor: Actor, id: string, now: Date): Promise<DialogueDetailRow | null> {
  const params: unknown[] = [now, id];
  const rows: DialogueDetailRow[] = await db.query(
    `SELECT x.*, d.chairs, d.invited_agency_ids, d.participant_count, d.representatives, d.topics, d.minutes_summary,
       ${caseCodeSql('d.case_id')} AS case_code
     FROM (${SUMMARY_SQL} WHERE d.id = $2 AND ${dialogueScope(actor, params)}) x JOIN dialogue_sessions d ON d.id = x.id`,
    params,
  );
  return rows[0] ?? null;
}

/** What a write needs of a session, locked until the transaction ends. */
export interface LockedSessionRow {
  id: string;
  kind: DialogueKind;
  title: string;
  held_on: string;
  place: string;
  commune_id: string;
  neighbourhood_id: string | null;
  status: DialogueStatus;
  case_id: string | null;
}

/** The session if the actor may see it, locked (FOR UPDATE); null otherwise. */
export async function lockSession(tx: Queryable, actor: Actor, id: string): Promise<LockedSessionRow | null> {
  const params: unknown[] = [id];
  const rows: LockedSessionRow[] = await tx.query(
    `SELECT d.id, d.kind, d.title, d.held_on::text AS held_on, d.place, d.commune_id, d.neighbourhood_id, d.status, d.case_id
     FROM dialogue_sessions d WHERE d.id = $1 AND ${dialogueScope(actor, params)} FOR UPDATE`,
    params,
  );
  return rows[0] ?? null;
}

/** The opinions of a session's minutes. */
export async function sessionOpinionRows(db: Queryable, dialogueId: string): Promise<OpinionRow[]> {
  return db.query(`SELECT id, seq, raised_by, content, answer, category, case_id FROM dialogue_opinions WHERE dialogue_id = $1`, [
    dialogueId,
  ]);
}

/** The opinion if it is one of the session's, locked until the transaction ends; null otherwise. */
export async function lockOpinion(tx: Queryable, dialogueId: string, opinionId: string): Promise<OpinionRow | null> {
  const rows: OpinionRow[] = await tx.query(
    `SELECT id, seq, raised_by, content, answer, category, case_id FROM dialogue_opinions WHERE id = $1 AND dialogue_id = $2 FOR UPDATE`,
    [opinionId, dialogueId],
  );
  return rows[0] ?? null;
}

/** The opinions of a session as its page shows them, in order. */
export async function opinionsOf(db: Queryable, dialogueId: string): Promise<DialogueOpinionDto[]> {
  const rows: (OpinionRow & { case_code: string | null })[] = await db.query(
    `SELECT o.id, o.seq, o.raised_by, o.content, o.answer, o.category, o.case_id, ${caseCodeSql('o.case_id')} AS case_code
     FROM dialogue_opinions o WHERE o.dialogue_id = $1 ORDER BY o.seq`,
    [dialogueId],
  );
  return rows.map((o) => ({
    id: o.id,
    seq: o.seq,
    raisedBy: o.raised_by,
    content: o.content,
    answer: o.answer ?? null,
    category: o.category,
    caseId: o.case_id,
    caseCode: o.case_code,
  }));
}

/** A commitment as the page shows it, assembled from its own row, its case (trackedCases) and its agency's name. */
interface CommitmentView extends DeadlineStatusRow<Date> {
  id: string;
  content: string;
  owner_agency_id: string;
  owner_agency_name: string;
  due_date: string;
  case_id: string;
  case_code: string;
  state: string;
  machine_version: number;
}

/** The commitments of a session with their cases' state and deadline at `now`, in the order they were made. */
export async function commitmentsOf(db: Queryable, dialogueId: string, now: Date): Promise<DialogueCommitmentDto[]> {
  const rows: { id: string; content: string; owner_agency_id: string; due_date: string; case_id: string }[] = await db.query(
    `SELECT k.id, k.content, k.owner_agency_id, k.due_date::text AS due_date, k.case_id
     FROM dialogue_commitments k WHERE k.dialogue_id = $1 ORDER BY k.created_at, k.id`,
    [dialogueId],
  );
  const [cases, agencies] = await Promise.all([
    trackedCases(
      db,
      rows.map((k) => k.case_id),
    ),
    agencyNames(
      db,
      rows.map((k) => k.owner_agency_id),
    ),
  ]);
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const out: DialogueCommitmentDto[] = [];
  for (const k of rows) {
    const c = caseById.get(k.case_id);
    const ownerAgencyName = agencies.get(k.owner_agency_id);
    if (!c || ownerAgencyName === undefined) continue;
    out.push(
      toCommitment(
        {
          ...k,
          owner_agency_name: ownerAgencyName,
          case_code: c.code,
          state: c.state,
          machine_version: c.machine_version,
          deadline_rule_id: c.deadline_rule_id,
          deadline_clock: c.deadline_clock,
          due_at: c.due_at,
          due_soon_at: c.due_soon_at,
          overdue_since: c.overdue_since,
          closed_at: c.closed_at,
        },
        now,
      ),
    );
  }
  return out;
}

/** The files of a session's minutes, oldest first. */
export async function attachmentsOf(db: Queryable, dialogueId: string): Promise<DialogueAttachmentDto[]> {
  const rows: { id: string; file_name: string; content_type: string; size_bytes: number; uploaded_at: Date }[] = await db.query(
    `SELECT id, file_name, content_type, size_bytes, uploaded_at FROM dialogue_attachments WHERE dialogue_id = $1 ORDER BY uploaded_at, id`,
    [dialogueId],
  );
  return rows.map((a) => ({
    id: a.id,
    fileName: a.file_name,
    contentType: a.content_type,
    sizeBytes: a.size_bytes,
    uploadedAt: new Date(a.uploaded_at).toISOString(),
  }));
}

export interface StoredAttachmentRow {
  file_name: string;
  content_type: string;
  sha256: string;
  storage_key: string;
}

/** Where a file of a session the actor may see is stored; null when there is none in reach. */
export async function storedAttachment(db: Queryable, actor: Actor, id: string, attachmentId: string): Promise<StoredAttachmentRow | null> {
  const params: unknown[] = [id, attachmentId];
  const rows: StoredAttachmentRow[] = await db.query(
    `SELECT f.file_name, f.content_type, f.sha256, f.storage_key FROM dialogue_attachments f JOIN dialogue_sessions d ON d.id = f.dialogue_id
     WHERE d.id = $1 AND f.id = $2 AND ${dialogueScope(actor, params)}`,
    params,
  );
  return rows[0] ?? null;
}

function toCommitment(k: CommitmentView, now: Date): DialogueCommitmentDto {
  return {
    id: k.id,
    content: k.content,
    ownerAgencyId: k.owner_agency_id,
    ownerAgencyName: k.owner_agency_name,
    dueDate: k.due_date,
    caseId: k.case_id,
    caseCode: k.case_code,
    state: k.state,
    stateLabel: stateLabel('commitment', k.machine_version, k.state),
    deadlineStatus: caseDeadlineStatus(k, now),
    overdueSince: k.overdue_since ? new Date(k.overdue_since).toISOString() : null,
  };
}

export function toSummary(r: DialogueRow): DialogueSummaryDto {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    date: r.held_on,
    place: r.place,
    communeId: r.commune_id,
    communeName: r.commune_name,
    neighbourhoodId: r.neighbourhood_id,
    status: r.status,
    caseId: r.case_id,
    opinionCount: r.opinion_count,
    commitmentCount: r.commitment_count,
    overdueCommitmentCount: r.overdue_commitment_count,
  };
}
