import { describe, expect, it } from 'vitest';
import type { DigestSender } from '../../src/digest/index.js';
import { answerLate } from '../fakes/discord-api.js';
import { startHarness, type Harness } from './harness.js';

const EIGHT = '2025-06-02T12:00:00Z'; // 08:00 EDT, DIGEST_CRON's default; replay day 1 = 2023-11-02
const SLACK_ONLY = {
  DIGEST_REPLAY_START: '2025-06-02',
  SLACK_DIGEST_CHANNELS: 'C0DIGEST1',
  DISCORD_DIGEST_CHANNELS: '',
};
const DISCORD_ONLY = {
  ...SLACK_ONLY,
  SLACK_DIGEST_CHANNELS: '',
  DISCORD_DIGEST_CHANNELS: '100000000000000001',
};
const slackKey = { platform: 'slack', channelId: 'C0DIGEST1', date: '2023-11-02' } as const;
const discordKey = { platform: 'discord', channelId: '100000000000000001', date: '2023-11-02' } as const;
// Backoff: 1 s doubling, capped at 60 s. Through a 300 s outage the waits are 1+2+4+8+16+32 = 63 s,
// then 60 s each: attempts at 63, 123, 183, 243 and 303 s; the one at 303 s is past the outage.
const OUTAGE_WAITS = [1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000];

function outageUntil(h: Harness, minutes: number): () => boolean {
  const end = Date.parse(EIGHT) + minutes * 60_000;
  return () => h.clock.now().getTime() < end;
}

const count = (h: Harness, method: string) => h.slack.requests.filter((r) => r.method === method).length;

