import type { CaseCategory, DialogueKind } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';

/** The dialogues context's writes of its own tables (issue 20), in the caller's transaction. */

type Queryable = Pick<EntityManager, 'query'>;

export interface NewSession {
  kind: DialogueKind;
  title: string;
  heldOn: string;
  place: string;
  communeId: string;
  provinceId: string;
  neighbourhoodId: string | null;
  chairs: string[];
  invitedAgencyIds: string[];
  participantCount: number;
  representatives: string[];
  topics: string[];
  caseId: string | null;
  createdBy: string;
  createdAt: Date;
}

export async function insertSession(tx: Queryable, s: NewSession): Promise<string> {
  const [{ id }]: { id: string }[] = await tx.query(
    `INSERT INTO dialogue_sessions (kind, title, held_on, place, commune_id, province_id, neighbourhood_id, chairs, invited_agency_ids,
       participant_count, representatives, topics, case_id, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
    [
      s.kind,
      s.title,
      s.heldOn,
      s.place,
      s.communeId,
      s.provinceId,
      s.neighbourhoodId,
      s.chairs,
      s.invitedAgencyIds,
      s.participantCount,
      s.representatives,
      s.topics,
      s.caseId,
      s.createdBy,
      s.createdAt,
    ],
  );
  return id;
}

/** An opinion's fields as the minutes record them: who raised it, what, the answer given, the category. */
export type OpinionValues = [raisedBy: string | null, content: string, answer: string | null, category: CaseCategory];

export async function deleteOpinions(tx: Queryable, ids: readonly string[]): Promise<void> {
  await tx.query(`DELETE FROM dialogue_opinions WHERE id = ANY($1::uuid[])`, [ids]);
}

export async function updateOpinion(tx: Queryable, id: string, values: OpinionValues): Promise<void> {
  await tx.query(`UPDATE dialogue_opinions SET raised_by = $2, content = $3, answer = $4, category = $5 WHERE id = $1`, [id, ...values]);
}

export async function insertOpinion(tx: Queryable, dialogueId: string, seq: number, values: OpinionValues): Promise<void> {
  await tx.query(`INSERT INTO dialogue_opinions (dialogue_id, seq, raised_by, content, answer, category) VALUES ($1, $2, $3, $4, $5, $6)`, [
    dialogueId,
    seq,
    ...values,
  ]);
}

/** Records an opinion's case; with `sealRaiser` the opinion no longer keeps who raised it. */
export async function linkOpinion(tx: Queryable, opinionId: string, caseId: string, sealRaiser: boolean): Promise<void> {
  await tx.query(`UPDATE dialogue_opinions SET case_id = $2${sealRaiser ? ', raised_by = NULL' : ''} WHERE id = $1`, [opinionId, caseId]);
}

/** The minutes: the summary, the session held, and the participants when the minutes give them (null keeps them). */
export async function recordSessionMinutes(
  tx: Queryable,
  id: string,
  summary: string,
  participantCount: number | null,
  representatives: string[] | null,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE dialogue_sessions SET minutes_summary = $2, status = 'held', participant_count = COALESCE($3, participant_count),
       representatives = COALESCE($4, representatives), updated_at = $5 WHERE id = $1`,
    [id, summary, participantCount, representatives, now],
  );
}

export interface NewCommitment {
  dialogueId: string;
  content: string;
  ownerAgencyId: string;
  dueDate: string;
  caseId: string;
  createdAt: Date;
}

export async function insertCommitment(tx: Queryable, k: NewCommitment): Promise<void> {
  await tx.query(
    `INSERT INTO dialogue_commitments (dialogue_id, content, owner_agency_id, due_date, case_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [k.dialogueId, k.content, k.ownerAgencyId, k.dueDate, k.caseId, k.createdAt],
  );
}

export interface NewAttachment {
  id: string;
  dialogueId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
  uploadedAt: Date;
}

export async function insertAttachment(tx: Queryable, f: NewAttachment): Promise<void> {
  await tx.query(
    `INSERT INTO dialogue_attachments (id, dialogue_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [f.id, f.dialogueId, f.fileName, f.contentType, f.sizeBytes, f.sha256, f.storageKey, f.uploadedBy, f.uploadedAt],
  );
}
