import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { StoreError } from './errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import {
  ledgerEntry,
  RELEASED_AT,
  subscription,
  type Ledger,
  type LedgerKey,
  type LedgerRow,
  type ChannelSettings,
  type RequestGuard,
  type Store,
  type Subscriptions,
  type SubscriptionRow,
} from './types.js';

const HINT = 'Check DATABASE_URL and that the server is up.';
/** Any number unique to tripbot: two replicas starting together migrate one after the other. */
const MIGRATION_LOCK = 7_317_001;

/** The URL as it may be shown: the password replaced. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL (unparsable)';
  }
}

function codeOf(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.message === 'string' ? e.message : String(error);
}

async function migrate(pool: pg.Pool, location: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS tripbot_schema (version INTEGER NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM tripbot_schema');
    const current = rows[0]?.version ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new StoreError(
        location,
        `has schema version ${current}, newer than this tripbot understands (${SCHEMA_VERSION})`,
        'Run the newer tripbot, or point DATABASE_URL at another database.',
      );
    }
    if (current === 0) {
      const { rows: tables } = await client.query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_name IN ('subscriptions', 'digest_ledger')`,
      );
      if (tables.length > 0) {
        throw new StoreError(
          location,
          `has tables ${tables.map((t) => t.table_name).join(', ')} but no tripbot schema version`,
          'Point DATABASE_URL at a database (or schema) of its own.',
        );
      }
    }
    for (let v = current; v < SCHEMA_VERSION; v++) await client.query(MIGRATIONS[v] ?? '');
    await client.query('DELETE FROM tripbot_schema');
    await client.query('INSERT INTO tripbot_schema (version) VALUES ($1)', [SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const KEY = 'platform = $1 AND channel_id = $2 AND date = $3';
const NEW_CLAIM = `INSERT INTO digest_ledger
     (platform, channel_id, date, state, attempts, claimed_by, updated_at, delivery_id, started_at)
   VALUES ($1, $2, $3, 'claimed', 0, $4, $5, $6, $5)`;

function createLedger(pool: pg.Pool): Ledger {
  const iso = (d: Date) => d.toISOString();
  const k = ({ platform, channelId, date }: LedgerKey) => [platform, channelId, date];
  const one = (result: pg.QueryResult<LedgerRow>) => {
    const row = result.rows[0];
    return row ? ledgerEntry(row) : undefined;
  };
  const all = (result: pg.QueryResult<LedgerRow>) => result.rows.map(ledgerEntry);
  return {
    claimMany: async (keys, owner, at) => {
      if (keys.length === 0) return [];
      const result = await pool.query<LedgerRow>(
        `INSERT INTO digest_ledger
           (platform, channel_id, date, state, attempts, claimed_by, updated_at, delivery_id, started_at)
         SELECT k.platform, k.channel_id, k.date, 'claimed', 0, $4, $5, k.delivery_id, $5
         FROM unnest($1::text[], $2::text[], $3::text[], $6::text[]) AS k(platform, channel_id, date, delivery_id)
         ON CONFLICT (platform, channel_id, date) DO NOTHING RETURNING *`,
        [
          keys.map((key) => key.platform),
          keys.map((key) => key.channelId),
          keys.map((key) => key.date),
          owner,
          iso(at),
          keys.map(() => randomUUID()),
        ],
      );
      return all(result);
    },
    claim: async (key, owner, at) =>
      one(
        await pool.query<LedgerRow>(
          `${NEW_CLAIM} ON CONFLICT (platform, channel_id, date) DO NOTHING RETURNING *`,
          [...k(key), owner, iso(at), randomUUID()],
        ),
      ),
    reclaim: async (key, owner, at, staleBefore, only) =>
      one(
        await pool.query<LedgerRow>(
          `${NEW_CLAIM} ON CONFLICT (platform, channel_id, date) DO UPDATE SET
             state = 'claimed', message_id = NULL, reason = NULL, attempts = 0,
             claimed_by = excluded.claimed_by, updated_at = excluded.updated_at,
             delivery_id = CASE WHEN $8 THEN digest_ledger.delivery_id ELSE excluded.delivery_id END,
             started_at = excluded.started_at
           WHERE (digest_ledger.state <> 'claimed' OR digest_ledger.updated_at < $7)
             AND (NOT $8 OR digest_ledger.state = 'failed')
           RETURNING *`,
          [...k(key), owner, iso(at), randomUUID(), iso(staleBefore), only === 'failed'],
        ),
      ),
    attempt: async (key, attempts, at) =>
      void (await pool.query(`UPDATE digest_ledger SET attempts = $4, updated_at = $5 WHERE ${KEY}`, [
        ...k(key),
        attempts,
        iso(at),
      ])),
    markSent: async (key, messageId, at) =>
      void (await pool.query(
        `UPDATE digest_ledger SET state = 'sent', message_id = $4, reason = NULL, updated_at = $5 WHERE ${KEY}`,
        [...k(key), messageId, iso(at)],
      )),
    release: async (key) =>
      void (await pool.query(
        `UPDATE digest_ledger SET updated_at = '${RELEASED_AT}' WHERE ${KEY} AND state = 'claimed'`,
        k(key),
      )),
    markFailed: async (key, reason, at) =>
      void (await pool.query(
        `UPDATE digest_ledger SET state = 'failed', reason = $4, updated_at = $5 WHERE ${KEY}`,
        [...k(key), reason, iso(at)],
      )),
    // SKIP LOCKED: replicas sweeping together each take different stale claims, none waits.
    takeStale: async (staleBefore, owner, at) =>
      all(
        await pool.query<LedgerRow>(
          `UPDATE digest_ledger l SET claimed_by = $1, updated_at = $2
           FROM (SELECT platform, channel_id, date FROM digest_ledger
                 WHERE state = 'claimed' AND updated_at < $3 FOR UPDATE SKIP LOCKED) s
           WHERE l.platform = s.platform AND l.channel_id = s.channel_id AND l.date = s.date
             AND l.state = 'claimed' AND l.updated_at < $3
           RETURNING l.*`,
          [owner, iso(at), iso(staleBefore)],
        ),
      ),
    get: async (key) => one(await pool.query<LedgerRow>(`SELECT * FROM digest_ledger WHERE ${KEY}`, k(key))),
    recent: async (platform, channelId, limit) =>
      all(
        await pool.query<LedgerRow>(
          `SELECT * FROM digest_ledger WHERE platform = $1 AND channel_id = $2
           ORDER BY updated_at DESC, date DESC LIMIT $3`,
          [platform, channelId, limit],
        ),
      ),
    onDate: async (date) =>
      all(await pool.query<LedgerRow>('SELECT * FROM digest_ledger WHERE date = $1', [date])),
    withState: async (date, state) =>
      all(
        await pool.query<LedgerRow>(
          'SELECT * FROM digest_ledger WHERE date = $1 AND state = $2 ORDER BY platform, channel_id',
          [date, state],
        ),
      ),
  };
}

function createSubscriptions(pool: pg.Pool): Subscriptions {
  return {
    put: async (s) =>
      void (await pool.query(
        `INSERT INTO subscriptions (platform, channel_id, time, time_zone, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (platform, channel_id) DO UPDATE SET
           time = excluded.time, time_zone = excluded.time_zone,
           created_by = excluded.created_by, created_at = excluded.created_at`,
        [s.platform, s.channelId, s.time, s.timeZone, s.createdBy ?? null, s.createdAt],
      )),
    get: async (platform, channelId) => {
      const { rows } = await pool.query<SubscriptionRow>(
        'SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2',
        [platform, channelId],
      );
      return rows[0] ? subscription(rows[0]) : undefined;
    },
    remove: async (platform, channelId) =>
      ((
        await pool.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [
          platform,
          channelId,
        ])
      ).rowCount ?? 0) > 0,
    list: async () =>
      (
        await pool.query<SubscriptionRow>('SELECT * FROM subscriptions ORDER BY platform, channel_id')
      ).rows.map(subscription),
  };
}

function createRequestGuard(pool: pg.Pool): RequestGuard {
  return {
    firstSeen: async (id, at, forgetBefore) => {
      await pool.query('DELETE FROM slack_requests WHERE seen_at < $1', [forgetBefore.toISOString()]);
      const result = await pool.query(
        'INSERT INTO slack_requests (id, seen_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
        [id, at.toISOString()],
      );
      return result.rowCount === 1;
    },
  };
}

function createChannelSettings(pool: pg.Pool): ChannelSettings {
  return {
    mapsOff: async (platform, channelId) => {
      const result = await pool.query<{ maps_off: number }>(
        'SELECT maps_off FROM channel_settings WHERE platform = $1 AND channel_id = $2',
        [platform, channelId],
      );
      return result.rows[0]?.maps_off === 1;
    },
    setMapsOff: async (platform, channelId, off, at) => {
      await pool.query(
        `INSERT INTO channel_settings (platform, channel_id, maps_off, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, channel_id) DO UPDATE SET maps_off = excluded.maps_off, updated_at = excluded.updated_at`,
        [platform, channelId, off ? 1 : 0, at.toISOString()],
      );
    },
  };
}

export interface PostgresOptions {
  /** Called with errors of idle connections (the server restarted), which would otherwise crash. */
  onError?: (error: Error) => void;
  connectTimeoutMs?: number;
}

/**
 * Connects to PostgreSQL at `url` and migrates the schema (one replica at a time, under an
 * advisory lock). Throws StoreError naming the server (never its password) and the problem.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const location = describeDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (error) => options.onError?.(error));
  try {
    await migrate(pool, location);
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreError) throw error;
    throw new StoreError(location, `cannot be used (${codeOf(error)})`, HINT);
  }
  let closed = false;
  return {
    kind: 'postgres',
    location,
    subscriptions: createSubscriptions(pool),
    ledger: createLedger(pool),
    requests: createRequestGuard(pool),
    channels: createChannelSettings(pool),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
