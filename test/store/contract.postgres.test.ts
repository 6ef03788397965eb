import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPostgresStore, SCHEMA_VERSION, StoreError } from '../../src/store/index.js';
import { storeContract } from './contract.js';
import { usePostgresSchema } from './postgres.js';

const freshSchema = usePostgresSchema();

storeContract('postgres', async () => {
  const url = await freshSchema();
  return [await openPostgresStore(url), await openPostgresStore(url)];
});

async function openError(url: string): Promise<StoreError> {
  try {
    await (await openPostgresStore(url, { connectTimeoutMs: 2000 })).close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error('openPostgresStore did not fail');
}

describe('PostgreSQL store start-up', () => {
  it('three replicas starting together migrate once, to the current version', async () => {
    const url = await freshSchema();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(url)));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ version: number }>('SELECT version FROM tripbot_schema');
    await client.end();
    expect(rows).toEqual([{ version: SCHEMA_VERSION }]);
  });

  it('refuses a database of a newer tripbot, naming the version', async () => {
    const url = await freshSchema();
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('UPDATE tripbot_schema SET version = $1', [SCHEMA_VERSION + 1]);
    await client.end();
    expect((await openError(url)).message).toMatch(new RegExp(`schema version ${SCHEMA_VERSION + 1}, newer`));
  });

  it('reports a server that cannot be reached, without the password', async () => {
    const error = await openError('postgres://tripbot:s3cret-pw@127.0.0.1:1/tripbot');
    expect(error.message).toMatch(/127\.0\.0\.1:1.*cannot be used \(ECONNREFUSED\)/);
    expect(error.message).not.toContain('s3cret-pw');
  });
});
