/**
 * Schema migrations, applied in order. The database's `PRAGMA user_version` is the
 * number of migrations applied; never edit a released migration, append a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE subscriptions (
    platform   TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
    channel_id TEXT NOT NULL,
    time       TEXT NOT NULL,
    time_zone  TEXT NOT NULL,
    created_by TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id)
  );
  CREATE TABLE digest_ledger (
    platform   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    date       TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
    message_id TEXT,
    reason     TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id, date)
  );
  CREATE INDEX digest_ledger_by_channel ON digest_ledger (platform, channel_id, updated_at);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
