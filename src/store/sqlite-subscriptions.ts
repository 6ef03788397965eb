import type Database from 'better-sqlite3';
import { subscription, type RequestGuard, type Subscriptions, type SubscriptionRow } from './types.js';

export function createSqliteSubscriptions(db: Database.Database): Subscriptions {
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
    put: async (s) => void put.run({ ...s, createdBy: s.createdBy ?? null }),
    get: async (platform, channelId) => {
      const row = get.get(platform, channelId) as SubscriptionRow | undefined;
      return row ? subscription(row) : undefined;
    },
    remove: async (platform, channelId) => remove.run(platform, channelId).changes > 0,
    list: async () => (list.all() as SubscriptionRow[]).map(subscription),
  };
}

export function createSqliteRequestGuard(db: Database.Database): RequestGuard {
  const insert = db.prepare(
    'INSERT INTO slack_requests (id, seen_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const forget = db.prepare('DELETE FROM slack_requests WHERE seen_at < ?');
  return {
    firstSeen: async (id, at, forgetBefore) => {
      forget.run(forgetBefore.toISOString());
      return insert.run(id, at.toISOString()).changes === 1;
    },
  };
}
