import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One intake path for every door: registered letters (đơn thư) split into one case per matter, the link from a
 * visit's reception case to the statutory case its matter opened, and visits whose citizen is a denouncer kept sealed
 * (the identity lives only in the case's encrypted vault).
 */
export class Intake1764400000000 implements MigrationInterface {
  name = 'Intake1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "letters" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "commune_id" uuid NOT NULL, "province_id" uuid NOT NULL, "neighbourhood_id" uuid, "channel" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "senders" jsonb NOT NULL DEFAULT '[]', "sender_count" integer NOT NULL, "signatory_count" integer NOT NULL, "confidential" boolean NOT NULL DEFAULT false, "forwarded_by" text, "document_no" text, "summary" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_letters" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_letters_commune_code" ON "letters" ("commune_id", "code") `);
    await queryRunner.query(`CREATE INDEX "IDX_letters_commune_received" ON "letters" ("commune_id", "received_at") `);
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "FK_letters_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "letters" ADD CONSTRAINT "FK_letters_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "cases" ADD "letter_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "opened_from_case_id" uuid`);
    await queryRunner.query(`ALTER TABLE "cases" ADD "lookup_digest" text`);
    await queryRunner.query(`CREATE INDEX "IDX_cases_letter" ON "cases" ("letter_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cases_opened_from" ON "cases" ("opened_from_case_id") `);
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_letter" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cases" ADD CONSTRAINT "FK_cases_opened_from" FOREIGN KEY ("opened_from_case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "reception_visits" ALTER COLUMN "citizen_name" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "reception_visits" ADD "confidential" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reception_visits" DROP COLUMN "confidential"`);
    await queryRunner.query(`UPDATE "reception_visits" SET "citizen_name" = '' WHERE "citizen_name" IS NULL`);
    await queryRunner.query(`ALTER TABLE "reception_visits" ALTER COLUMN "citizen_name" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_opened_from"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP CONSTRAINT "FK_cases_letter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_opened_from"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cases_letter"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "lookup_digest"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "opened_from_case_id"`);
    await queryRunner.query(`ALTER TABLE "cases" DROP COLUMN "letter_id"`);
    await queryRunner.query(`DROP TABLE "letters"`);
  }
}
