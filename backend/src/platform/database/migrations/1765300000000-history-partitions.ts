import { MigrationInterface, QueryRunner } from 'typeorm';
import { monthKeySql, monthOf, parseMonthKey } from '../../history/history-months';
import { CASE_EVENTS_HISTORY } from '../../../cases/case-events-history';
import {
  createDefaultPartition,
  createPartition,
  monthsAhead,
  SECURITY_AUDIT_HISTORY,
  type HistoryTable,
} from '../../history/history-partitions';

/** Months created ahead by the migration itself; the history partitions job keeps the window open afterwards. */
const MONTHS_AHEAD = 3;

const CASE_EVENTS = CASE_EVENTS_HISTORY;
const SECURITY_AUDIT = SECURITY_AUDIT_HISTORY;

const CASE_EVENT_COLUMNS = `"id" bigint NOT NULL DEFAULT nextval('case_events_id_seq'::regclass), "case_id" uuid NOT NULL, "seq" integer NOT NULL,
  "type" text NOT NULL, "payload" jsonb NOT NULL, "actor_id" uuid, "actor_name" text, "actor_role" text NOT NULL,
  "at" TIMESTAMP WITH TIME ZONE NOT NULL, "from_state" text, "to_state" text NOT NULL, "note" text`;
const AUDIT_COLUMNS = `"id" bigint NOT NULL DEFAULT nextval('security_audit_id_seq'::regclass), "at" TIMESTAMP WITH TIME ZONE NOT NULL,
  "action" text NOT NULL, "actor_id" uuid, "actor_username" text, "target_type" text, "target_id" text, "ip" text,
  "details" jsonb NOT NULL DEFAULT '{}'`;

/**
 * The append-only history tables, `case_events` and `security_audit`, become partitioned by month (PostgreSQL
 * declarative partitioning, `PARTITION BY RANGE ("at")`, months of Vietnam time): a partition for every month that has
 * rows, the current month and three ahead, and a default partition so no insert ever fails. The rows move into the new
 * table; the indexes, the foreign key and the triggers are recreated on it.
 *
 * A partitioned table's primary key and unique indexes must contain the partition key: the primary keys become
 * (id, at) and the history's (case_id, seq) uniqueness becomes (case_id, seq, at). A case's events are still numbered
 * without gaps or repeats: every writer holds the case row's lock (SELECT … FOR UPDATE) and bumps `cases.version`.
 * The other tables that grow (outbox, notifications, notices) are updated in place, so they are not append-only and
 * stay as they are. The history partitions job (history-partitions.job.ts) creates later months and applies retention.
 */
export class HistoryPartitions1765300000000 implements MigrationInterface {
  name = 'HistoryPartitions1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // case_events: free the names held by the old table, then build the partitioned one beside it.
    await queryRunner.query(`DROP TRIGGER case_events_append_only ON "case_events"`);
    await queryRunner.query(`DROP TRIGGER case_week_counts_deadline ON "case_events"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_case_events_case"`);
    await queryRunner.query(`DROP INDEX "UQ_case_events_case_seq"`);
    await queryRunner.query(`DROP INDEX "IDX_case_events_type_at"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6"`);
    await queryRunner.query(`ALTER TABLE "case_events" RENAME TO "case_events_unpartitioned"`);
    await queryRunner.query(`ALTER SEQUENCE "case_events_id_seq" OWNED BY NONE`);
    await queryRunner.query(
      `CREATE TABLE "case_events" (${CASE_EVENT_COLUMNS}, CONSTRAINT "PK_4571415af1c859d0ee5c1dd2b97" PRIMARY KEY ("id", "at")) PARTITION BY RANGE ("at")`,
    );
    await queryRunner.query(`ALTER SEQUENCE "case_events_id_seq" OWNED BY "case_events"."id"`);
    await partitionsFor(queryRunner, CASE_EVENTS, 'case_events_unpartitioned');
    // No trigger yet: the weekly counters already counted these rows once.
    await queryRunner.query(`INSERT INTO "case_events" SELECT * FROM "case_events_unpartitioned"`);
    await queryRunner.query(`DROP TABLE "case_events_unpartitioned"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_case_events_case_seq" ON "case_events" ("case_id", "seq", "at")`);
    await queryRunner.query(`CREATE INDEX "IDX_case_events_type_at" ON "case_events" ("type", "at")`);
    await queryRunner.query(
      `ALTER TABLE "case_events" ADD CONSTRAINT "FK_case_events_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON "case_events"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_deadline AFTER INSERT ON "case_events" FOR EACH ROW
      WHEN (NEW.type = 'DEADLINE_PASSED') EXECUTE FUNCTION case_week_counts_on_deadline_row()`);

