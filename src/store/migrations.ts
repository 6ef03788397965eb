/**
 * Schema migrations, applied in order, in SQL that SQLite and PostgreSQL both read. The
 * number applied is the schema version: SQLite's `PRAGMA user_version`, PostgreSQL's
 * `tripbot_schema.version`. Never edit a released migration; append a new one.
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
  `
  ALTER TABLE digest_ledger ADD COLUMN delivery_id TEXT NOT NULL DEFAULT '';
  ALTER TABLE digest_ledger ADD COLUMN started_at TEXT NOT NULL DEFAULT '';
  UPDATE digest_ledger SET delivery_id = platform || ':' || channel_id || ':' || date, started_at = updated_at;
  CREATE INDEX digest_ledger_by_state ON digest_ledger (state, updated_at);
  CREATE TABLE slack_requests (
    id      TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
  );
  CREATE INDEX slack_requests_by_age ON slack_requests (seen_at);
  `,
  `
  CREATE TABLE channel_settings (
    platform   TEXT NOT NULL CHECK (platform IN ('slack', 'discord')),
    channel_id TEXT NOT NULL,
    maps_off   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id)
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
