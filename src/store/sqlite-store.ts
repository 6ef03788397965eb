import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { createSqliteLedger } from './sqlite-ledger.js';
import {
  createSqliteChannelSettings,
  createSqliteRequestGuard,
  createSqliteSubscriptions,
} from './sqlite-subscriptions.js';
import type { Store } from './types.js';

const BUSY_TIMEOUT_MS = 5000;

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

function openFile(path: string): Database.Database {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new StoreError(
      path,
      `cannot be created: ${dirname(path)} is not a writable folder (${codeOf(error)})`,
    );
  }
  try {
    return new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new StoreError(path, `cannot be opened for writing (${codeOf(error)})`);
  }
}

/** Reads the schema version, refusing files that are not tripbot's SQLite database. */
function checkFile(db: Database.Database, path: string): number {
  let version: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
    const check = db.pragma('quick_check(1)', { simple: true });
    if (check !== 'ok')
      throw new StoreError(path, `is a damaged SQLite database (integrity check: ${String(check)})`);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    if (codeOf(error) === 'SQLITE_NOTADB')
      throw new StoreError(path, 'is not a SQLite database (corrupt or another kind of file)');
    throw new StoreError(path, `cannot be read (${codeOf(error)})`);
  }
  if (version > SCHEMA_VERSION) {
    throw new StoreError(
      path,
      `has schema version ${version}, newer than this tripbot understands (${SCHEMA_VERSION})`,
      'Run the newer tripbot, or set DATABASE_PATH to another path.',
    );
  }
  if (version === 0) {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    if (tables.length > 0) {
      throw new StoreError(
        path,
        `is a SQLite database but not tripbot's (it has tables ${tables.slice(0, 5).join(', ')} and no schema version)`,
      );
    }
  }
  return version;
}

/** Applies pending migrations in one IMMEDIATE transaction, so two processes starting together migrate once. */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (let v = current; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v] ?? '');
    // Written even when nothing changed: proves the file is writable now, not at the first digest.
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/**
 * Opens (creating on first run) the SQLite store at `path`: WAL journal, busy timeout, schema
 * migrated to the current version. Throws StoreError naming the path and the problem for
 * a corrupt or foreign file, a newer schema or an unwritable path; never replaces a file.
 */
export function openSqliteStore(path: string): Store {
  const absolute = resolve(path);
  const db = openFile(absolute);
  try {
    checkFile(db, absolute);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const code = codeOf(error);
    const problem = /READONLY|PERM|ACCES|CANTOPEN/.test(code) ? 'is not writable' : 'cannot be prepared';
    throw new StoreError(absolute, `${problem} (${code})`);
  }
  return {
    kind: 'sqlite',
    location: absolute,
    subscriptions: createSqliteSubscriptions(db),
    ledger: createSqliteLedger(db),
    requests: createSqliteRequestGuard(db),
    channels: createSqliteChannelSettings(db),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
