import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DialogueDetailDto } from '@tiep-dan/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { cleanFileName } from '../cases/attachment-content';
import { checkUpload, type UploadedFile } from '../cases/attachment-upload';
import { AttachmentErrors } from '../cases/attachments.errors';
import { Clock } from '../platform/clock/clock';
import { FILE_STORE, type FileStore } from '../platform/storage/file-store';
import { storedAttachment } from './dialogue.read-model';
import { insertAttachment } from './dialogue.repository';
import { assertWriter, lockedSession } from './dialogue-writes';
import { DialogueErrors } from './dialogues.errors';
import { DialoguesService } from './dialogues.service';

/** The files of a dialogue's minutes (scans, photos): kept in the file store, checked on every download. */
@Injectable()
export class DialogueAttachmentsService {
  private readonly logger = new Logger('Dialogues');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dialogues: DialoguesService,
    private readonly clock: Clock,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  async addAttachment(actor: Actor, id: string, file: UploadedFile | undefined): Promise<DialogueDetailDto> {
    assertWriter(actor);
    checkUpload(file);
    await this.db.transaction(async (tx) => {
      await lockedSession(tx, actor, id);
      const attachmentId = randomUUID();
      const now = this.clock.now();
      // Written whole before the row commits: a row never points at a half-written file.
      const storageKey = `dialogues/${now.getUTCFullYear()}/${id}/${attachmentId}`;
      await this.files.put(storageKey, file.buffer);
      try {
        await insertAttachment(tx, {
          id: attachmentId,
          dialogueId: id,
          fileName: cleanFileName(file.originalname),
          contentType: file.mimetype.toLowerCase(),
          sizeBytes: file.size,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          storageKey,
          uploadedBy: actor.userId,
          uploadedAt: now,
        });
      } catch (error) {
        await this.files.remove(storageKey);
        throw error;
      }
    });
    return this.dialogues.get(actor, id);
  }

  async attachmentContent(
    actor: Actor,
    id: string,
    attachmentId: string,
  ): Promise<{ fileName: string; contentType: string; content: Buffer }> {
    const row = await storedAttachment(this.db.manager, actor, id, attachmentId);
    if (!row) throw DialogueErrors.notFound();
    let content: Buffer;
    try {
      content = await this.files.get(row.storage_key);
    } catch {
      this.logger.error(`dialogue ${id}: file ${row.storage_key} is missing`);
      throw AttachmentErrors.corrupt();
    }
    // As for case files: the checksum taken at upload is checked on every download.
    if (createHash('sha256').update(content).digest('hex') !== row.sha256) throw AttachmentErrors.corrupt();
    return {
      fileName: row.file_name,
      contentType: row.content_type,
      content,
    };
  }
}
