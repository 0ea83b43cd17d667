import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The leader overview: indexes that keep its counts fast over millions of cases (open cases only, by commune and by
 * province, covering the columns the overview groups by), hot-spot flags, the claims of the scheduled dashboard jobs
 * (one instance runs each slot) and the default hot-spot thresholds.
 */
export class Dashboard1763910000000 implements MigrationInterface {
  name = 'Dashboard1763910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Open cases are a small part of all cases: partial, covering indexes let the overview aggregate them index-only.
    await queryRunner.query(
      `CREATE INDEX "IDX_cases_open_commune" ON "cases" ("commune_id", "lead_agency_id", "type", "category", "neighbourhood_id")
       INCLUDE ("due_at", "due_soon_at", "overdue_since", "deadline_rule_id") WHERE "closed_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cases_open_province" ON "cases" ("province_id", "lead_agency_id", "type", "category", "neighbourhood_id")
       INCLUDE ("commune_id", "due_at", "due_soon_at", "overdue_since", "deadline_rule_id") WHERE "closed_at" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cases_province_received" ON "cases" ("province_id", "received_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_commune_closed" ON "cases" ("commune_id", "closed_at") WHERE "closed_at" IS NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "IDX_cases_province_closed" ON "cases" ("province_id", "closed_at") WHERE "closed_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cases_commune_overdue" ON "cases" ("commune_id", "overdue_since") WHERE "closed_at" IS NULL AND "overdue_since" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cases_province_overdue" ON "cases" ("province_id", "overdue_since") WHERE "closed_at" IS NULL AND "overdue_since" IS NOT NULL`,
    );
    // The trend's "became overdue" and the reports' outcomes read the history by event type and time.
    await queryRunner.query(`CREATE INDEX "IDX_case_events_type_at" ON "case_events" ("type", "at")`);

