import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions every domain relies on: accent-insensitive French search (unaccent, with an IMMUTABLE wrapper so it
 * can be indexed), trigram similarity (pg_trgm) and case-insensitive text for e-mail addresses (citext).
 * All three ship with PostgreSQL's contrib, which the embedded server and every managed offer include.
 */
export class PostgresExtensions1764000000000 implements MigrationInterface {
  name = 'PostgresExtensions1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS citext`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
         LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
         AS $func$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $func$`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS f_unaccent(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS citext`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
