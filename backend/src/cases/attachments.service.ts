import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CaseAttachmentDto } from '@tiep-dan/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { may, scopeOf } from '../access/policy';
import { Clock } from '../platform/clock/clock';
import { FILE_STORE, type FileStore } from '../platform/storage/file-store';
import { cleanFileName } from './attachment-content';
import { checkUpload, type UploadedFile } from './attachment-upload';
import { AttachmentErrors } from './attachments.errors';
import {
  attachmentById,
  attachmentOfCase,
  attachmentsOfCase,
  insertAttachment,
  toAttachmentDto,
  type AttachmentRow,
} from './attachments.repository';
import { isCaseInScope } from './case-read-model';
import { CaseErrors } from './cases.errors';

export interface AttachmentContent {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

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
      const rows = await attachmentsOfCase(tx, caseId);
      return rows.map(toAttachmentDto);
    });
  }

  async upload(actor: Actor, caseId: string, file: UploadedFile | undefined): Promise<CaseAttachmentDto> {
    checkUpload(file);
    return this.db.transaction(async (tx) => {
      await this.assertCaseInScope(tx, actor, caseId);
      if (!may(actor, 'case.attach')) throw CaseErrors.readOnly();
      const id = await this.storeIn(tx, caseId, file, actor.userId);
      return toAttachmentDto((await attachmentById(tx, id)) as AttachmentRow);
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
      await insertAttachment(tx, {
        id,
        caseId,
        fileName: cleanFileName(file.originalname),
        contentType,
        sizeBytes: file.size,
        sha256,
        storageKey,
        uploadedBy,
        uploadedAt: now,
      });
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
      const row = await attachmentOfCase(tx, caseId, attachmentId);
      if (!row) throw AttachmentErrors.notFound();
      return row;
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
    if (!(await isCaseInScope(tx, caseId, scopeOf(actor, 'case')))) throw CaseErrors.notFound();
  }
}
