import type Database from 'better-sqlite3';
import type { Platform } from './subscriptions.js';

/** One digest for one channel: (platform, channel, digest date). */
export interface LedgerKey {
  platform: Platform;
  channelId: string;
  /** The date whose digest is posted, YYYY-MM-DD. */
  date: string;
}

export type LedgerState = 'claimed' | 'sent' | 'failed';

export interface LedgerEntry extends LedgerKey {
  state: LedgerState;
  messageId?: string;
  reason?: string;
  attempts: number;
  /** Which runtime claimed it (a random id per process). */
  claimedBy: string;
  /** ISO instant of the last change; a claim not touched for a lease is stale. */
  updatedAt: string;
}

/**
 * The digest ledger. Every write is a single statement, so it is atomic across processes
 * sharing the file: of two simultaneous claims for one key exactly one returns true.
 */
export interface Ledger {
  /** Claims the key if it has no entry at all. */
  claim(key: LedgerKey, owner: string, at: Date): boolean;
  /** `--force`: claims the key whatever its state, unless another claim on it is younger than `staleBefore`. */
  reclaim(key: LedgerKey, owner: string, at: Date, staleBefore: Date): boolean;
  /** Records the attempt number and refreshes the claim's lease. */
  attempt(key: LedgerKey, attempts: number, at: Date): void;
  markSent(key: LedgerKey, messageId: string, at: Date): void;
  markFailed(key: LedgerKey, reason: string, at: Date): void;
  /** Marks every claim not touched since `staleBefore` as failed with `reason`; returns them. */
  expireStale(staleBefore: Date, reason: string, at: Date): LedgerEntry[];
  get(key: LedgerKey): LedgerEntry | undefined;
  /** A channel's entries, most recently changed first. */
  recent(platform: Platform, channelId: string, limit: number): LedgerEntry[];
}

interface Row {
  platform: Platform;
  channel_id: string;
  date: string;
  state: LedgerState;
  message_id: string | null;
  reason: string | null;
  attempts: number;
  claimed_by: string;
  updated_at: string;
}

function fromRow(row: Row): LedgerEntry {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    date: row.date,
    state: row.state,
    ...(row.message_id ? { messageId: row.message_id } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    attempts: row.attempts,
    claimedBy: row.claimed_by,
    updatedAt: row.updated_at,
  };
}

const KEY = 'platform = @platform AND channel_id = @channelId AND date = @date';

export function createLedger(db: Database.Database): Ledger {
  const claim = db.prepare(
    `INSERT INTO digest_ledger (platform, channel_id, date, state, attempts, claimed_by, updated_at)
     VALUES (@platform, @channelId, @date, 'claimed', 0, @owner, @at)
     ON CONFLICT (platform, channel_id, date) DO NOTHING`,
  );
  const reclaim = db.prepare(
    `INSERT INTO digest_ledger (platform, channel_id, date, state, attempts, claimed_by, updated_at)
     VALUES (@platform, @channelId, @date, 'claimed', 0, @owner, @at)
     ON CONFLICT (platform, channel_id, date) DO UPDATE SET
       state = 'claimed', message_id = NULL, reason = NULL, attempts = 0,
       claimed_by = excluded.claimed_by, updated_at = excluded.updated_at
     WHERE digest_ledger.state <> 'claimed' OR digest_ledger.updated_at < @staleBefore`,
  );
  const attempt = db.prepare(`UPDATE digest_ledger SET attempts = @attempts, updated_at = @at WHERE ${KEY}`);
  const sent = db.prepare(
    `UPDATE digest_ledger SET state = 'sent', message_id = @messageId, reason = NULL, updated_at = @at WHERE ${KEY}`,
  );
  const failed = db.prepare(
    `UPDATE digest_ledger SET state = 'failed', reason = @reason, updated_at = @at WHERE ${KEY}`,
  );
  const expire = db.prepare(
    `UPDATE digest_ledger SET state = 'failed', reason = @reason, updated_at = @at
     WHERE state = 'claimed' AND updated_at < @staleBefore RETURNING *`,
  );
  const get = db.prepare(`SELECT * FROM digest_ledger WHERE ${KEY}`);
  const recent = db.prepare(
    `SELECT * FROM digest_ledger WHERE platform = ? AND channel_id = ?
     ORDER BY updated_at DESC, date DESC LIMIT ?`,
  );
  const iso = (d: Date) => d.toISOString();
  const k = ({ platform, channelId, date }: LedgerKey) => ({ platform, channelId, date });
  return {
    claim: (key, owner, at) => claim.run({ ...k(key), owner, at: iso(at) }).changes === 1,
    reclaim: (key, owner, at, staleBefore) =>
      reclaim.run({ ...k(key), owner, at: iso(at), staleBefore: iso(staleBefore) }).changes === 1,
    attempt: (key, attempts, at) => void attempt.run({ ...k(key), attempts, at: iso(at) }),
    markSent: (key, messageId, at) => void sent.run({ ...k(key), messageId, at: iso(at) }),
    markFailed: (key, reason, at) => void failed.run({ ...k(key), reason, at: iso(at) }),
    expireStale: (staleBefore, reason, at) =>
      (expire.all({ staleBefore: iso(staleBefore), reason, at: iso(at) }) as Row[]).map(fromRow),
    get: (key) => {
      const row = get.get(k(key)) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    recent: (platform, channelId, limit) => (recent.all(platform, channelId, limit) as Row[]).map(fromRow),
  };
}
