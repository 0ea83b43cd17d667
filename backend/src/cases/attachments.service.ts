import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CaseAttachmentDto } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { userNameSql } from '../access/user-read-model';
import { caseScopeSql, may, scopeOf } from '../access/policy';
import { Clock } from '../platform/clock/clock';
import { FILE_STORE, type FileStore } from '../platform/storage/file-store';
import { cleanFileName } from './attachment-content';
import { checkUpload, type UploadedFile } from './attachment-upload';
import { AttachmentErrors } from './attachments.errors';
import { CaseErrors } from './cases.errors';

export interface AttachmentContent {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

interface AttachmentRow {
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

/**
 * Files of a case. The bytes live in the file store under `<yyyy>/<case id>/<attachment id>`, written whole before the
 * row commits, so a row never points at a half-written file; the
 * SHA-256 in the row is checked again on every download. Access follows the case: outside the caller's scope is 404.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  async list(actor: Actor, caseId: string): Promise<CaseAttachmentDto[]> {
    return this.db.transaction(async (tx) => {
      await this.assertCaseInScope(tx, actor, caseId);
      const rows: AttachmentRow[] = await tx.query(`${SELECT_ATTACHMENTS} WHERE a.case_id = $1 ORDER BY a.uploaded_at, a.id`, [caseId]);
      return rows.map(toDto);
    });
  }

  async upload(actor: Actor, caseId: string, file: UploadedFile | undefined): Promise<CaseAttachmentDto> {
    checkUpload(file);
    return this.db.transaction(async (tx) => {
      await this.assertCaseInScope(tx, actor, caseId);
      if (!may(actor, 'case.attach')) throw CaseErrors.readOnly();
      const id = await this.storeIn(tx, caseId, file, actor.userId);
      const rows: AttachmentRow[] = await tx.query(`${SELECT_ATTACHMENTS} WHERE a.id = $1`, [id]);
      return toDto(rows[0] as AttachmentRow);
    });
  }

  /**
   * Writes a checked file and its row inside the caller's transaction (a person's upload, or the photos a citizen sent
   * with the online form: no uploader then). A row that fails to insert leaves no file behind; a transaction that
   * rolls back later may leave one, never a row pointing at a missing file.
   */
  async storeIn(tx: EntityManager, caseId: string, file: UploadedFile, uploadedBy: string | null): Promise<string> {
    const contentType = file.mimetype.toLowerCase();
    const id = randomUUID();
    const now = this.clock.now();
    const storageKey = `${now.getUTCFullYear()}/${caseId}/${id}`;
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    await this.files.put(storageKey, file.buffer);
    try {
      await tx.query(
        `INSERT INTO case_attachments (id, case_id, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, caseId, cleanFileName(file.originalname), contentType, file.size, sha256, storageKey, uploadedBy, now],
      );
      return id;
    } catch (error) {
      // The transaction rolls back: do not leave an orphan file behind.
      await this.files.remove(storageKey);
      throw error;
    }
  }

  async content(actor: Actor, caseId: string, attachmentId: string): Promise<AttachmentContent> {
    const row = await this.db.transaction(async (tx) => {
      await this.assertCaseInScope(tx, actor, caseId);
      const rows: AttachmentRow[] = await tx.query(`${SELECT_ATTACHMENTS} WHERE a.id = $1 AND a.case_id = $2`, [attachmentId, caseId]);
      if (!rows[0]) throw AttachmentErrors.notFound();
      return rows[0];
    });
    let bytes: Buffer;
    try {
      bytes = await this.files.get(row.storage_key);
    } catch {
      this.logger.error(`attachment ${row.id} of case ${row.case_id}: file ${row.storage_key} is missing`);
      throw AttachmentErrors.corrupt();
    }
    if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
      this.logger.error(`attachment ${row.id} of case ${row.case_id}: checksum mismatch`);
      throw AttachmentErrors.corrupt();
    }
    return { fileName: row.file_name, contentType: row.content_type, bytes };
  }

  private async assertCaseInScope(tx: EntityManager, actor: Actor, caseId: string): Promise<void> {
    const params: unknown[] = [caseId];
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM cases c WHERE c.id = $1 AND ${caseScopeSql(scopeOf(actor, 'case'), params)}`,
      params,
    );
    if (!rows.length) throw CaseErrors.notFound();
  }
}

function toDto(row: AttachmentRow): CaseAttachmentDto {
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
