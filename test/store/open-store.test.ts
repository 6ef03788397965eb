import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore as openStore, SCHEMA_VERSION, StoreError } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { useTempDir } from './temp-dir.js';

const tempDir = useTempDir();

function openError(path: string): StoreError {
  try {
    void openStore(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }
  throw new Error(`openStore(${path}) did not fail`);
}

describe('openStore', () => {
  it('creates the folder and a versioned WAL database on first run', async () => {
    const path = join(tempDir(), 'var', 'nested', 'tripbot.db');
    const store = openStore(path);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(['channel_settings', 'digest_ledger', 'slack_requests', 'subscriptions']);
    db.close();
  });

  it('keeps subscriptions across a close and reopen', async () => {
    const path = join(tempDir(), 'tripbot.db');
    const first = openStore(path);
    await first.subscriptions.put({
      platform: 'discord',
      channelId: '123456789012345678',
      time: '07:30',
      timeZone: 'Europe/Berlin',
      createdBy: 'U1',
      createdAt: '2025-06-01T10:00:00.000Z',
    });
    await first.close();
    const second = openStore(path);
    expect(await second.subscriptions.list()).toEqual([
      {
        platform: 'discord',
        channelId: '123456789012345678',
        time: '07:30',
        timeZone: 'Europe/Berlin',
        createdBy: 'U1',
        createdAt: '2025-06-01T10:00:00.000Z',
      },
    ]);
    expect(await second.subscriptions.remove('discord', '123456789012345678')).toBe(true);
    expect(await second.subscriptions.remove('discord', '123456789012345678')).toBe(false);
    await second.close();
  });

  it('migrates a version-1 database (before delivery ids), keeping its ledger', async () => {
    const path = join(tempDir(), 'tripbot.db');
    const old = new Database(path);
    old.exec(MIGRATIONS[0] ?? '');
    old.pragma('user_version = 1');
    old
      .prepare(
        `INSERT INTO digest_ledger (platform, channel_id, date, state, message_id, attempts, claimed_by, updated_at)
         VALUES ('slack', 'C1', '2023-11-02', 'sent', '1700000000.000001', 1, 'old', '2025-06-02T12:00:01.000Z')`,
      )
      .run();
    old.close();
    const store = openStore(path);
    expect(await store.ledger.get({ platform: 'slack', channelId: 'C1', date: '2023-11-02' })).toEqual({
      platform: 'slack',
      channelId: 'C1',
      date: '2023-11-02',
      state: 'sent',
      messageId: '1700000000.000001',
      attempts: 1,
      claimedBy: 'old',
      updatedAt: '2025-06-02T12:00:01.000Z',
      startedAt: '2025-06-02T12:00:01.000Z',
      deliveryId: 'slack:C1:2023-11-02',
    });
    await store.close();
  });

  it('refuses a corrupt file, naming it, and leaves it untouched', () => {
    const path = join(tempDir(), 'tripbot.db');
    const junk = 'this is not a database\n'.repeat(200);
    writeFileSync(path, junk);
    const error = openError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/not a SQLite database/);
    expect(readFileSync(path, 'utf8')).toBe(junk);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a database written by a newer tripbot', () => {
    const path = join(tempDir(), 'tripbot.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const error = openError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(new RegExp(`schema version ${SCHEMA_VERSION + 1}, newer`));
  });

  it("refuses another application's SQLite database instead of adding tables to it", () => {
    const path = join(tempDir(), 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    expect(openError(path).message).toMatch(/not tripbot's \(it has tables invoices/);
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(1);
    check.close();
  });

  it('reports a path whose folder cannot be created (a file is in the way)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'var'), 'a file, not a folder');
    const path = join(dir, 'var', 'tripbot.db');
    const error = openError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/cannot be created: .*var is not a writable folder/);
  });

  it('reports a path that is a folder', () => {
    const path = join(tempDir(), 'tripbot.db');
    mkdirSync(path);
    const error = openError(path);
    expect(error.message).toContain(path);
    expect(error.message).toMatch(/cannot be opened for writing/);
  });

  it.skipIf(process.getuid?.() === 0)(
    'reports a read-only database file (permissions; skipped as root)',
    () => {
      const path = join(tempDir(), 'tripbot.db');
      void openStore(path).close();
      chmodSync(path, 0o444);
      const error = openError(path);
      expect(error.message).toContain(path);
      expect(error.message).toMatch(/not writable/);
    },
  );
});
