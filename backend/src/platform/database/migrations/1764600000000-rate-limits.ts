import { MigrationInterface, QueryRunner } from 'typeorm';

/** Login and lookup throttles kept in the database, so every instance shares one budget per address and account. */
export class RateLimits1764600000000 implements MigrationInterface {
  name = 'RateLimits1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rate_limits" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "hits" integer NOT NULL, "blocked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8cb6aa4831e3e775ccf370521db" PRIMARY KEY ("key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rate_limits_window_start" ON "rate_limits" ("window_start")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_rate_limits_window_start"`);
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
