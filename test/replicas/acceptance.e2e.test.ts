/**
 * The acceptance test of issue 10: PostgreSQL and three real `npm start` replicas against
 * the loopback fakes, two Slack and two Discord digest channels, a week replayed in
 * seconds (a preloaded clock, test/replicas/fake-clock.ts, and DIGEST_TICK_MS), one replica
 * SIGKILLed while its Slack post is in flight: exactly one post per channel per day.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-api.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { spawnBot, type Bot } from '../platforms/spawn-bot.js';
import { SIGNING_SECRET } from '../platforms/slack/harness.js';
import { usePostgresSchema } from '../store/postgres.js';

const freshSchema = usePostgresSchema();
const SLACK = ['C0DIGEST1', 'C0DIGEST2'];
const DISCORD = ['100000000000000001', '100000000000000002'];
// DIGEST_REPLAY_START 2025-06-02: June 2 + k gets trip day k + 1, November 2 + k, 2023.
const DAYS = [0, 1, 2, 3, 4, 5, 6].map((k) => ({
  at: `2025-06-0${2 + k}T08:00:00Z`,
  date: `2023-11-0${2 + k}`,
}));
const KILL_DAY = 2;

describe('three replicas on one PostgreSQL through a replayed week', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let dir: string;
  let clockFile: string;
  let databaseUrl: string;
  let bots: Bot[] = [];

  const setClock = (iso: string) => writeFileSync(clockFile, iso);
  const posts = () => slack.messages.length + discord.messages.length;

  beforeAll(async () => {
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    dir = mkdtempSync(join(tmpdir(), 'tripbot-replicas-'));
    clockFile = join(dir, 'clock');
    setClock('2025-06-02T07:00:00Z'); // before the first digest is due
    databaseUrl = await freshSchema();
    const env = {
      HOME: dir,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: 'discord-test-token',
      DISCORD_API_URL: discord.apiUrl,
      SLACK_DIGEST_CHANNELS: SLACK.join(','),
      DISCORD_DIGEST_CHANNELS: DISCORD.join(','),
      DIGEST_TIMEZONE: 'UTC',
      DIGEST_REPLAY_START: '2025-06-02',
      DIGEST_REPLAY_TRIP: '2023-11-02-blinken-middle-east-asia',
      DIGEST_TICK_MS: '150',
      DATABASE_URL: databaseUrl,
      TRIPBOT_TEST_CLOCK: clockFile,
      LOG_LEVEL: 'info',
    };
    bots = await Promise.all([1, 2, 3].map(() => spawnBot(env, ['./test/replicas/fake-clock.ts'])));
    await Promise.all(bots.map((bot) => bot.waitFor('/readyz', 200, 20_000)));
  }, 30_000);

  afterAll(async () => {
    await Promise.all(bots.map((bot) => bot.stop()));
    await slack.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts each digest once per channel per day, a SIGKILL mid-send included', async () => {
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    let killed: number | undefined;
    for (const [k, day] of DAYS.entries()) {
      if (k === KILL_DAY) slack.script('chat.postMessage', { lateMs: 5000 }); // stored at once, answered late
      setClock(day.at);
      if (k === KILL_DAY) {
        // The day's first Slack post: stored by the fake, its answer held back 5 s.
        const postsSoFar = () => slack.requests.filter((r) => r.method === 'chat.postMessage');
        await expect.poll(() => postsSoFar().length, { timeout: 8000, interval: 20 }).toBeGreaterThan(2 * k);
        const inFlight = postsSoFar()[2 * k];
        if (!inFlight) throw new Error('no post in flight');
        const { rows } = await db.query<{ claimed_by: string }>(
          "SELECT claimed_by FROM digest_ledger WHERE platform = 'slack' AND channel_id = $1 AND date = $2",
          [inFlight.body.channel, day.date],
        );
        const pid = Number(rows[0]?.claimed_by.split(':')[1]);
        const victim = bots.find((bot) => bot.child.pid === pid);
        expect(victim).toBeDefined();
        victim?.child.kill('SIGKILL');
        killed = pid;
        await new Promise((resolve) => victim?.child.once('exit', resolve));
        // Past the 2-minute lease: a survivor takes the claim over and finds the post.
        setClock(day.at.replace('08:00:00', '08:03:00'));
      }
      await expect.poll(posts, { timeout: 8000, interval: 50 }).toBe(4 * (k + 1));
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // any late second post would show now
    expect(posts()).toBe(4 * DAYS.length);

    const { rows } = await db.query<{
      channel_id: string;
      date: string;
      state: string;
      message_id: string;
      claimed_by: string;
    }>('SELECT channel_id, date, state, message_id, claimed_by FROM digest_ledger ORDER BY channel_id, date');
    await db.end();
    expect(rows).toHaveLength(4 * DAYS.length);
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    for (const channel of SLACK) {
      const stored = slack.messages
        .filter((m) => m.channel === channel)
        .map((m) => m.ts)
        .sort();
      expect(
        rows
          .filter((r) => r.channel_id === channel)
          .map((r) => r.message_id)
          .sort(),
      ).toEqual(stored);
    }
    for (const channel of DISCORD) {
      const stored = discord.messages
        .filter((m) => m.channelId === channel)
        .map((m) => m.id)
        .sort();
      expect(
        rows
          .filter((r) => r.channel_id === channel)
          .map((r) => r.message_id)
          .sort(),
      ).toEqual(stored);
    }
    const survivors = bots.filter((bot) => bot.child.pid !== killed);
    expect(survivors.map((bot) => bot.child.exitCode)).toEqual([null, null]);
    expect(survivors.some((bot) => bot.output().includes('digest had already landed'))).toBe(true);
  });
});