describe('delivery through outages and slow platforms', () => {
  it('Slack: a 5-minute 500 outage at send time ends with the digest posted once', async () => {
    const h = await startHarness(EIGHT);
    h.slack.outage(outageUntil(h, 5));
    const runtime = await h.open(SLACK_ONLY);
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(h.sleeps).toEqual(OUTAGE_WAITS);
    expect(h.slack.messages.map((m) => m.channel)).toEqual(['C0DIGEST1']);
    // A 500 may hide a post that landed: every retry first reads the channel's history, and
    // posts again only once the history answers without it.
    expect(count(h, 'chat.postMessage')).toBe(2);
    expect(count(h, 'conversations.history')).toBe(10);
    expect(await h.entry(slackKey)).toMatchObject({ state: 'sent', attempts: 11 });
  });

  it('Discord: a 5-minute 500 outage ends with the digest posted once, every attempt with one nonce', async () => {
    const h = await startHarness(EIGHT);
    h.discord.outage(outageUntil(h, 5));
    const runtime = await h.open(DISCORD_ONLY);
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(h.sleeps).toEqual(OUTAGE_WAITS);
    const posts = h.discordPosts();
    expect(posts).toHaveLength(11);
    expect(new Set(posts.map((p) => JSON.parse(p.text).nonce)).size).toBe(1);
    expect(posts.every((p) => JSON.parse(p.text).enforce_nonce === true)).toBe(true);
    expect(h.discord.messages).toHaveLength(1);
    expect(await h.entry(discordKey)).toMatchObject({ state: 'sent', attempts: 11 });
  });

  it('Slack: a post stored but answered after the client timeout is found, not posted again', async () => {
    const h = await startHarness(EIGHT);
    h.slack.script('chat.postMessage', { lateMs: 1500 });
    const runtime = await h.open(SLACK_ONLY);
    runtime.start(h.senders(300));
    await runtime.whenIdle();
    expect(h.slack.messages).toHaveLength(1);
    expect(count(h, 'chat.postMessage')).toBe(1);
    const history = h.slack.requests.find((r) => r.method === 'conversations.history');
    expect(history?.body).toMatchObject({ channel: 'C0DIGEST1', include_all_metadata: 'true' });
    expect(await h.entry(slackKey)).toMatchObject({ state: 'sent', messageId: h.slack.messages[0]?.ts });
    expect(h.logLines.some((l) => l.includes('already landed'))).toBe(true);
  });

  it('Discord: a post stored but answered after the client timeout is resent with its nonce: no second message', async () => {
    const h = await startHarness(EIGHT);
    h.discord.script(
      { method: 'POST', path: `/channels/${discordKey.channelId}/messages` },
      answerLate(1500),
    );
    const runtime = await h.open(DISCORD_ONLY);
    runtime.start(h.senders(300));
    await runtime.whenIdle();
    expect(h.discordPosts()).toHaveLength(2);
    expect(h.discord.messages).toHaveLength(1);
    expect(await h.entry(discordKey)).toMatchObject({ state: 'sent', messageId: h.discord.messages[0]?.id });
  });

  it('gives up after DIGEST_RETRY_WINDOW as failed, logged as an error; --retry-failed then delivers', async () => {
    const h = await startHarness(EIGHT);
    h.slack.outage(() => true);
    const runtime = await h.open({ ...SLACK_ONLY, DIGEST_RETRY_WINDOW: '5m' });
    runtime.start(h.senders());
    await runtime.whenIdle();
    // After the 10th attempt, at 243 s, the next 60 s wait would end past 300 s.
    expect(h.sleeps).toEqual(OUTAGE_WAITS.slice(0, 9));
    const entry = await h.entry(slackKey);
    expect(entry).toMatchObject({ state: 'failed', attempts: 10 });
    expect(entry?.reason).toMatch(/^gave up after 10 attempts in 5 min: .*HTTP 500.*--retry-failed/);
    expect(h.logLines.filter((l) => /"level":"error".*digest not delivered/.test(l))).toHaveLength(1);

    h.slack.outage(undefined);
    const results = await runtime.sendDate('2023-11-02', h.senders(), 'retry-failed');
    expect(results.map((r) => r.state)).toEqual(['sent']);
    expect(h.slack.messages).toHaveLength(1);
  });

  it('records a permanent Slack error (channel_not_found) without retrying', async () => {
    const h = await startHarness(EIGHT);
    h.slack.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    const runtime = await h.open(SLACK_ONLY);
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(h.slackPosts()).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
    expect(await h.entry(slackKey)).toMatchObject({ state: 'failed', attempts: 1 });
    expect((await h.entry(slackKey))?.reason).toMatch(/channel_not_found/);
  });

  it('on stop, a delivery waiting to retry releases its claim; the next start resumes and posts once', async () => {
    const h = await startHarness(EIGHT);
    h.slack.script('chat.postMessage', { status: 503, body: { ok: false } });
    const runtime = await h.open(SLACK_ONLY, {
      retry: {
        sleep: (_ms, signal) =>
          new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve())),
      },
    });
    runtime.start(h.senders());
    await expect.poll(() => h.logLines.some((line) => line.includes('will be retried'))).toBe(true);
    await runtime.stop();
    expect(h.slackPosts()).toHaveLength(1);
    expect(await h.entry(slackKey)).toMatchObject({ state: 'claimed', attempts: 1 });

    const next = await h.open(SLACK_ONLY);
    next.start(h.senders());
    await next.whenIdle();
    expect(await h.entry(slackKey)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(h.slack.messages).toHaveLength(1);
  });

  it('records an unexpected sender error as failed and carries on with the other channels', async () => {
    const h = await startHarness(EIGHT);
    const broken: DigestSender = {
      platform: 'discord',
      send: async () => {
        throw new TypeError('renderer bug');
      },
    };
    const runtime = await h.open({ ...SLACK_ONLY, DISCORD_DIGEST_CHANNELS: discordKey.channelId });
    runtime.start([h.senders()[0] as DigestSender, broken]);
    await runtime.whenIdle();
    expect(h.slackPosts()).toHaveLength(1);
    expect(await h.entry(discordKey)).toMatchObject({
      state: 'failed',
      reason: 'unexpected error: renderer bug',
    });
  });

  it('posts nothing and claims nothing on a date outside every trip', async () => {
    const h = await startHarness(EIGHT);
    const runtime = await h.open({ SLACK_DIGEST_CHANNELS: 'C0DIGEST1', DISCORD_DIGEST_CHANNELS: '' });
    runtime.start(h.senders());
    await runtime.whenIdle();
    await runtime.runDue();
    expect(h.slackPosts()).toEqual([]);
    expect(await (await h.peek()).ledger.recent('slack', 'C0DIGEST1', 5)).toEqual([]);
    expect(h.logLines.filter((l) => l.includes('no trip on this date'))).toHaveLength(1);
  });
});
