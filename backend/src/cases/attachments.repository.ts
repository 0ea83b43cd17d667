import type { CaseAttachmentDto } from '@tiep-dan/contracts';
import type { EntityManager } from 'typeorm';
import { userNameSql } from '../access/user-read-model';

/** The cases context's reads and writes of the attachments' rows (case_attachments), in the caller's transaction (issue 20). */

type Queryable = Pick<EntityManager, 'query'>;

export interface AttachmentRow {
  id: string;
  case_id: string;
  file_name: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  uploaded_at: Date;
  uploaded_by: string | null;
  uploader_name: string | null;
}

const SELECT_ATTACHMENTS = `
  SELECT a.id, a.case_id, a.file_name, a.content_type, a.size_bytes, a.sha256, a.storage_key, a.uploaded_at, a.uploaded_by,
         ${userNameSql('a.uploaded_by')} AS uploader_name
    FROM case_attachments a`;

export function toAttachmentDto(row: AttachmentRow): CaseAttachmentDto {
  return {
    id: row.id,
    caseId: row.case_id,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by ? { id: row.uploaded_by, fullName: row.uploader_name ?? '' } : null,
    uploadedAt: new Date(row.uploaded_at).toISOString(),
  };
}

/** The attachments of a case, oldest first. */
export async function attachmentsOfCase(db: Queryable, caseId: string): Promise<AttachmentRow[]> {
  return db.query(`${SELECT_ATTACHMENTS} WHERE a.case_id = $1 ORDER BY a.uploaded_at, a.id`, [caseId]);
}

/** One attachment by id. */
export async function attachmentById(db: Queryable, id: string): Promise<AttachmentRow | undefined> {
  const rows: AttachmentRow[] = await db.query(`${SELECT_ATTACHMENTS} WHERE a.id = $1`, [id]);
  return rows[0];
}

/** One attachment of a case; undefined when the case has none of that id. */
export async function attachmentOfCase(db: Queryable, caseId: string, attachmentId: string): Promise<AttachmentRow | undefined> {
  const rows: AttachmentRow[] = await db.query(`${SELECT_ATTACHMENTS} WHERE a.id = $1 AND a.case_id = $2`, [attachmentId, caseId]);
  return rows[0];
}

export interface NewAttachment {
  id: string;
  caseId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
  uploadedAt: Date;
}

/** The row of a stored file. */
export async function insertAttachment(tx: Queryable, a: NewAttachment): Promise<void> {
  await tx.query(
    `INSERT INTO case_attachments (id, case_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [a.id, a.caseId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.storageKey, a.uploadedBy, a.uploadedAt],
  );
}
