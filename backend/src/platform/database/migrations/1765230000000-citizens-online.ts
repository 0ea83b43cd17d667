import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizens online: Open311 client apps (hashed api keys), petitions that came in through the public form or Open311,
 * the citizens' contacts for notices, the notices' delivery (retries, dead letters) and the citizens' ratings.
 */
export class CitizensOnline1765230000000 implements MigrationInterface {
  name = 'CitizensOnline1765230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "open311_clients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "province_id" uuid NOT NULL, "key_prefix" text NOT NULL, "key_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_open311_clients" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_open311_clients_province" ON "open311_clients" ("province_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_open311_clients_key_hash" ON "open311_clients" ("key_hash") `);
    await queryRunner.query(
      `CREATE TABLE "citizen_contacts" ("case_id" uuid NOT NULL, "email" text, "phone" text, "channels" text array NOT NULL DEFAULT '{}', "sealed" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_citizen_contacts" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "citizen_notices" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "outbox_id" bigint NOT NULL, "kind" text NOT NULL, "channel" text NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', "status" text NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" text, "provider_ref" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_citizen_notices_outbox_channel" UNIQUE ("outbox_id", "channel"), CONSTRAINT "PK_citizen_notices" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_citizen_notices_case" ON "citizen_notices" ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_citizen_notices_due" ON "citizen_notices" ("status", "next_attempt_at") `);
    await queryRunner.query(
      `CREATE TABLE "online_petitions" ("case_id" uuid NOT NULL, "letter_id" uuid NOT NULL, "source" text NOT NULL, "open311_client_id" uuid, "service_code" text, "description" text NOT NULL, "address" text, "address_id" text, "latitude" double precision, "longitude" double precision, "media_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_online_petitions" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_online_petitions_client" ON "online_petitions" ("open311_client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_online_petitions_source_created" ON "online_petitions" ("source", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "case_ratings" ("case_id" uuid NOT NULL, "agency_id" uuid, "stars" smallint NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_case_ratings_stars" CHECK ("stars" BETWEEN 1 AND 5), CONSTRAINT "PK_case_ratings" PRIMARY KEY ("case_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_ratings_agency" ON "case_ratings" ("agency_id") `);
    await queryRunner.query(
      `ALTER TABLE "open311_clients" ADD CONSTRAINT "FK_open311_clients_province" FOREIGN KEY ("province_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "open311_clients" ADD CONSTRAINT "FK_open311_clients_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "citizen_contacts" ADD CONSTRAINT "FK_citizen_contacts_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "citizen_notices" ADD CONSTRAINT "FK_citizen_notices_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "online_petitions" ADD CONSTRAINT "FK_online_petitions_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "online_petitions" ADD CONSTRAINT "FK_online_petitions_letter" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "online_petitions" ADD CONSTRAINT "FK_online_petitions_open311_client" FOREIGN KEY ("open311_client_id") REFERENCES "open311_clients"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_ratings" ADD CONSTRAINT "FK_case_ratings_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "case_ratings" ADD CONSTRAINT "FK_case_ratings_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_ratings" DROP CONSTRAINT "FK_case_ratings_agency"`);
    await queryRunner.query(`ALTER TABLE "case_ratings" DROP CONSTRAINT "FK_case_ratings_case"`);
    await queryRunner.query(`ALTER TABLE "online_petitions" DROP CONSTRAINT "FK_online_petitions_open311_client"`);
    await queryRunner.query(`ALTER TABLE "online_petitions" DROP CONSTRAINT "FK_online_petitions_letter"`);
    await queryRunner.query(`ALTER TABLE "online_petitions" DROP CONSTRAINT "FK_online_petitions_case"`);
    await queryRunner.query(`ALTER TABLE "citizen_notices" DROP CONSTRAINT "FK_citizen_notices_case"`);
    await queryRunner.query(`ALTER TABLE "citizen_contacts" DROP CONSTRAINT "FK_citizen_contacts_case"`);
    await queryRunner.query(`ALTER TABLE "open311_clients" DROP CONSTRAINT "FK_open311_clients_created_by"`);
    await queryRunner.query(`ALTER TABLE "open311_clients" DROP CONSTRAINT "FK_open311_clients_province"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_case_ratings_agency"`);
    await queryRunner.query(`DROP TABLE "case_ratings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_online_petitions_source_created"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_online_petitions_client"`);
    await queryRunner.query(`DROP TABLE "online_petitions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_citizen_notices_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_citizen_notices_case"`);
    await queryRunner.query(`DROP TABLE "citizen_notices"`);
    await queryRunner.query(`DROP TABLE "citizen_contacts"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_open311_clients_key_hash"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_open311_clients_province"`);
    await queryRunner.query(`DROP TABLE "open311_clients"`);
  }
}