    // security_audit: the same.
    await queryRunner.query(`DROP TRIGGER security_audit_append_only ON "security_audit"`);
    await queryRunner.query(`DROP INDEX "IDX_security_audit_at"`);
    await queryRunner.query(`DROP INDEX "IDX_security_audit_target"`);
    await queryRunner.query(`ALTER TABLE "security_audit" DROP CONSTRAINT "PK_2faedb1fe23adf2eb4a04b3b9db"`);
    await queryRunner.query(`ALTER TABLE "security_audit" RENAME TO "security_audit_unpartitioned"`);
    await queryRunner.query(`ALTER SEQUENCE "security_audit_id_seq" OWNED BY NONE`);
    await queryRunner.query(
      `CREATE TABLE "security_audit" (${AUDIT_COLUMNS}, CONSTRAINT "PK_b309ce5bc1739eaf1a680956659" PRIMARY KEY ("id", "at")) PARTITION BY RANGE ("at")`,
    );
    await queryRunner.query(`ALTER SEQUENCE "security_audit_id_seq" OWNED BY "security_audit"."id"`);
    await partitionsFor(queryRunner, SECURITY_AUDIT, 'security_audit_unpartitioned');
    await queryRunner.query(`INSERT INTO "security_audit" SELECT * FROM "security_audit_unpartitioned"`);
    await queryRunner.query(`DROP TABLE "security_audit_unpartitioned"`);
    await queryRunner.query(`CREATE INDEX "IDX_security_audit_at" ON "security_audit" ("at")`);
    await queryRunner.query(`CREATE INDEX "IDX_security_audit_target" ON "security_audit" ("target_id")`);
    await queryRunner.query(`CREATE TRIGGER security_audit_append_only BEFORE UPDATE OR DELETE ON "security_audit"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  /**
   * Back to plain tables, with the rows of every attached partition (default included). Months retention detached
   * (`*_archived_*`) stay standalone tables, as they were.
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "security_audit" RENAME TO "security_audit_partitioned"`);
    await queryRunner.query(`ALTER SEQUENCE "security_audit_id_seq" OWNED BY NONE`);
    await queryRunner.query(`ALTER TABLE "security_audit_partitioned" DROP CONSTRAINT "PK_b309ce5bc1739eaf1a680956659"`);
    await queryRunner.query(`DROP INDEX "IDX_security_audit_at"`);
    await queryRunner.query(`DROP INDEX "IDX_security_audit_target"`);
    await queryRunner.query(
      `CREATE TABLE "security_audit" (${AUDIT_COLUMNS}, CONSTRAINT "PK_2faedb1fe23adf2eb4a04b3b9db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER SEQUENCE "security_audit_id_seq" OWNED BY "security_audit"."id"`);
    await queryRunner.query(`INSERT INTO "security_audit" SELECT * FROM "security_audit_partitioned"`);
    await queryRunner.query(`DROP TABLE "security_audit_partitioned"`);
    await queryRunner.query(`CREATE INDEX "IDX_security_audit_at" ON "security_audit" ("at")`);
    await queryRunner.query(`CREATE INDEX "IDX_security_audit_target" ON "security_audit" ("target_id")`);
    await queryRunner.query(`CREATE TRIGGER security_audit_append_only BEFORE UPDATE OR DELETE ON "security_audit"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);

    await queryRunner.query(`ALTER TABLE "case_events" RENAME TO "case_events_partitioned"`);
    await queryRunner.query(`ALTER SEQUENCE "case_events_id_seq" OWNED BY NONE`);
    await queryRunner.query(`ALTER TABLE "case_events_partitioned" DROP CONSTRAINT "FK_case_events_case"`);
    await queryRunner.query(`ALTER TABLE "case_events_partitioned" DROP CONSTRAINT "PK_4571415af1c859d0ee5c1dd2b97"`);
    await queryRunner.query(`DROP INDEX "UQ_case_events_case_seq"`);
    await queryRunner.query(`DROP INDEX "IDX_case_events_type_at"`);
    await queryRunner.query(
      `CREATE TABLE "case_events" (${CASE_EVENT_COLUMNS}, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER SEQUENCE "case_events_id_seq" OWNED BY "case_events"."id"`);
    await queryRunner.query(`INSERT INTO "case_events" SELECT * FROM "case_events_partitioned"`);
    await queryRunner.query(`DROP TABLE "case_events_partitioned"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_case_events_case_seq" ON "case_events" ("case_id", "seq")`);
    await queryRunner.query(`CREATE INDEX "IDX_case_events_type_at" ON "case_events" ("type", "at")`);
    await queryRunner.query(
      `ALTER TABLE "case_events" ADD CONSTRAINT "FK_case_events_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON "case_events"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
    await queryRunner.query(`CREATE TRIGGER case_week_counts_deadline AFTER INSERT ON "case_events" FOR EACH ROW
      WHEN (NEW.type = 'DEADLINE_PASSED') EXECUTE FUNCTION case_week_counts_on_deadline_row()`);
  }
}

/** A partition for each month the old table has rows in, this month and the next ones, and the default partition. */
async function partitionsFor(queryRunner: QueryRunner, t: HistoryTable, source: string): Promise<void> {
  const rows: { key: string }[] = await queryRunner.query(`SELECT DISTINCT ${monthKeySql(`"${t.column}"`)} AS key FROM "${source}"`);
  const [{ now }]: { now: Date }[] = await queryRunner.query(`SELECT now() AS now`);
  const months = new Map(monthsAhead(monthOf(new Date(now)), MONTHS_AHEAD).map((m) => [`${m.year}-${m.month}`, m]));
  for (const { key } of rows) {
    const m = parseMonthKey(key);
    months.set(`${m.year}-${m.month}`, m);
  }
  for (const m of months.values()) await createPartition(queryRunner, t, m);
  await createDefaultPartition(queryRunner, t);
}
