import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly counter of deadlines passed (`case_week_counts.became_overdue`) was bumped by a row trigger as each
 * DEADLINE_PASSED history row was inserted, so a sweep transaction held its commune's counter row locked from its
 * first deadline to its commit: when thousands of cases of one commune fall due at once, every other instance's sweep
 * waited on that row, and the instances swept one at a time. Deferred to commit (a constraint trigger, INITIALLY
 * DEFERRED), the counter is locked only while the transaction commits. The count is the same.
 */
export class WeekCountsDeferred1765310000000 implements MigrationInterface {
  name = 'WeekCountsDeferred1765310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_week_counts_deadline ON "case_events"`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER case_week_counts_deadline AFTER INSERT ON "case_events" DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (NEW.type = 'DEADLINE_PASSED') EXECUTE FUNCTION case_week_counts_on_deadline_row()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_week_counts_deadline ON "case_events"`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_deadline AFTER INSERT ON "case_events" FOR EACH ROW
      WHEN (NEW.type = 'DEADLINE_PASSED') EXECUTE FUNCTION case_week_counts_on_deadline_row()`);
  }
}
