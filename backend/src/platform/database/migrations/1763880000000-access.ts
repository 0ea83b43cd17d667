import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisation (agency tree, neighbourhoods), users, login sessions with rotated refresh tokens, security audit. */
export class Access1763880000000 implements MigrationInterface {
  name = 'Access1763880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "kind" text NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "remote_area" boolean NOT NULL DEFAULT false, "commune_id" uuid, "province_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"));`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_agencies_parent" ON "agencies" ("parent_id") ;`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_agencies_code" ON "agencies" ("code") ;`);
    await queryRunner.query(`CREATE INDEX "IDX_agencies_commune" ON "agencies" ("commune_id") ;`);
    await queryRunner.query(
      `CREATE TABLE "neighbourhoods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "commune_id" uuid NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b38b737170a483f9c4a3087af64" PRIMARY KEY ("id"));`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_neighbourhoods_commune_name" ON "neighbourhoods" ("commune_id", "name") ;`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "full_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "agency_id" uuid NOT NULL, "neighbourhood_id" uuid, "active" boolean NOT NULL DEFAULT true, "failed_login_count" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"));`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_username" ON "users" ("username") ;`);
    await queryRunner.query(`CREATE INDEX "IDX_users_agency" ON "users" ("agency_id") ;`);
    await queryRunner.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "ip" text, CONSTRAINT "PK_641507381f32580e8479efc36cd" PRIMARY KEY ("id"));`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_auth_sessions_user" ON "auth_sessions" ("user_id") ;`);
    await queryRunner.query(
      `CREATE TABLE "refresh_tokens" ("token_hash" text NOT NULL, "session_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a7838d2ba25be1342091b6695f1" PRIMARY KEY ("token_hash"));`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_refresh_tokens_session" ON "refresh_tokens" ("session_id") ;`);
    await queryRunner.query(
      `CREATE TABLE "security_audit" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "action" text NOT NULL, "actor_id" uuid, "actor_username" text, "target_type" text, "target_id" text, "ip" text, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_2faedb1fe23adf2eb4a04b3b9db" PRIMARY KEY ("id"));`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_security_audit_at" ON "security_audit" ("at") ;`);
    await queryRunner.query(`CREATE INDEX "IDX_security_audit_target" ON "security_audit" ("target_id") ;`);
    await queryRunner.query(
      `ALTER TABLE "agencies" ADD CONSTRAINT "FK_agencies_parent" FOREIGN KEY ("parent_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;`,
    );
    await queryRunner.query(
      `ALTER TABLE "neighbourhoods" ADD CONSTRAINT "FK_neighbourhoods_commune" FOREIGN KEY ("commune_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_users_agency" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_users_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION;`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION;`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_refresh_tokens_session" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION;`,
    );
    // The security audit is evidence: rows are never changed or removed (a shared function, reused by later tables).
    await queryRunner.query(`CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER security_audit_append_only BEFORE UPDATE OR DELETE ON "security_audit"
      FOR EACH ROW EXECUTE FUNCTION refuse_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER security_audit_append_only ON "security_audit"`);
    await queryRunner.query(`DROP FUNCTION refuse_change()`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_refresh_tokens_session"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_auth_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_users_neighbourhood"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_users_agency"`);
    await queryRunner.query(`ALTER TABLE "neighbourhoods" DROP CONSTRAINT "FK_neighbourhoods_commune"`);
    await queryRunner.query(`ALTER TABLE "agencies" DROP CONSTRAINT "FK_agencies_parent"`);
    await queryRunner.query(`DROP INDEX "IDX_security_audit_target"`);
    await queryRunner.query(`DROP INDEX "IDX_security_audit_at"`);
    await queryRunner.query(`DROP TABLE "security_audit"`);
    await queryRunner.query(`DROP INDEX "IDX_refresh_tokens_session"`);
    await queryRunner.query(`DROP TABLE "refresh_tokens"`);
    await queryRunner.query(`DROP INDEX "IDX_auth_sessions_user"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_users_agency"`);
    await queryRunner.query(`DROP INDEX "UQ_users_username"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "UQ_neighbourhoods_commune_name"`);
    await queryRunner.query(`DROP TABLE "neighbourhoods"`);
    await queryRunner.query(`DROP INDEX "IDX_agencies_commune"`);
    await queryRunner.query(`DROP INDEX "UQ_agencies_code"`);
    await queryRunner.query(`DROP INDEX "IDX_agencies_parent"`);
    await queryRunner.query(`DROP TABLE "agencies"`);
  }
}
