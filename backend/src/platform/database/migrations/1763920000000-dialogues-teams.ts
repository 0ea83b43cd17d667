import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dialogues (sessions, minutes' opinions, commitments tracked as cases, attachments) and mobilization teams (members,
 * monthly meetings, opinions, tasks, scorecard criteria, the "Dân vận khéo" register).
 */
export class DialoguesTeams1763920000000 implements MigrationInterface {
  name = 'DialoguesTeams1763920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dialogue_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "title" text NOT NULL, "held_on" date NOT NULL, "place" text NOT NULL, "commune_id" uuid NOT NULL, "province_id" uuid NOT NULL, "neighbourhood_id" uuid, "chairs" text array NOT NULL DEFAULT '{}', "invited_agency_ids" uuid array NOT NULL DEFAULT '{}', "participant_count" integer NOT NULL DEFAULT '0', "representatives" text array NOT NULL DEFAULT '{}', "topics" text array NOT NULL DEFAULT '{}', "status" text NOT NULL DEFAULT 'scheduled', "minutes_summary" text, "case_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b26767e559544eca6e27f0bc5e6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dialogue_sessions_case" ON "dialogue_sessions" ("case_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_dialogue_sessions_commune" ON "dialogue_sessions" ("commune_id", "held_on")`);
    await queryRunner.query(
      `CREATE TABLE "dialogue_opinions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dialogue_id" uuid NOT NULL, "seq" integer NOT NULL, "raised_by" text, "content" text NOT NULL, "answer" text, "category" text NOT NULL DEFAULT 'other', "case_id" uuid, CONSTRAINT "PK_7b9b88e52b2847684ade7ea1689" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_dialogue_opinions_seq" ON "dialogue_opinions" ("dialogue_id", "seq")`);
    await queryRunner.query(
      `CREATE TABLE "dialogue_commitments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dialogue_id" uuid NOT NULL, "content" text NOT NULL, "owner_agency_id" uuid NOT NULL, "due_date" date NOT NULL, "case_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2d745acefdd2bb00623047e9cb0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dialogue_commitments_dialogue" ON "dialogue_commitments" ("dialogue_id")`);
    await queryRunner.query(
      `CREATE TABLE "dialogue_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "dialogue_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "sha256" text NOT NULL, "content" bytea NOT NULL, "uploaded_by" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5b988a5e45385683611b0244ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_dialogue_attachments_dialogue" ON "dialogue_attachments" ("dialogue_id")`);
    await queryRunner.query(
      `CREATE TABLE "mobilization_teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "neighbourhood_id" uuid NOT NULL, "name" text NOT NULL, "term_start" date NOT NULL, "term_end" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5208f43c5d43d714445880cc8c3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_mobilization_teams_neighbourhood" ON "mobilization_teams" ("neighbourhood_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_mobilization_teams_commune" ON "mobilization_teams" ("commune_id")`);
    await queryRunner.query(
      `CREATE TABLE "team_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "full_name" text NOT NULL, "role" text NOT NULL, "phone" text, "term_start" date NOT NULL, "term_end" date, CONSTRAINT "PK_ca3eae89dcf20c9fd95bf7460aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_team_members_team" ON "team_members" ("team_id")`);
    await queryRunner.query(
      `CREATE TABLE "team_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "held_on" date NOT NULL, "attendance" integer NOT NULL, "topics" text array NOT NULL DEFAULT '{}', "notes" text, "propaganda_sessions" integer NOT NULL DEFAULT '0', "people_reached" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b24a3af475e030b0d77e63992d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_team_meetings_team" ON "team_meetings" ("team_id", "held_on")`);
    await queryRunner.query(
      `CREATE TABLE "team_opinions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "seq" integer NOT NULL, "raised_by" text, "content" text NOT NULL, "category" text NOT NULL DEFAULT 'other', "case_id" uuid, CONSTRAINT "PK_a3542ebdca9fd41505eb609cb2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_team_opinions_case" ON "team_opinions" ("case_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_team_opinions_seq" ON "team_opinions" ("meeting_id", "seq")`);
    await queryRunner.query(
      `CREATE TABLE "team_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "description" text NOT NULL, "due_date" date, "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_02d80eb7afcdee8697491ff67d6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_team_tasks_meeting" ON "team_tasks" ("meeting_id")`);
    await queryRunner.query(
      `CREATE TABLE "scorecard_criteria" ("metric" text NOT NULL, "weight" numeric(6,2) NOT NULL, "target" integer NOT NULL, "position" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_761205175ec85c6ed4cb35646a6" PRIMARY KEY ("metric"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "good_practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "year" integer NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20c6f545b1e820918ba2507fb04" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_good_practices_year" ON "good_practices" ("year")`);
    await queryRunner.query(
      `ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "FK_dialogue_sessions_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "FK_dialogue_sessions_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "FK_dialogue_sessions_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_opinions" ADD CONSTRAINT "FK_dialogue_opinions_dialogue" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_opinions" ADD CONSTRAINT "FK_dialogue_opinions_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_commitments" ADD CONSTRAINT "FK_dialogue_commitments_dialogue" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_commitments" ADD CONSTRAINT "FK_dialogue_commitments_owner" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_commitments" ADD CONSTRAINT "FK_dialogue_commitments_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "dialogue_attachments" ADD CONSTRAINT "FK_dialogue_attachments_dialogue" FOREIGN KEY ("dialogue_id") REFERENCES "dialogue_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mobilization_teams" ADD CONSTRAINT "FK_mobilization_teams_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mobilization_teams" ADD CONSTRAINT "FK_mobilization_teams_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_members" ADD CONSTRAINT "FK_team_members_team" FOREIGN KEY ("team_id") REFERENCES "mobilization_teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_meetings" ADD CONSTRAINT "FK_team_meetings_team" FOREIGN KEY ("team_id") REFERENCES "mobilization_teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_opinions" ADD CONSTRAINT "FK_team_opinions_meeting" FOREIGN KEY ("meeting_id") REFERENCES "team_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_opinions" ADD CONSTRAINT "FK_team_opinions_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_tasks" ADD CONSTRAINT "FK_team_tasks_meeting" FOREIGN KEY ("meeting_id") REFERENCES "team_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_tasks" ADD CONSTRAINT "FK_team_tasks_member" FOREIGN KEY ("member_id") REFERENCES "team_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "good_practices" ADD CONSTRAINT "FK_good_practices_team" FOREIGN KEY ("team_id") REFERENCES "mobilization_teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Default scorecard: 100 points when every monthly target is met; leaders change weights and targets in the app.
    await queryRunner.query(
      `INSERT INTO "scorecard_criteria" ("metric", "weight", "target", "position") VALUES
        ('meetings_held', 20, 1, 1), ('opinions_collected', 20, 5, 2), ('cases_raised', 15, 2, 3),
        ('cases_resolved_on_time', 15, 2, 4), ('propaganda_sessions', 15, 2, 5), ('people_reached', 15, 100, 6)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "good_practices" DROP CONSTRAINT "FK_good_practices_team"`);
    await queryRunner.query(`ALTER TABLE "team_tasks" DROP CONSTRAINT "FK_team_tasks_member"`);
    await queryRunner.query(`ALTER TABLE "team_tasks" DROP CONSTRAINT "FK_team_tasks_meeting"`);
    await queryRunner.query(`ALTER TABLE "team_opinions" DROP CONSTRAINT "FK_team_opinions_case"`);
    await queryRunner.query(`ALTER TABLE "team_opinions" DROP CONSTRAINT "FK_team_opinions_meeting"`);
    await queryRunner.query(`ALTER TABLE "team_meetings" DROP CONSTRAINT "FK_team_meetings_team"`);
    await queryRunner.query(`ALTER TABLE "team_members" DROP CONSTRAINT "FK_team_members_team"`);
    await queryRunner.query(`ALTER TABLE "mobilization_teams" DROP CONSTRAINT "FK_mobilization_teams_neighbourhood"`);
    await queryRunner.query(`ALTER TABLE "mobilization_teams" DROP CONSTRAINT "FK_mobilization_teams_commune"`);
    await queryRunner.query(`ALTER TABLE "dialogue_attachments" DROP CONSTRAINT "FK_dialogue_attachments_dialogue"`);
    await queryRunner.query(`ALTER TABLE "dialogue_commitments" DROP CONSTRAINT "FK_dialogue_commitments_case"`);
    await queryRunner.query(`ALTER TABLE "dialogue_commitments" DROP CONSTRAINT "FK_dialogue_commitments_owner"`);
    await queryRunner.query(`ALTER TABLE "dialogue_commitments" DROP CONSTRAINT "FK_dialogue_commitments_dialogue"`);
    await queryRunner.query(`ALTER TABLE "dialogue_opinions" DROP CONSTRAINT "FK_dialogue_opinions_case"`);
    await queryRunner.query(`ALTER TABLE "dialogue_opinions" DROP CONSTRAINT "FK_dialogue_opinions_dialogue"`);
    await queryRunner.query(`ALTER TABLE "dialogue_sessions" DROP CONSTRAINT "FK_dialogue_sessions_case"`);
    await queryRunner.query(`ALTER TABLE "dialogue_sessions" DROP CONSTRAINT "FK_dialogue_sessions_neighbourhood"`);
    await queryRunner.query(`ALTER TABLE "dialogue_sessions" DROP CONSTRAINT "FK_dialogue_sessions_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practices_year"`);
    await queryRunner.query(`DROP TABLE "good_practices"`);
    await queryRunner.query(`DROP TABLE "scorecard_criteria"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_team_tasks_meeting"`);
    await queryRunner.query(`DROP TABLE "team_tasks"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_team_opinions_seq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_team_opinions_case"`);
    await queryRunner.query(`DROP TABLE "team_opinions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_team_meetings_team"`);
    await queryRunner.query(`DROP TABLE "team_meetings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_team_members_team"`);
    await queryRunner.query(`DROP TABLE "team_members"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mobilization_teams_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mobilization_teams_neighbourhood"`);
    await queryRunner.query(`DROP TABLE "mobilization_teams"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dialogue_attachments_dialogue"`);
    await queryRunner.query(`DROP TABLE "dialogue_attachments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dialogue_commitments_dialogue"`);
    await queryRunner.query(`DROP TABLE "dialogue_commitments"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_dialogue_opinions_seq"`);
    await queryRunner.query(`DROP TABLE "dialogue_opinions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dialogue_sessions_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dialogue_sessions_case"`);
    await queryRunner.query(`DROP TABLE "dialogue_sessions"`);
  }
}
