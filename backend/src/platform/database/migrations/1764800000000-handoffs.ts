import { MigrationInterface, QueryRunner } from 'typeorm';

/** A case opened at another body by a forward, transfer, escalation, second complaint or re-denunciation points back. */
export class Handoffs1764800000000 implements MigrationInterface {
  name = 'Handoffs1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "handed_off_from_case_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "handoff_kind" text`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_handed_off_from" ON "cases" ("handed_off_from_case_id") `);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_handed_off_from" FOREIGN KEY ("handed_off_from_case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_handed_off_from"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_handed_off_from"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "handoff_kind"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "handed_off_from_case_id"`);
  }
}
