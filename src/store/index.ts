import { openSqliteStore } from './sqlite-store.js';
import { openPostgresStore, type PostgresOptions } from './postgres-store.js';
import type { Store } from './types.js';

export { openSqliteStore } from './sqlite-store.js';
export { openPostgresStore, describeDatabaseUrl } from './postgres-store.js';
export { StoreError } from './errors.js';
export { SCHEMA_VERSION } from './migrations.js';
export type * from './types.js';

/** PostgreSQL when DATABASE_URL is set, else the SQLite file at DATABASE_PATH. */
export function openStore(
  where: { databaseUrl?: string; databasePath: string },
  options: PostgresOptions = {},
): Promise<Store> {
  return where.databaseUrl
    ? openPostgresStore(where.databaseUrl, options)
    : Promise.resolve().then(() => openSqliteStore(where.databasePath));
}
