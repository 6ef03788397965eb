import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ledgerEntry, RELEASED_AT, type Ledger, type LedgerKey, type LedgerRow } from './types.js';

const KEY = 'platform = @platform AND channel_id = @channelId AND date = @date';
const NEW_CLAIM = `INSERT INTO digest_ledger
     (platform, channel_id, date, state, attempts, claimed_by, updated_at, delivery_id, started_at)
   VALUES (@platform, @channelId, @date, 'claimed', 0, @owner, @at, @deliveryId, @at)`;

/** The digest ledger on SQLite: each write one statement, atomic across processes sharing the file. */
export function createSqliteLedger(db: Database.Database): Ledger {
  const claim = db.prepare(`${NEW_CLAIM} ON CONFLICT (platform, channel_id, date) DO NOTHING RETURNING *`);
  const reclaim = db.prepare(
    `${NEW_CLAIM} ON CONFLICT (platform, channel_id, date) DO UPDATE SET
       state = 'claimed', message_id = NULL, reason = NULL, attempts = 0,
       claimed_by = excluded.claimed_by, updated_at = excluded.updated_at,
       delivery_id = CASE WHEN @keepId = 1 THEN digest_ledger.delivery_id ELSE excluded.delivery_id END,
       started_at = excluded.started_at
     WHERE (digest_ledger.state <> 'claimed' OR digest_ledger.updated_at < @staleBefore)
       AND (@onlyFailed = 0 OR digest_ledger.state = 'failed')
     RETURNING *`,
  );
  const attempt = db.prepare(`UPDATE digest_ledger SET attempts = @attempts, updated_at = @at WHERE ${KEY}`);
  const sent = db.prepare(
    `UPDATE digest_ledger SET state = 'sent', message_id = @messageId, reason = NULL, updated_at = @at WHERE ${KEY}`,
  );
  const failed = db.prepare(
    `UPDATE digest_ledger SET state = 'failed', reason = @reason, updated_at = @at WHERE ${KEY}`,
  );
  const release = db.prepare(
    `UPDATE digest_ledger SET updated_at = '${RELEASED_AT}' WHERE ${KEY} AND state = 'claimed'`,
  );
  const take = db.prepare(
    `UPDATE digest_ledger SET claimed_by = @owner, updated_at = @at
     WHERE state = 'claimed' AND updated_at < @staleBefore RETURNING *`,
  );
  const get = db.prepare(`SELECT * FROM digest_ledger WHERE ${KEY}`);
  const recent = db.prepare(
    `SELECT * FROM digest_ledger WHERE platform = ? AND channel_id = ?
     ORDER BY updated_at DESC, date DESC LIMIT ?`,
  );
  const withState = db.prepare(
    'SELECT * FROM digest_ledger WHERE date = ? AND state = ? ORDER BY platform, channel_id',
  );
  const onDate = db.prepare('SELECT * FROM digest_ledger WHERE date = ?');
  const iso = (d: Date) => d.toISOString();
  const k = ({ platform, channelId, date }: LedgerKey) => ({ platform, channelId, date });
  const one = (row: unknown) => (row ? ledgerEntry(row as LedgerRow) : undefined);
  const claimMany = db.transaction((keys: readonly LedgerKey[], owner: string, at: string) =>
    keys.flatMap((key) => {
      const row = claim.get({ ...k(key), owner, at, deliveryId: randomUUID() });
      return row ? [ledgerEntry(row as LedgerRow)] : [];
    }),
  );
  return {
    claimMany: async (keys, owner, at) => claimMany.immediate(keys, owner, iso(at)),
    claim: async (key, owner, at) =>
      one(claim.get({ ...k(key), owner, at: iso(at), deliveryId: randomUUID() })),
    reclaim: async (key, owner, at, staleBefore, only) =>
      one(
        reclaim.get({
          ...k(key),
          owner,
          at: iso(at),
          deliveryId: randomUUID(),
          staleBefore: iso(staleBefore),
          keepId: only === 'failed' ? 1 : 0,
          onlyFailed: only === 'failed' ? 1 : 0,
        }),
      ),
    attempt: async (key, attempts, at) => void attempt.run({ ...k(key), attempts, at: iso(at) }),
    markSent: async (key, messageId, at) => void sent.run({ ...k(key), messageId, at: iso(at) }),
    release: async (key) => void release.run(k(key)),
    markFailed: async (key, reason, at) => void failed.run({ ...k(key), reason, at: iso(at) }),
    takeStale: async (staleBefore, owner, at) =>
      (take.all({ staleBefore: iso(staleBefore), owner, at: iso(at) }) as LedgerRow[]).map(ledgerEntry),
    get: async (key) => one(get.get(k(key))),
    recent: async (platform, channelId, limit) =>
      (recent.all(platform, channelId, limit) as LedgerRow[]).map(ledgerEntry),
    onDate: async (date) => (onDate.all(date) as LedgerRow[]).map(ledgerEntry),
    withState: async (date, state) => (withState.all(date, state) as LedgerRow[]).map(ledgerEntry),
  };
}
