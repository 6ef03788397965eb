import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

/**
 * A schema of its own per call on the run's one PostgreSQL (see test/setup/postgres.ts):
 * returns a DATABASE_URL whose search_path is that schema. Schemas are dropped after the file.
 */
export function usePostgresSchema(): () => Promise<string> {
  const base = inject('databaseUrl');
  const schemas: string[] = [];
  afterAll(async () => {
    if (schemas.length === 0) return;
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });
  return async () => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    schemas.push(schema);
    const url = new URL(base);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return url.toString();
  };
}
