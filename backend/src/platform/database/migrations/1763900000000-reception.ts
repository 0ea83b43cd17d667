import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reception day: schedules, sessions, visits (the register), the cases opened at a visit and the carry-over agenda. */
export class Reception1763900000000 implements MigrationInterface {
  name = 'Reception1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reception_schedules" ("commune_id" uuid NOT NULL, "weekday" integer NOT NULL DEFAULT '1', "start_time" text NOT NULL, "end_time" text NOT NULL, "place" text NOT NULL, "leaders" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ca6c6d0f81798e9da0f62e2e3ef" PRIMARY KEY ("commune_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "reception_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "kind" text NOT NULL, "session_date" date NOT NULL, "moved_from" date, "start_time" text NOT NULL, "end_time" text NOT NULL, "place" text NOT NULL, "leaders" jsonb NOT NULL DEFAULT '[]', "reason" text, "status" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE, "opened_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ae1145595e2d7ad017506177db" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reception_sessions_commune_date" ON "reception_sessions" ("commune_id", "session_date")`);
    await queryRunner.query(
      `CREATE TABLE "reception_visits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "commune_id" uuid NOT NULL, "seq" integer NOT NULL, "visited_at" TIMESTAMP WITH TIME ZONE NOT NULL, "citizen_name" text NOT NULL, "id_number" text, "address" text, "phone" text, "group_size" integer NOT NULL DEFAULT '1', "representatives" jsonb NOT NULL DEFAULT '[]', "neighbourhood_id" uuid, "previously_handled_by" text, "refusal_reason" text, "refusal_note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_003416c8f4fb8999738f42da904" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reception_visits_id_number" ON "reception_visits" ("id_number")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_reception_visits_session_seq" ON "reception_visits" ("session_id", "seq")`);
    await queryRunner.query(
      `CREATE TABLE "reception_visit_cases" ("case_id" uuid NOT NULL, "visit_id" uuid NOT NULL, "position" integer NOT NULL, "content_type" text NOT NULL, CONSTRAINT "PK_66c817c3b9d011b560fd36d97bf" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reception_visit_cases_visit" ON "reception_visit_cases" ("visit_id", "position")`);
    await queryRunner.query(
      `CREATE TABLE "reception_agenda" ("session_id" uuid NOT NULL, "case_id" uuid NOT NULL, "from_session_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_af5c6001334d2c4b80cc78c4278" PRIMARY KEY ("session_id", "case_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_schedules" ADD CONSTRAINT "FK_reception_schedules_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_sessions" ADD CONSTRAINT "FK_reception_sessions_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visits" ADD CONSTRAINT "FK_reception_visits_session" FOREIGN KEY ("session_id") REFERENCES "reception_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visits" ADD CONSTRAINT "FK_reception_visits_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visit_cases" ADD CONSTRAINT "FK_reception_visit_cases_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_visit_cases" ADD CONSTRAINT "FK_reception_visit_cases_visit" FOREIGN KEY ("visit_id") REFERENCES "reception_visits"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_agenda" ADD CONSTRAINT "FK_reception_agenda_session" FOREIGN KEY ("session_id") REFERENCES "reception_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "reception_agenda" ADD CONSTRAINT "FK_reception_agenda_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_reception_sessions_scheduled_day" ON "reception_sessions" ("commune_id", "session_date") WHERE "kind" = 'scheduled'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "UQ_reception_sessions_scheduled_day"`);
    await queryRunner.query(`ALTER TABLE "reception_agenda" DROP CONSTRAINT "FK_reception_agenda_case"`);
    await queryRunner.query(`ALTER TABLE "reception_agenda" DROP CONSTRAINT "FK_reception_agenda_session"`);
    await queryRunner.query(`ALTER TABLE "reception_visit_cases" DROP CONSTRAINT "FK_reception_visit_cases_visit"`);
    await queryRunner.query(`ALTER TABLE "reception_visit_cases" DROP CONSTRAINT "FK_reception_visit_cases_case"`);
    await queryRunner.query(`ALTER TABLE "reception_visits" DROP CONSTRAINT "FK_reception_visits_neighbourhood"`);
    await queryRunner.query(`ALTER TABLE "reception_visits" DROP CONSTRAINT "FK_reception_visits_session"`);
    await queryRunner.query(`ALTER TABLE "reception_sessions" DROP CONSTRAINT "FK_reception_sessions_commune"`);
    await queryRunner.query(`ALTER TABLE "reception_schedules" DROP CONSTRAINT "FK_reception_schedules_commune"`);
    await queryRunner.query(`DROP TABLE "reception_agenda"`);
    await queryRunner.query(`DROP INDEX "IDX_reception_visit_cases_visit"`);
    await queryRunner.query(`DROP TABLE "reception_visit_cases"`);
    await queryRunner.query(`DROP INDEX "UQ_reception_visits_session_seq"`);
    await queryRunner.query(`DROP INDEX "IDX_reception_visits_id_number"`);
    await queryRunner.query(`DROP TABLE "reception_visits"`);
    await queryRunner.query(`DROP INDEX "IDX_reception_sessions_commune_date"`);
    await queryRunner.query(`DROP TABLE "reception_sessions"`);
    await queryRunner.query(`DROP TABLE "reception_schedules"`);
  }
}
