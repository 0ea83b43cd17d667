import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report 01/TCD (Thông tư 02/2021/TT-TTCP) counts the officers' regular reception apart from the leaders' periodic and
 * ad-hoc sessions, and a leader's session received by the head in person apart from one an authorised deputy held.
 * Sessions gain `led_by` ('head' | 'delegate', null for the new kind 'regular'); the leaders' sessions recorded before
 * this change were the chairman's reception days, so they default to 'head'.
 */
export class ReceptionLedBy1764810000000 implements MigrationInterface {
  name = 'ReceptionLedBy1764810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reception_sessions" ADD "led_by" text`);
    await queryRunner.query(`UPDATE "reception_sessions" SET "led_by" = 'head' WHERE "kind" IN ('scheduled', 'ad_hoc')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The previous schema knew no regular sessions: they become ad-hoc ones that say what they were.
    await queryRunner.query(
      `UPDATE "reception_sessions" SET "kind" = 'ad_hoc', "reason" = COALESCE("reason", 'Tiếp thường xuyên') WHERE "kind" = 'regular'`,
    );
    await queryRunner.query(`ALTER TABLE "reception_sessions" DROP COLUMN "led_by"`);
  }
}
