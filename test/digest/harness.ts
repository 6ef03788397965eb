import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { loadConfig } from '../../src/config.js';
import {
  openDigest,
  type DigestHooks,
  type DigestRuntime,
  type DigestSender,
} from '../../src/digest/index.js';
import { loadLibrary } from '../../src/query/load-library.js';
import { createLogger, type Logger } from '../../src/log.js';
import { createDiscordSender } from '../../src/platforms/discord/digest-sender.js';
import { createSlackSender } from '../../src/platforms/slack/digest-sender.js';
import { openStore, type LedgerEntry, type LedgerKey, type Store } from '../../src/store/index.js';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-api.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';

export const library = await loadLibrary('data/library');
export const SLACK_CHANNELS = ['C0DIGEST1', 'C0DIGEST2'];
export const DISCORD_CHANNELS = ['100000000000000001', '100000000000000002'];

/** A clock tests move by hand. */
export class Clock {
  constructor(private at: Date) {}
  readonly now = () => new Date(this.at);
  set(iso: string): void {
    this.at = new Date(iso);
  }
  advance(ms: number): void {
    this.at = new Date(this.at.getTime() + ms);
  }
}

export interface Harness {
  dir: string;
  databasePath: string;
  slack: FakeSlack;
  discord: FakeDiscord;
  clock: Clock;
  /** Delays the retry policy was asked to wait, in ms: the clock moves on, nothing really waits. */
  sleeps: number[];
  /** PostgreSQL URL when the harness runs on PostgreSQL, else undefined (SQLite). */
  databaseUrl: string | undefined;
  log: Logger;
  logLines: string[];
  /** Opens a runtime on the shared database; closed after the test. */
  open(env?: Record<string, string>, hooks?: DigestHooks): Promise<DigestRuntime & { fire(): Promise<void> }>;
  /** Senders through the real Slack and Discord clients to the loopback fakes. */
  senders(timeoutMs?: number): DigestSender[];
  /** A second connection to the database, to read the ledger as another process would. */
  peek(): Promise<Store>;
  /** The ledger entry of a key, read through a second connection. */
  entry(key: LedgerKey): Promise<LedgerEntry | undefined>;
  slackPosts(): { channel: string; text: string }[];
  discordPosts(): { channel: string; text: string; status: number }[];
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

export async function startHarness(start: string, databaseUrl?: string): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'tripbot-digest-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const slack = await startFakeSlack();
  cleanups.push(() => slack.close());
  const discord = await startFakeDiscord();
  cleanups.push(() => discord.close());
  const logLines: string[] = [];
  const log = createLogger('debug', [], (line) => logLines.push(line));
  const clock = new Clock(new Date(start));
  const sleeps: number[] = [];
  const databasePath = join(dir, 'var', 'tripbot.db');
  let peeked: Promise<Store> | undefined;
  const h: Harness = {
    dir,
    databasePath,
    slack,
    discord,
    clock,
    sleeps,
    databaseUrl,
    log,
    logLines,
    async open(env = {}, hooks = {}) {
      const config = loadConfig({
        DATABASE_PATH: databasePath,
        ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
        TRIPS_DIR: 'data/library',
        // The replayed trip is the one the page documents in detail (Public Schedules, people).
        DIGEST_REPLAY_TRIP: '2023-11-02-blinken-middle-east-asia',
        DIGEST_TIMEZONE: 'America/New_York',
        SLACK_DIGEST_CHANNELS: SLACK_CHANNELS.join(','),
        DISCORD_DIGEST_CHANNELS: DISCORD_CHANNELS.join(','),
        LOG_LEVEL: 'silent',
        ...env,
      });
      let fire: (() => void) | undefined;
      const runtime = await openDigest(
        { config, library, log },
        {
          now: clock.now,
          retry: {
            sleep: async (ms) => {
              sleeps.push(ms);
              clock.advance(ms);
            },
          },
          tick: (f) => {
            fire = f;
            return { stop: () => (fire = undefined) };
          },
          ...hooks,
        },
      );
      cleanups.push(() => runtime.stop());
      return Object.assign(runtime, {
        async fire() {
          if (!fire) throw new Error('the minute tick is not scheduled (start() not called, or stopped)');
          fire();
          await runtime.whenIdle();
        },
      });
    },
    senders: (timeoutMs) => [
      createSlackSender({
        token: 'xoxb-test-token',
        apiUrl: slack.apiUrl,
        log,
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
      createDiscordSender({
        token: 'discord-test-token',
        apiUrl: discord.apiUrl,
        log,
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
    ],
    async entry(key) {
      peeked ??= h.peek();
      return (await peeked).ledger.get(key);
    },
    async peek() {
      const store = await openStore({ databasePath, ...(databaseUrl ? { databaseUrl } : {}) });
      cleanups.push(() => store.close());
      return store;
    },
    slackPosts: () =>
      slack.requests
        .filter((r) => r.method === 'chat.postMessage')
        .map((r) => ({ channel: String(r.body.channel), text: JSON.stringify(r.body) })),
    discordPosts: () =>
      discord.requests
        .filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path))
        .map((r) => ({
          channel: r.path.split('/')[2] ?? '',
          text: JSON.stringify(r.body),
          status: r.status,
        })),
  };
  return h;
}
