import type Database from 'better-sqlite3';

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
  put(subscription: Subscription): void;
  get(platform: Platform, channelId: string): Subscription | undefined;
  /** Returns whether there was one to remove. */
  remove(platform: Platform, channelId: string): boolean;
  list(): Subscription[];
}

interface Row {
  platform: Platform;
  channel_id: string;
  time: string;
  time_zone: string;
  created_by: string | null;
  created_at: string;
}

function fromRow(row: Row): Subscription {
  return {
    platform: row.platform,
    channelId: row.channel_id,
    time: row.time,
    timeZone: row.time_zone,
    ...(row.created_by ? { createdBy: row.created_by } : {}),
    createdAt: row.created_at,
  };
}

export function createSubscriptions(db: Database.Database): Subscriptions {
  const put = db.prepare(
    `INSERT INTO subscriptions (platform, channel_id, time, time_zone, created_by, created_at)
     VALUES (@platform, @channelId, @time, @timeZone, @createdBy, @createdAt)
     ON CONFLICT (platform, channel_id) DO UPDATE SET
       time = excluded.time, time_zone = excluded.time_zone,
       created_by = excluded.created_by, created_at = excluded.created_at`,
  );
  const get = db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?');
  const remove = db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?');
  const list = db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id');
  return {
    put: (s) => void put.run({ ...s, createdBy: s.createdBy ?? null }),
    get: (platform, channelId) => {
      const row = get.get(platform, channelId) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },
    remove: (platform, channelId) => remove.run(platform, channelId).changes > 0,
    list: () => (list.all() as Row[]).map(fromRow),
  };
}
