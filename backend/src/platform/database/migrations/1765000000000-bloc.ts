import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The commune's mobilization bloc: members, rules, the yearly plan tied to the resolutions, briefings, sentiment notes,
 * reviews, inspections from above, commune cadres at village meetings, focused villages; the "Dân vận khéo" flow on
 * good_practices; and the attendance criterion of the team scorecard (weight 0: off until the province weights it).
 */
export class Bloc1765000000000 implements MigrationInterface {
  name = 'Bloc1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "bloc_settings" ("commune_id" uuid NOT NULL, "rules" text, "rules_adopted_on" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_32ef2eddc7324b0e65a34148be5" PRIMARY KEY ("commune_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "bloc_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "full_name" text NOT NULL, "position" text NOT NULL, "kind" text NOT NULL, "bloc_role" text NOT NULL, "user_id" uuid, "term_start" date NOT NULL, "term_end" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4eb73483e7a751d99c2582bc6bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bloc_members_user" ON "bloc_members" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_bloc_members_commune" ON "bloc_members" ("commune_id")`);
    await queryRunner.query(
      `CREATE TABLE "bloc_plans" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "year" integer NOT NULL, "title" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d76eddf0304954186ec73ad45f3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_bloc_plans_year" ON "bloc_plans" ("commune_id", "year")`);
    await queryRunner.query(
      `CREATE TABLE "bloc_resolutions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "kind" text NOT NULL, "reference" text NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_37a42f59deb6c1f9868db5ca3f2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bloc_resolutions_plan" ON "bloc_resolutions" ("plan_id")`);
    await queryRunner.query(
      `CREATE TABLE "bloc_plan_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "resolution_id" uuid NOT NULL, "owner_member_id" uuid NOT NULL, "content" text NOT NULL, "due_date" date NOT NULL, "status" text NOT NULL DEFAULT 'planned', "note" text, "done_on" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0adfff033c5b0c2af0bfdfb610e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bloc_plan_tasks_plan" ON "bloc_plan_tasks" ("plan_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_bloc_plan_tasks_owner" ON "bloc_plan_tasks" ("owner_member_id")`);
    await queryRunner.query(
      `CREATE TABLE "bloc_briefings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "held_on" date NOT NULL, "summary" text NOT NULL, "attendee_ids" uuid array NOT NULL DEFAULT '{}', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_afc862b55305d34cbd0ddfb1244" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bloc_briefings_commune" ON "bloc_briefings" ("commune_id", "held_on")`);
    await queryRunner.query(
      `CREATE TABLE "sentiment_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "channel" text NOT NULL, "noted_on" date NOT NULL, "neighbourhood_id" uuid, "category" text NOT NULL, "level" text NOT NULL, "content" text NOT NULL, "reporter_member_id" uuid, "briefing_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dee330c92428ec3cb844604357c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sentiment_notes_briefing" ON "sentiment_notes" ("briefing_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_sentiment_notes_commune" ON "sentiment_notes" ("commune_id", "noted_on")`);
    await queryRunner.query(
      `CREATE TABLE "bloc_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "year" integer NOT NULL, "kind" text NOT NULL, "held_on" date NOT NULL, "summary" text NOT NULL, "shortcomings" text, "directions" text, "figures" jsonb NOT NULL, "evaluations" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cea748d0b6d9f97b31248310cc8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_bloc_reviews_period" ON "bloc_reviews" ("commune_id", "year", "kind")`);
    await queryRunner.query(
      `CREATE TABLE "team_inspections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "commune_id" uuid NOT NULL, "month" text NOT NULL, "visited_on" date NOT NULL, "meeting_held" boolean NOT NULL, "rules_kept" boolean NOT NULL, "findings" text NOT NULL, "recommendations" text, "inspector_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1347a3de30aedfb543bb6600bb0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_team_inspections_team" ON "team_inspections" ("team_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_team_inspections_commune" ON "team_inspections" ("commune_id", "month")`);
    await queryRunner.query(
      `CREATE TABLE "meeting_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "team_id" uuid NOT NULL, "member_id" uuid NOT NULL, "month" text NOT NULL, "attended" boolean, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4031cea20911d05b2cafccfd03d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_meeting_assignments_member" ON "meeting_assignments" ("member_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_meeting_assignments" ON "meeting_assignments" ("team_id", "member_id", "month")`);
    await queryRunner.query(
      `CREATE TABLE "focus_villages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "neighbourhood_id" uuid NOT NULL, "year" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_32e5acdd0c0680f6e241f0054b9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_focus_villages_commune" ON "focus_villages" ("commune_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_focus_villages_year" ON "focus_villages" ("neighbourhood_id", "year")`);
    await queryRunner.query(
      `CREATE TABLE "focus_criteria" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "focus_id" uuid NOT NULL, "label" text NOT NULL, "weight" numeric(6,2) NOT NULL, "target" numeric(12,2) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_f8643217fb79779863c394ca0ac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_focus_criteria_village" ON "focus_criteria" ("focus_id")`);
    await queryRunner.query(
      `CREATE TABLE "focus_scores" ("criterion_id" uuid NOT NULL, "month" text NOT NULL, "value" numeric(12,2) NOT NULL, CONSTRAINT "PK_66e705783efcc79438b1ed6e50d" PRIMARY KEY ("criterion_id", "month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "good_practice_follow_ups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "followed_on" date NOT NULL, "place" text NOT NULL, "note" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25ab4e9496b94e7e3f368be0772" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_good_practice_follow_ups_practice" ON "good_practice_follow_ups" ("practice_id")`);
    // Dân vận khéo: models belong to a commune (a team is optional) and go from nomination to recognition. Rows
    // recorded before this were recorded by a leader straight into the register: recognised at the commune level.
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "commune_id" uuid`);
    await queryRunner.query(
      `UPDATE "good_practices" g SET "commune_id" = t."commune_id" FROM "mobilization_teams" t WHERE t."id" = g."team_id"`,
    );
    await queryRunner.query(`ALTER TABLE "good_practices" ALTER COLUMN "commune_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "results" text`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "owner" text`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "status" text NOT NULL DEFAULT 'recognised'`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "level" text`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "review_note" text`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "reviewed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "reviewed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "decision_ref" text`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "recognised_by" uuid`);
    await queryRunner.query(`ALTER TABLE "good_practices" ADD "recognised_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "good_practices" ALTER COLUMN "team_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_good_practices_commune" ON "good_practices" ("commune_id")`);
    await queryRunner.query(
      `ALTER TABLE "good_practices" ADD CONSTRAINT "FK_good_practices_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `UPDATE "good_practices" SET "level" = 'commune', "recognised_at" = "recorded_at", "recognised_by" = "recorded_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_settings" ADD CONSTRAINT "FK_bloc_settings_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_members" ADD CONSTRAINT "FK_bloc_members_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_members" ADD CONSTRAINT "FK_bloc_members_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_plans" ADD CONSTRAINT "FK_bloc_plans_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_resolutions" ADD CONSTRAINT "FK_bloc_resolutions_plan" FOREIGN KEY ("plan_id") REFERENCES "bloc_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_plan_tasks" ADD CONSTRAINT "FK_bloc_plan_tasks_plan" FOREIGN KEY ("plan_id") REFERENCES "bloc_plans"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_plan_tasks" ADD CONSTRAINT "FK_bloc_plan_tasks_resolution" FOREIGN KEY ("resolution_id") REFERENCES "bloc_resolutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_plan_tasks" ADD CONSTRAINT "FK_bloc_plan_tasks_owner" FOREIGN KEY ("owner_member_id") REFERENCES "bloc_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_briefings" ADD CONSTRAINT "FK_bloc_briefings_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sentiment_notes" ADD CONSTRAINT "FK_sentiment_notes_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sentiment_notes" ADD CONSTRAINT "FK_sentiment_notes_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sentiment_notes" ADD CONSTRAINT "FK_sentiment_notes_reporter" FOREIGN KEY ("reporter_member_id") REFERENCES "bloc_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sentiment_notes" ADD CONSTRAINT "FK_sentiment_notes_briefing" FOREIGN KEY ("briefing_id") REFERENCES "bloc_briefings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "bloc_reviews" ADD CONSTRAINT "FK_bloc_reviews_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_inspections" ADD CONSTRAINT "FK_team_inspections_team" FOREIGN KEY ("team_id") REFERENCES "mobilization_teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "team_inspections" ADD CONSTRAINT "FK_team_inspections_inspector" FOREIGN KEY ("inspector_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_assignments" ADD CONSTRAINT "FK_meeting_assignments_team" FOREIGN KEY ("team_id") REFERENCES "mobilization_teams"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_assignments" ADD CONSTRAINT "FK_meeting_assignments_member" FOREIGN KEY ("member_id") REFERENCES "bloc_members"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "focus_villages" ADD CONSTRAINT "FK_focus_villages_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "focus_villages" ADD CONSTRAINT "FK_focus_villages_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "focus_criteria" ADD CONSTRAINT "FK_focus_criteria_village" FOREIGN KEY ("focus_id") REFERENCES "focus_villages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "focus_scores" ADD CONSTRAINT "FK_focus_scores_criterion" FOREIGN KEY ("criterion_id") REFERENCES "focus_criteria"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "good_practice_follow_ups" ADD CONSTRAINT "FK_good_practice_follow_ups_practice" FOREIGN KEY ("practice_id") REFERENCES "good_practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "scorecard_criteria" ("metric", "weight", "target", "position") VALUES ('attendance_rate', 0, 80, 7) ON CONFLICT ("metric") DO NOTHING`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "scorecard_criteria" WHERE "metric" = 'attendance_rate'`);
    await queryRunner.query(`ALTER TABLE "good_practice_follow_ups" DROP CONSTRAINT "FK_good_practice_follow_ups_practice"`);
    await queryRunner.query(`ALTER TABLE "focus_scores" DROP CONSTRAINT "FK_focus_scores_criterion"`);
    await queryRunner.query(`ALTER TABLE "focus_criteria" DROP CONSTRAINT "FK_focus_criteria_village"`);
    await queryRunner.query(`ALTER TABLE "focus_villages" DROP CONSTRAINT "FK_focus_villages_neighbourhood"`);
    await queryRunner.query(`ALTER TABLE "focus_villages" DROP CONSTRAINT "FK_focus_villages_commune"`);
    await queryRunner.query(`ALTER TABLE "meeting_assignments" DROP CONSTRAINT "FK_meeting_assignments_member"`);
    await queryRunner.query(`ALTER TABLE "meeting_assignments" DROP CONSTRAINT "FK_meeting_assignments_team"`);
    await queryRunner.query(`ALTER TABLE "team_inspections" DROP CONSTRAINT "FK_team_inspections_inspector"`);
    await queryRunner.query(`ALTER TABLE "team_inspections" DROP CONSTRAINT "FK_team_inspections_team"`);
    await queryRunner.query(`ALTER TABLE "bloc_reviews" DROP CONSTRAINT "FK_bloc_reviews_commune"`);
    await queryRunner.query(`ALTER TABLE "sentiment_notes" DROP CONSTRAINT "FK_sentiment_notes_briefing"`);
    await queryRunner.query(`ALTER TABLE "sentiment_notes" DROP CONSTRAINT "FK_sentiment_notes_reporter"`);
    await queryRunner.query(`ALTER TABLE "sentiment_notes" DROP CONSTRAINT "FK_sentiment_notes_neighbourhood"`);
    await queryRunner.query(`ALTER TABLE "sentiment_notes" DROP CONSTRAINT "FK_sentiment_notes_commune"`);
    await queryRunner.query(`ALTER TABLE "bloc_briefings" DROP CONSTRAINT "FK_bloc_briefings_commune"`);
    await queryRunner.query(`ALTER TABLE "bloc_plan_tasks" DROP CONSTRAINT "FK_bloc_plan_tasks_owner"`);
    await queryRunner.query(`ALTER TABLE "bloc_plan_tasks" DROP CONSTRAINT "FK_bloc_plan_tasks_resolution"`);
    await queryRunner.query(`ALTER TABLE "bloc_plan_tasks" DROP CONSTRAINT "FK_bloc_plan_tasks_plan"`);
    await queryRunner.query(`ALTER TABLE "bloc_resolutions" DROP CONSTRAINT "FK_bloc_resolutions_plan"`);
    await queryRunner.query(`ALTER TABLE "bloc_plans" DROP CONSTRAINT "FK_bloc_plans_commune"`);
    await queryRunner.query(`ALTER TABLE "bloc_members" DROP CONSTRAINT "FK_bloc_members_user"`);
    await queryRunner.query(`ALTER TABLE "bloc_members" DROP CONSTRAINT "FK_bloc_members_commune"`);
    await queryRunner.query(`ALTER TABLE "bloc_settings" DROP CONSTRAINT "FK_bloc_settings_commune"`);
    await queryRunner.query(`DELETE FROM "good_practices" WHERE "team_id" IS NULL OR "status" <> 'recognised'`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP CONSTRAINT "FK_good_practices_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practices_commune"`);
    await queryRunner.query(`ALTER TABLE "good_practices" ALTER COLUMN "team_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "recognised_at"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "recognised_by"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "decision_ref"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "reviewed_at"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "reviewed_by"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "review_note"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "level"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "owner"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "results"`);
    await queryRunner.query(`ALTER TABLE "good_practices" DROP COLUMN "commune_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_good_practice_follow_ups_practice"`);
    await queryRunner.query(`DROP TABLE "good_practice_follow_ups"`);
    await queryRunner.query(`DROP TABLE "focus_scores"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_focus_criteria_village"`);
    await queryRunner.query(`DROP TABLE "focus_criteria"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_focus_villages_year"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_focus_villages_commune"`);
    await queryRunner.query(`DROP TABLE "focus_villages"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_meeting_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_meeting_assignments_member"`);
    await queryRunner.query(`DROP TABLE "meeting_assignments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_team_inspections_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_team_inspections_team"`);
    await queryRunner.query(`DROP TABLE "team_inspections"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_bloc_reviews_period"`);
    await queryRunner.query(`DROP TABLE "bloc_reviews"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sentiment_notes_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sentiment_notes_briefing"`);
    await queryRunner.query(`DROP TABLE "sentiment_notes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bloc_briefings_commune"`);
    await queryRunner.query(`DROP TABLE "bloc_briefings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bloc_plan_tasks_owner"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bloc_plan_tasks_plan"`);
    await queryRunner.query(`DROP TABLE "bloc_plan_tasks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bloc_resolutions_plan"`);
    await queryRunner.query(`DROP TABLE "bloc_resolutions"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_bloc_plans_year"`);
    await queryRunner.query(`DROP TABLE "bloc_plans"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bloc_members_commune"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bloc_members_user"`);
    await queryRunner.query(`DROP TABLE "bloc_members"`);
    await queryRunner.query(`DROP TABLE "bloc_settings"`);
  }
}
