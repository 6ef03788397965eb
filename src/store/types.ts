/** The store's contract: one interface, implemented on SQLite and on PostgreSQL. */

export type Platform = 'slack' | 'discord';

/** A channel that asked for the daily digest with `/trip digest on`. */
export interface Subscription {
  platform: Platform;
  channelId: string;
  /** Local time of day, HH:MM (24-hour). */
  time: string;
  /** IANA time zone the time is in. */
  timeZone: string;
  createdBy?: string;
  /** ISO instant. */
  createdAt: string;
}

export interface Subscriptions {
  /** Creates or replaces the channel's subscription. */
  put(subscription: Subscription): Promise<void>;
  get(platform: Platform, channelId: string): Promise<Subscription | undefined>;
  /** Returns whether there was one to remove. */
  remove(platform: Platform, channelId: string): Promise<boolean>;
  list(): Promise<Subscription[]>;
}

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
  /** Sent with the post (Slack metadata, Discord nonce), so a retry can tell whether it landed. */
  deliveryId: string;
  /** ISO instant the delivery began; retries stop DIGEST_RETRY_WINDOW after it. */
  startedAt: string;
}

/**
 * The digest ledger. Every write is a single statement, atomic across processes and
 * replicas sharing the database: of two simultaneous claims for one key exactly one wins.
 */
export interface Ledger {
  /** Claims the key if it has no entry at all; the new claim, or undefined if another has it. */
  claim(key: LedgerKey, owner: string, at: Date): Promise<LedgerEntry | undefined>;
  /** Claims every key that has no entry, in one statement; returns the claims won. */
  claimMany(keys: readonly LedgerKey[], owner: string, at: Date): Promise<LedgerEntry[]>;
  /**
   * Claims the key whatever its state (`--force`; with `only: 'failed'`, `--retry-failed`),
   * unless another claim on it is younger than `staleBefore`. A forced claim gets a new
   * delivery id (a new post is wanted); a failed one keeps its id (it may have landed).
   */
  reclaim(
    key: LedgerKey,
    owner: string,
    at: Date,
    staleBefore: Date,
    only?: 'failed',
  ): Promise<LedgerEntry | undefined>;
  /** Records the attempt number and refreshes the claim's lease. */
  attempt(key: LedgerKey, attempts: number, at: Date): Promise<void>;
  markSent(key: LedgerKey, messageId: string, at: Date): Promise<void>;
  /** Gives a claim up (shutdown): it is stale at once, for any replica's next sweep to take. */
  release(key: LedgerKey): Promise<void>;
  markFailed(key: LedgerKey, reason: string, at: Date): Promise<void>;
  /**
   * Takes over every claim not touched since `staleBefore` (its owner died mid-send): each
   * stale claim is handed to exactly one caller, claimed for `owner` at `at`, and returned.
   */
  takeStale(staleBefore: Date, owner: string, at: Date): Promise<LedgerEntry[]>;
  get(key: LedgerKey): Promise<LedgerEntry | undefined>;
  /** A channel's entries, most recently changed first. */
  recent(platform: Platform, channelId: string, limit: number): Promise<LedgerEntry[]>;
  /** Every entry of one digest date, whatever its state. */
  onDate(date: string): Promise<LedgerEntry[]>;
  /** Entries of one digest date in a state, for `--retry-failed`. */
  withState(date: string, state: LedgerState): Promise<LedgerEntry[]>;
}

/** Signed Slack requests already answered, shared by every replica. */
export interface RequestGuard {
  /** True the first time `id` is seen; false for a replay. Forgets ids older than `forgetBefore`. */
  firstSeen(id: string, at: Date, forgetBefore: Date): Promise<boolean>;
}

/** Per-channel settings people change from chat: whether answers there carry the route map. */
export interface ChannelSettings {
  mapsOff(platform: Platform, channelId: string): Promise<boolean>;
  setMapsOff(platform: Platform, channelId: string, off: boolean, at: Date): Promise<void>;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** The file path, or the URL without its password. */
  readonly location: string;
  readonly subscriptions: Subscriptions;
  readonly ledger: Ledger;
  readonly requests: RequestGuard;
  readonly channels: ChannelSettings;
  close(): Promise<void>;
}

export interface LedgerRow {
  platform: Platform;
  channel_id: string;
  date: string;
  state: LedgerState;
  message_id: string | null;
  reason: string | null;
  attempts: number;
  claimed_by: string;
  updated_at: string;
  delivery_id: string;
  started_at: string;
}

export function ledgerEntry(row: LedgerRow): LedgerEntry {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    date: row.date,
    state: row.state,
    ...(row.message_id ? { messageId: row.message_id } : {}),
    ...(row.reason ? { reason: row.reason } : {}),
    attempts: Number(row.attempts),
    claimedBy: row.claimed_by,
    updatedAt: row.updated_at,
    deliveryId: row.delivery_id,
    startedAt: row.started_at,
  };
}

export interface SubscriptionRow {
  platform: Platform;
  channel_id: string;
  time: string;
  time_zone: string;
  created_by: string | null;
  created_at: string;
}

export function subscription(row: SubscriptionRow): Subscription {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    time: row.time,
    timeZone: row.time_zone,
    ...(row.created_by ? { createdBy: row.created_by } : {}),
    createdAt: row.created_at,
  };
}

/** updated_at of a released claim: older than any lease. */
export const RELEASED_AT = '1970-01-01T00:00:00.000Z';
