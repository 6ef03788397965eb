/**
 * Production rows: digest fan-out to 1,000 channels by three `npm start` replicas on one
 * PostgreSQL (time to the last post, and posts per channel, which must be exactly 1), and
 * Slack answers per second at saturation, tripbot (HTTP server, replay guard on the store)
 * beside a bare Bolt app on the same fake.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config.js';
import { createMetrics } from '../../src/http/metrics.js';
import { startHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { createHealth } from '../../src/platforms/health.js';
import { startSlack } from '../../src/platforms/slack/index.js';
import type { Library } from '../../src/query/library.js';
import { openSqliteStore } from '../../src/store/index.js';
import { startFakeDiscord } from '../../test/fakes/discord-api.js';
import { startFakeSlack, type FakeSlack } from '../../test/fakes/slack-api.js';
import { spawnBot, type Bot } from '../../test/platforms/spawn-bot.js';
import type { Row } from '../lib/report.js';
import { latencyOf } from '../lib/stats.js';
import { SECRET, signedCommand, startBareBolt } from './slack.js';

/** TEST_DATABASE_URL, or a throwaway cluster of .ci/pg-cluster for the run. */
function postgres(): { url: string; stop: () => void } {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: () => undefined };
  const [dir = '', url = ''] = execFileSync('bash', ['.ci/pg-cluster', 'start'], { encoding: 'utf8' })
    .trim()
    .split(' ');
  return { url, stop: () => void execFileSync('bash', ['.ci/pg-cluster', 'stop', dir]) };
}

async function freshDatabase(base: string): Promise<string> {
  const name = `bench_${randomUUID().slice(0, 8)}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Three replicas, `channels` destinations split between Slack and Discord, `days` replayed days. */
export async function benchFanOut(channels: number, days: number): Promise<Row[]> {
  const server = postgres();
  const slack = await startFakeSlack();
  const discord = await startFakeDiscord();
  const dir = mkdtempSync(join(tmpdir(), 'tripbot-bench-fanout-'));
  const clock = join(dir, 'clock');
  writeFileSync(clock, '2025-06-02T07:00:00Z');
  const slackIds = Array.from({ length: channels / 2 }, (_, i) => `C${String(i).padStart(6, '0')}`);
  const discordIds = Array.from({ length: channels / 2 }, (_, i) => String(100000000000000000n + BigInt(i)));
  let bots: Bot[] = [];
  const times: number[] = [];
  const perChannel: number[] = [];
  try {
    const env = {
      HOME: dir,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: 'discord-bench-token',
      DISCORD_API_URL: discord.apiUrl,
      SLACK_DIGEST_CHANNELS: slackIds.join(','),
      DISCORD_DIGEST_CHANNELS: discordIds.join(','),
      DIGEST_TIMEZONE: 'UTC',
      DIGEST_REPLAY_START: '2025-06-02',
      DIGEST_REPLAY_TRIP: '2023-11-02-blinken-middle-east-asia',
      DIGEST_TICK_MS: '200',
      DATABASE_URL: await freshDatabase(server.url),
      TRIPBOT_TEST_CLOCK: clock,
      LOG_LEVEL: 'warn',
    };
    bots = await Promise.all([1, 2, 3].map(() => spawnBot(env, ['./test/replicas/fake-clock.ts'])));
    await Promise.all(bots.map((bot) => bot.waitFor('/readyz', 200, 60_000)));
    for (let day = 0; day < days; day++) {
      const expected = channels * (day + 1);
      const started = performance.now();
      writeFileSync(clock, `2025-06-0${2 + day}T08:00:00Z`);
      while (slack.messages.length + discord.messages.length < expected) {
        if (performance.now() - started > 120_000) {
          for (const bot of bots) console.error(bot.output().split('\n').slice(-15).join('\n'));
          throw new Error(
            `fan-out did not finish in 2 minutes: ${slack.messages.length + discord.messages.length} of ${expected}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      times.push(performance.now() - started);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000)); // a late duplicate would land now
    const counts = new Map<string, number>();
    for (const m of slack.messages) counts.set(m.channel, (counts.get(m.channel) ?? 0) + 1);
    for (const m of discord.messages) counts.set(m.channelId, (counts.get(m.channelId) ?? 0) + 1);
    for (const id of [...slackIds, ...discordIds]) perChannel.push((counts.get(id) ?? 0) / days);
  } finally {
    await Promise.all(bots.map((bot) => bot.stop()));
    await slack.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
    server.stop();
  }
  const l = latencyOf(times);
  const min = Math.min(...perChannel);
  const max = Math.max(...perChannel);
  return [
    {
      section: 'replicas',
      name: `digest fan-out, ${channels} channels (${channels / 2} Slack + ${channels / 2} Discord), 3 npm start replicas, one PostgreSQL`,
      scale: 'whole record',
      p50: l.p50,
      p99: l.p99,
      mean: l.mean,
      samples: l.samples,
      note: `time from the scheduled minute to the last post, ${days} replayed days; posts per channel per day: min ${min}, max ${max} (must be exactly 1)`,
      postsPerChannel: { min, max },
    },
  ];
}

