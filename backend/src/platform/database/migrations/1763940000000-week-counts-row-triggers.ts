import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The weekly counters (1763910000000-dashboard) were kept by statement-level triggers with transition tables: every case
 * UPDATE and every history INSERT copied its rows (snapshots included) into transition tables and joined them, although
 * only a change of commune, receipt or closing time, or a DEADLINE_PASSED event, changes a counter. Row-level triggers
 * with a WHEN condition skip the other writes before any function runs: nothing is done on the hot path of an event.
 */
export class WeekCountsRowTriggers1763940000000 implements MigrationInterface {
  name = 'WeekCountsRowTriggers1763940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_week_counts_update ON "cases"`);
    await queryRunner.query(`DROP TRIGGER case_week_counts_deadline ON "case_events"`);
    await queryRunner.query(`CREATE FUNCTION case_week_counts_on_update_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM case_week_counts_add(jsonb_build_array(
          jsonb_build_object('commune_id', OLD.commune_id, 'province_id', OLD.province_id, 'received_at', OLD.received_at,
            'closed_at', OLD.closed_at, 'sign', -1),
          jsonb_build_object('commune_id', NEW.commune_id, 'province_id', NEW.province_id, 'received_at', NEW.received_at,
            'closed_at', NEW.closed_at, 'sign', 1)));
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION case_week_counts_on_deadline_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO case_week_counts AS w (commune_id, province_id, week, became_overdue)
        SELECT c.commune_id, c.province_id, vn_week(NEW.at), 1 FROM cases c WHERE c.id = NEW.case_id
        ON CONFLICT (commune_id, week) DO UPDATE SET became_overdue = w.became_overdue + 1;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_update AFTER UPDATE ON "cases" FOR EACH ROW
      WHEN ((OLD.commune_id, OLD.received_at, OLD.closed_at) IS DISTINCT FROM (NEW.commune_id, NEW.received_at, NEW.closed_at))
      EXECUTE FUNCTION case_week_counts_on_update_row()`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_deadline AFTER INSERT ON "case_events" FOR EACH ROW
      WHEN (NEW.type = 'DEADLINE_PASSED') EXECUTE FUNCTION case_week_counts_on_deadline_row()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_week_counts_deadline ON "case_events"`);
    await queryRunner.query(`DROP TRIGGER case_week_counts_update ON "cases"`);
    await queryRunner.query(`DROP FUNCTION case_week_counts_on_deadline_row()`);
    await queryRunner.query(`DROP FUNCTION case_week_counts_on_update_row()`);
    // The statement-level triggers of 1763910000000-dashboard; their functions were left in place by up().
    await queryRunner.query(`CREATE TRIGGER case_week_counts_update AFTER UPDATE ON "cases" REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
      FOR EACH STATEMENT EXECUTE FUNCTION case_week_counts_on_update()`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_deadline AFTER INSERT ON "case_events" REFERENCING NEW TABLE AS new_events
      FOR EACH STATEMENT EXECUTE FUNCTION case_week_counts_on_deadline()`);
  }
}
