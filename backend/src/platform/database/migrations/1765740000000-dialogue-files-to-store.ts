import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationFiles } from '../migration-context';

const NAME = 'DialogueFilesToStore1765740000000';
const BATCH = 100;

/** Where a dialogue's file goes in the file store (the key is kept in its row; new uploads choose theirs the same way). */
function dialogueFileKey(dialogueId: string, attachmentId: string, uploadedAt: Date): string {
  return `dialogues/${uploadedAt.getUTCFullYear()}/${dialogueId}/${attachmentId}`;
}

/**
 * A dialogue's files (signed minutes, photos, recordings) were bytes in `dialogue_attachments.content`, while a case's
 * files live in the file store: one store for every file now. Each row's bytes are written to the store under its key
 * and the column is dropped; the checksum taken at upload stays and is still checked on every download. Down puts the
 * bytes back into the table (the files stay in the store, unused).
 */
export class DialogueFilesToStore1765740000000 implements MigrationInterface {
  name = NAME;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dialogue_attachments" ADD "storage_key" text`);
    for (;;) {
      const rows: { id: string; dialogue_id: string; uploaded_at: Date; content: Buffer }[] = await queryRunner.query(
        `SELECT id, dialogue_id, uploaded_at, content FROM dialogue_attachments WHERE storage_key IS NULL ORDER BY id LIMIT ${BATCH}`,
      );
      if (!rows.length) break;
      const files = migrationFiles(NAME);
      for (const row of rows) {
        const key = dialogueFileKey(row.dialogue_id, row.id, new Date(row.uploaded_at));
        await files.put(key, row.content);
        await queryRunner.query(`UPDATE dialogue_attachments SET storage_key = $2 WHERE id = $1`, [row.id, key]);
      }
    }
    await queryRunner.query(`ALTER TABLE "dialogue_attachments" ALTER COLUMN "storage_key" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "dialogue_attachments" DROP COLUMN "content"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "dialogue_attachments" ADD "content" bytea`);
    for (;;) {
      const rows: { id: string; storage_key: string }[] = await queryRunner.query(
        `SELECT id, storage_key FROM dialogue_attachments WHERE content IS NULL ORDER BY id LIMIT ${BATCH}`,
      );
      if (!rows.length) break;
      const files = migrationFiles(NAME);
      for (const row of rows)
        await queryRunner.query(`UPDATE dialogue_attachments SET content = $2 WHERE id = $1`, [row.id, await files.get(row.storage_key)]);
    }
    await queryRunner.query(`ALTER TABLE "dialogue_attachments" ALTER COLUMN "content" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "dialogue_attachments" DROP COLUMN "storage_key"`);
  }
}