/** `concurrency` clients asking in a loop for `ms`: answers that reached response_url per second, and their latencies. */
async function saturate(
  fake: FakeSlack,
  url: string,
  questions: readonly string[],
  concurrency: number,
  ms: number,
  tag: string,
): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  const end = performance.now() + ms;
  let n = 0;
  const client = async () => {
    while (performance.now() < end) {
      const id = `${tag}${n++}`;
      const text = questions[n % questions.length] ?? 'help';
      const started = performance.now();
      const answered = fake.waitFor((r) => r.responseId === id, 30_000);
      // A distinct trigger id per request: a distinct signature, not a replay.
      const { body, headers } = signedCommand(text, fake.responseUrl(id), `trigger-${randomUUID()}`);
      const response = await fetch(url, { method: 'POST', headers, body });
      await response.text();
      await answered;
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  fake.reset();
  return { perSecond: latencies.length / seconds, latencies };
}

export async function benchSaturation(
  library: Library,
  questions: readonly string[],
  concurrency = 16,
  ms = 5000,
): Promise<Row[]> {
  const fake = await startFakeSlack();
  const dir = mkdtempSync(join(tmpdir(), 'tripbot-bench-saturation-'));
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.apiUrl,
    LOG_LEVEL: 'error',
  });
  const log = createLogger('error', config.secrets, () => undefined);
  const store = openSqliteStore(join(dir, 'tripbot.db'));
  const metrics = createMetrics();
  const http = await startHttpServer({ port: 0, host: '127.0.0.1', health: createHealth(), metrics, log });
  const tripbot = await startSlack(
    { config, library, log, services: {}, metrics },
    { http, seen: store.requests },
  );
  const bare = await startBareBolt(fake);
  const rows: Row[] = [];
  try {
    const tripbotUrl = `http://127.0.0.1:${http.port}/slack/events`;
    await saturate(fake, tripbotUrl, questions, concurrency, 1000, 'w'); // warm-up
    await saturate(fake, bare.url, questions, concurrency, 1000, 'v');
    const ours = await saturate(fake, tripbotUrl, questions, concurrency, ms, 't');
    const base = await saturate(fake, bare.url, questions, concurrency, ms, 'b');
    const row = (name: string, r: typeof ours, note: string): Row => {
      const l = latencyOf(r.latencies);
      return {
        section: 'saturation',
        name,
        scale: 'whole record',
        p50: l.p50,
        p99: l.p99,
        mean: l.mean,
        samples: l.samples,
        note,
        perSecond: r.perSecond,
      };
    };
    rows.push(
      row(
        'tripbot Slack answers at saturation (HTTP server, signature replay guard on SQLite)',
        ours,
        `${ours.perSecond.toFixed(0)} answers/s with ${concurrency} clients for ${ms / 1000} s: ${(ours.perSecond / base.perSecond).toFixed(2)}× the bare Bolt app`,
      ),
      row(
        'bare Bolt app, constant reply, same fake',
        base,
        `${base.perSecond.toFixed(0)} answers/s (baseline)`,
      ),
    );
  } finally {
    await tripbot.stop();
    await http.close();
    await bare.stop();
    await store.close();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
