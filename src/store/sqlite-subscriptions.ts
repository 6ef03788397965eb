import type Database from 'better-sqlite3';
import {
  subscription,
  type ChannelSettings,
  type RequestGuard,
  type Subscriptions,
  type SubscriptionRow,
} from './types.js';

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

export function createSqliteChannelSettings(db: Database.Database): ChannelSettings {
  const read = db.prepare<[string, string], { maps_off: number }>(
    'SELECT maps_off FROM channel_settings WHERE platform = ? AND channel_id = ?',
  );
  const write = db.prepare(
    `INSERT INTO channel_settings (platform, channel_id, maps_off, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, channel_id) DO UPDATE SET maps_off = excluded.maps_off, updated_at = excluded.updated_at`,
  );
  return {
    mapsOff: async (platform, channelId) => read.get(platform, channelId)?.maps_off === 1,
    setMapsOff: async (platform, channelId, off, at) => {
      write.run(platform, channelId, off ? 1 : 0, at.toISOString());
    },
  };
}
