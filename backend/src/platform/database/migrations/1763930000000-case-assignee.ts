import { MigrationInterface, QueryRunner } from 'typeorm';

/** The handler of a case inside its lead agency (the agency inbox: "mine", reassignment by the head, each handler's load). */
export class CaseAssignee1763930000000 implements MigrationInterface {
  name = 'CaseAssignee1763930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" ADD "assigned_handler_id" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_assigned_handler" ON "cases" ("assigned_handler_id")`);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_assigned_handler" FOREIGN KEY ("assigned_handler_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_assigned_handler"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_assigned_handler"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "assigned_handler_id"`);
  }
}
