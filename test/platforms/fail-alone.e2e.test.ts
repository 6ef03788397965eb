import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-api.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';
import { SIGNING_SECRET, signedHeaders, slashCommandBody } from './slack/harness.js';
import { spawnBot, type Bot } from './spawn-bot.js';

// Replaying from today (UTC) with a midnight cron: today's digest, trip day 1, is due at once.
const today = new Date().toISOString().slice(0, 10);

describe('npm start with Slack up and Discord’s gateway unreachable', () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let bot: Bot;
  let dir: string;

  beforeAll(async () => {
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    discord.gateway.behave('silent');
    dir = mkdtempSync(join(tmpdir(), 'tripbot-fail-alone-'));
    bot = await spawnBot({
      HOME: dir,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: 'discord-test-token',
      DISCORD_API_URL: discord.apiUrl,
      SLACK_DIGEST_CHANNELS: 'C0DIGEST1',
      DISCORD_DIGEST_CHANNELS: '100000000000000001',
      DIGEST_CRON: '0 0 * * *',
      DIGEST_TIMEZONE: 'UTC',
      DIGEST_REPLAY_START: today,
      DIGEST_REPLAY_TRIP: '2023-11-02-blinken-middle-east-asia',
      LOG_LEVEL: 'info',
      DATABASE_PATH: join(dir, 'tripbot.db'),
    });
    await bot.waitFor('/healthz', 200);
  }, 30_000);

  afterAll(async () => {
    await bot.stop();
    await slack.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is alive, and /readyz answers 503 naming Discord while Slack is up', async () => {
    // Slack's start (auth.test, Bolt init) takes a few hundred ms, more on a loaded machine.
    await expect
      .poll(async () => JSON.parse((await bot.get('/readyz')).text).platforms?.slack?.state, {
        timeout: 15_000,
      })
      .toBe('up');
    const ready = await bot.get('/readyz');
    expect(ready.status).toBe(503);
    const body = JSON.parse(ready.text);
    expect(body.down).toEqual([expect.stringMatching(/^discord is (starting|down)/)]);
  });

  it('answers Slack commands and posts the Slack digest while Discord is not there', async () => {
    const body = slashCommandBody('who lazarini', slack.responseUrl('alone'));
    const response = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(body),
      body,
    });
    expect(response.status).toBe(200);
    expect((await slack.waitFor((r) => r.responseId === 'alone')).body.text).toContain('Philippe Lazzarini');
    const post = await slack.waitFor((r) => r.method === 'chat.postMessage', 10_000);
    expect(post.body.channel).toBe('C0DIGEST1');
    expect(JSON.stringify(post.body)).toContain('November 2, 2023'); // trip day 1
    expect(discord.messages).toEqual([]);
  });

  it('serves Prometheus metrics: Slack up, Discord not', async () => {
    const metrics = await bot.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^tripbot_platform_up\{platform="slack"\} 1$/m);
    expect(metrics.text).toMatch(/^tripbot_platform_up\{platform="discord"\} 0$/m);
    // The one /trip who answered in the test before, and its latency.
    expect(metrics.text).toMatch(
      /^tripbot_commands_total\{platform="slack",command="who",outcome="ok"\} 1$/m,
    );
    expect(metrics.text).toMatch(/^tripbot_answer_seconds_count\{platform="slack"\} 1$/m);
    await expect
      .poll(async () => (await bot.get('/metrics')).text)
      .toMatch(/^tripbot_digest_deliveries_total\{platform="slack",outcome="sent"\} 1$/m);
  });

  it('stops on SIGTERM within 10 s with exit code 0', async () => {
    const { code, ms } = await bot.stop();
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
    expect(bot.output()).toMatch(/"message":"stopped"/);
    expect(bot.output()).not.toContain('xoxb-test');
  });
});