    await queryRunner.query(
      `CREATE TABLE "hot_spots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subject" text NOT NULL, "kind" text NOT NULL,
        "commune_id" uuid NOT NULL, "province_id" uuid NOT NULL, "neighbourhood_id" uuid, "category" text,
        "case_ids" uuid array NOT NULL DEFAULT '{}', "case_count" integer NOT NULL, "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cleared_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_hot_spots" PRIMARY KEY ("id"))`,
    );
    // One active flag per subject, even with several instances detecting at once.
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_hot_spots_active_subject" ON "hot_spots" ("subject") WHERE "cleared_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_hot_spots_commune" ON "hot_spots" ("commune_id", "detected_at")`);
    await queryRunner.query(
      `CREATE TABLE "dashboard_job_runs" ("job" text NOT NULL, "slot" text NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dashboard_job_runs" PRIMARY KEY ("job", "slot"))`,
    );
    // Maintained weekly counters for the trend (received, resolved, deadlines passed per commune and Vietnam week):
    // statement-level triggers with transition tables, so one bulk statement costs one aggregated upsert and a single
    // case's change touches its counter row only when its commune, received or closed time actually changes.
    await queryRunner.query(
      `CREATE TABLE "case_week_counts" ("commune_id" uuid NOT NULL, "province_id" uuid NOT NULL, "week" date NOT NULL,
        "received" integer NOT NULL DEFAULT 0, "resolved" integer NOT NULL DEFAULT 0, "became_overdue" integer NOT NULL DEFAULT 0,
        CONSTRAINT "PK_case_week_counts" PRIMARY KEY ("commune_id", "week"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_week_counts_province" ON "case_week_counts" ("province_id", "week")`);
    await queryRunner.query(`CREATE FUNCTION vn_week(at timestamptz) RETURNS date LANGUAGE sql STABLE AS $$
      SELECT date_trunc('week', at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date $$`);
    // Adds signed case rows (sign 1 or -1) to the counters; shared by the three case triggers.
    await queryRunner.query(`CREATE FUNCTION case_week_counts_add(rows jsonb) RETURNS void LANGUAGE sql AS $$
      INSERT INTO case_week_counts AS w (commune_id, province_id, week, received, resolved)
      SELECT commune_id, province_id, week, sum(r)::int, sum(s)::int FROM (
        SELECT (x->>'commune_id')::uuid AS commune_id, (x->>'province_id')::uuid AS province_id,
          vn_week((x->>'received_at')::timestamptz) AS week, (x->>'sign')::int AS r, 0 AS s
        FROM jsonb_array_elements(rows) x
        UNION ALL
        SELECT (x->>'commune_id')::uuid, (x->>'province_id')::uuid, vn_week((x->>'closed_at')::timestamptz), 0, (x->>'sign')::int
        FROM jsonb_array_elements(rows) x WHERE x->>'closed_at' IS NOT NULL
      ) d GROUP BY commune_id, province_id, week HAVING sum(r) <> 0 OR sum(s) <> 0
      ORDER BY commune_id, week
      ON CONFLICT (commune_id, week) DO UPDATE SET received = w.received + EXCLUDED.received, resolved = w.resolved + EXCLUDED.resolved $$`);
    await queryRunner.query(`CREATE FUNCTION case_week_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO case_week_counts AS w (commune_id, province_id, week, received, resolved)
        SELECT commune_id, province_id, week, sum(r)::int, sum(s)::int FROM (
          SELECT commune_id, province_id, vn_week(received_at) AS week, 1 AS r, 0 AS s FROM new_cases
          UNION ALL SELECT commune_id, province_id, vn_week(closed_at), 0, 1 FROM new_cases WHERE closed_at IS NOT NULL
        ) d GROUP BY commune_id, province_id, week ORDER BY commune_id, week
        ON CONFLICT (commune_id, week) DO UPDATE SET received = w.received + EXCLUDED.received, resolved = w.resolved + EXCLUDED.resolved;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION case_week_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE changed jsonb;
      BEGIN
        SELECT jsonb_agg(x) INTO changed FROM (
          SELECT o.commune_id, o.province_id, o.received_at, o.closed_at, -1 AS sign FROM old_cases o JOIN new_cases n ON n.id = o.id
          WHERE (o.commune_id, o.received_at, o.closed_at) IS DISTINCT FROM (n.commune_id, n.received_at, n.closed_at)
          UNION ALL
          SELECT n.commune_id, n.province_id, n.received_at, n.closed_at, 1 FROM old_cases o JOIN new_cases n ON n.id = o.id
          WHERE (o.commune_id, o.received_at, o.closed_at) IS DISTINCT FROM (n.commune_id, n.received_at, n.closed_at)
        ) x;
        IF changed IS NOT NULL THEN PERFORM case_week_counts_add(changed); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION case_week_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE gone jsonb;
      BEGIN
        SELECT jsonb_agg(x) INTO gone FROM (SELECT commune_id, province_id, received_at, closed_at, -1 AS sign FROM old_cases) x;
        IF gone IS NOT NULL THEN PERFORM case_week_counts_add(gone); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION case_week_counts_on_deadline() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO case_week_counts AS w (commune_id, province_id, week, became_overdue)
        SELECT c.commune_id, c.province_id, vn_week(e.at), count(*)::int FROM new_events e JOIN cases c ON c.id = e.case_id
        WHERE e.type = 'DEADLINE_PASSED' GROUP BY c.commune_id, c.province_id, vn_week(e.at) ORDER BY c.commune_id, 3
        ON CONFLICT (commune_id, week) DO UPDATE SET became_overdue = w.became_overdue + EXCLUDED.became_overdue;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_insert AFTER INSERT ON "cases" REFERENCING NEW TABLE AS new_cases
      FOR EACH STATEMENT EXECUTE FUNCTION case_week_counts_on_insert()`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_update AFTER UPDATE ON "cases" REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases
      FOR EACH STATEMENT EXECUTE FUNCTION case_week_counts_on_update()`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_delete AFTER DELETE ON "cases" REFERENCING OLD TABLE AS old_cases
      FOR EACH STATEMENT EXECUTE FUNCTION case_week_counts_on_delete()`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_deadline AFTER INSERT ON "case_events" REFERENCING NEW TABLE AS new_events
      FOR EACH STATEMENT EXECUTE FUNCTION case_week_counts_on_deadline()`);
    // Cases already in the database.
    await queryRunner.query(`INSERT INTO case_week_counts (commune_id, province_id, week, received, resolved, became_overdue)
      SELECT commune_id, province_id, week, sum(r)::int, sum(s)::int, sum(o)::int FROM (
        SELECT commune_id, province_id, vn_week(received_at) AS week, 1 AS r, 0 AS s, 0 AS o FROM cases
        UNION ALL SELECT commune_id, province_id, vn_week(closed_at), 0, 1, 0 FROM cases WHERE closed_at IS NOT NULL
        UNION ALL SELECT c.commune_id, c.province_id, vn_week(e.at), 0, 0, 1 FROM case_events e JOIN cases c ON c.id = e.case_id
          WHERE e.type = 'DEADLINE_PASSED'
      ) d GROUP BY commune_id, province_id, week`);
    await queryRunner.query(
      `INSERT INTO "app_settings" ("key", "value") VALUES ('dashboard.hot_spot_settings', '{"windowDays":14,"clusterMinCases":5,"groupMinPeople":5}')
       ON CONFLICT ("key") DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "app_settings" WHERE "key" = 'dashboard.hot_spot_settings'`);
    await queryRunner.query(`DROP TRIGGER case_week_counts_deadline ON "case_events"`);
    await queryRunner.query(`DROP TRIGGER case_week_counts_delete ON "cases"`);
    await queryRunner.query(`DROP TRIGGER case_week_counts_update ON "cases"`);
    await queryRunner.query(`DROP TRIGGER case_week_counts_insert ON "cases"`);
    await queryRunner.query(`DROP FUNCTION case_week_counts_on_deadline()`);
    await queryRunner.query(`DROP FUNCTION case_week_counts_on_delete()`);
    await queryRunner.query(`DROP FUNCTION case_week_counts_on_update()`);
    await queryRunner.query(`DROP FUNCTION case_week_counts_on_insert()`);
    await queryRunner.query(`DROP FUNCTION case_week_counts_add(jsonb)`);
    await queryRunner.query(`DROP FUNCTION vn_week(timestamptz)`);
    await queryRunner.query(`DROP INDEX "IDX_case_week_counts_province"`);
    await queryRunner.query(`DROP TABLE "case_week_counts"`);
    await queryRunner.query(`DROP TABLE "dashboard_job_runs"`);
    await queryRunner.query(`DROP INDEX "IDX_hot_spots_commune"`);
    await queryRunner.query(`DROP INDEX "UQ_hot_spots_active_subject"`);
    await queryRunner.query(`DROP TABLE "hot_spots"`);
    await queryRunner.query(`DROP INDEX "IDX_case_events_type_at"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_province_overdue"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_commune_overdue"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_province_closed"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_commune_closed"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_province_received"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_open_province"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_open_commune"`);
  }
}
