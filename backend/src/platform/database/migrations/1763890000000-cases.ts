import { MigrationInterface, QueryRunner } from 'typeorm';

/** The case engine: cases with their machine snapshots, append-only history, parties, the denouncer's sealed identity,
 * attachments, case codes, idempotency keys, the outbox and in-app notifications. */
export class Cases1763890000000 implements MigrationInterface {
  name = 'Cases1763890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "type" text NOT NULL, "machine_id" text NOT NULL, "machine_version" integer NOT NULL, "snapshot" jsonb NOT NULL, "state" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "lead_agency_id" uuid, "coordinating_agency_ids" uuid array NOT NULL DEFAULT '{}', "commune_id" uuid NOT NULL, "province_id" uuid NOT NULL, "neighbourhood_id" uuid, "category" text NOT NULL, "channel" text NOT NULL, "summary" text NOT NULL, "content" text NOT NULL DEFAULT '', "group_size" integer NOT NULL DEFAULT '1', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "remote_area" boolean NOT NULL DEFAULT false, "deadline_rule_id" text, "rule_set_version" text, "clock_started_at" TIMESTAMP WITH TIME ZONE, "deadline_clock" jsonb, "due_at" TIMESTAMP WITH TIME ZONE, "due_soon_at" TIMESTAMP WITH TIME ZONE, "next_deadline_at" TIMESTAMP WITH TIME ZONE, "overdue_since" TIMESTAMP WITH TIME ZONE, "duplicate_of" uuid, "second_complaint_of" uuid, "forwarded_from" uuid, "search_text" text NOT NULL DEFAULT '', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cases_state" ON "cases" ("state")`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_province" ON "cases" ("province_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_lead_agency" ON "cases" ("lead_agency_id", "due_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_scope_commune" ON "cases" ("commune_id", "received_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_cases_commune_code" ON "cases" ("commune_id", "code")`);
    await queryRunner.query(
      `CREATE TABLE "case_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9680beedc0b2d26fafb04435fb8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_attachments_case" ON "case_attachments" ("case_id")`);
    await queryRunner.query(
      `CREATE TABLE "case_code_counters" ("commune_id" uuid NOT NULL, "year" integer NOT NULL, "prefix" text NOT NULL, "last" integer NOT NULL, CONSTRAINT "PK_c8dd5bf922566dd95cb2e99e69e" PRIMARY KEY ("commune_id", "year", "prefix"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "case_events" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "seq" integer NOT NULL, "type" text NOT NULL, "payload" jsonb NOT NULL, "actor_id" uuid, "actor_name" text, "actor_role" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "from_state" text, "to_state" text NOT NULL, "note" text, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_case_events_case_seq" ON "case_events" ("case_id", "seq")`);
    await queryRunner.query(
      `CREATE TABLE "case_parties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "role" text NOT NULL, "full_name" text NOT NULL, "id_number" text, "address" text, "phone" text, CONSTRAINT "PK_06bc2ff7e3027f10692a04bd22b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_parties_case" ON "case_parties" ("case_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_case_parties_id_number" ON "case_parties" ("id_number")`);
    await queryRunner.query(
      `CREATE TABLE "confidential_identities" ("case_id" uuid NOT NULL, "ciphertext" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d82ceeec3b4efa0345f7aad2b51" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_keys" ("actor_id" uuid NOT NULL, "key" text NOT NULL, "request_hash" text NOT NULL, "status" integer NOT NULL, "response" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8a5af0c11ea21dd7a2593421498" PRIMARY KEY ("actor_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "case_id" uuid, "case_code" text, "title" jsonb NOT NULL, "body" jsonb NOT NULL, "dedupe_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notifications_dedupe" ON "notifications" ("dedupe_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_user" ON "notifications" ("user_id", "created_at")`);
    await queryRunner.query(
      `CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "topic" text NOT NULL, "case_id" uuid, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_lead_agency" FOREIGN KEY ("lead_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_attachments" ADD CONSTRAINT "FK_case_attachments_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_events" ADD CONSTRAINT "FK_case_events_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_parties" ADD CONSTRAINT "FK_case_parties_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "confidential_identities" ADD CONSTRAINT "FK_confidential_identities_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Indexes TypeORM cannot describe: coordinating agencies (array), full-text search, pending deadlines and outbox.
    await queryRunner.query(`CREATE INDEX "IDX_cases_coordinating" ON "cases" USING GIN ("coordinating_agency_ids")`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_search" ON "cases" USING GIN (to_tsvector('simple', "search_text"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_next_deadline" ON "cases" ("next_deadline_at") WHERE "next_deadline_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_pending" ON "outbox" ("id") WHERE "processed_at" IS NULL`);
    await queryRunner.query(`CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON "case_events"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_events_append_only ON "case_events"`);
    await queryRunner.query(`DROP INDEX "IDX_outbox_pending"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_next_deadline"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_search"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_coordinating"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_user"`);
    await queryRunner.query(`ALTER TABLE "confidential_identities" DROP CONSTRAINT "FK_confidential_identities_case"`);
    await queryRunner.query(`ALTER TABLE "case_parties" DROP CONSTRAINT "FK_case_parties_case"`);
    await queryRunner.query(`ALTER TABLE "case_events" DROP CONSTRAINT "FK_case_events_case"`);
    await queryRunner.query(`ALTER TABLE "case_attachments" DROP CONSTRAINT "FK_case_attachments_case"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_neighbourhood"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_commune"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_lead_agency"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP INDEX "IDX_notifications_user"`);
    await queryRunner.query(`DROP INDEX "UQ_notifications_dedupe"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    await queryRunner.query(`DROP TABLE "confidential_identities"`);
    await queryRunner.query(`DROP INDEX "IDX_case_parties_id_number"`);
    await queryRunner.query(`DROP INDEX "IDX_case_parties_case"`);
    await queryRunner.query(`DROP TABLE "case_parties"`);
    await queryRunner.query(`DROP INDEX "UQ_case_events_case_seq"`);
    await queryRunner.query(`DROP TABLE "case_events"`);
    await queryRunner.query(`DROP TABLE "case_code_counters"`);
    await queryRunner.query(`DROP INDEX "IDX_case_attachments_case"`);
    await queryRunner.query(`DROP TABLE "case_attachments"`);
    await queryRunner.query(`DROP INDEX "UQ_cases_commune_code"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_scope_commune"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_lead_agency"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_province"`);
    await queryRunner.query(`DROP INDEX "IDX_cases_state"`);
    await queryRunner.query(`DROP TABLE "cases"`);
  }
}
