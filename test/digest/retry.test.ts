import { describe, expect, it } from 'vitest';
import type { DigestSender } from '../../src/digest/index.js';
import { startHarness } from './harness.js';

const env = {
  DIGEST_REPLAY_START: '2025-06-02',
  SLACK_DIGEST_CHANNELS: 'C0DIGEST1',
  DISCORD_DIGEST_CHANNELS: '',
};
const key = { platform: 'slack', channelId: 'C0DIGEST1', date: '2023-11-02' } as const;

describe('delivery retries', () => {
  it('backs off exponentially on 5xx and records the failure after the last attempt', async () => {
    const h = await startHarness('2025-06-02T12:00:00Z');
    const serverError = { status: 500, body: { ok: false, error: 'internal_error' } };
    h.slack.script('chat.postMessage', serverError, serverError, serverError, serverError, serverError);
    const runtime = h.open(env);
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(h.slackPosts()).toHaveLength(5);
    expect(h.sleeps).toEqual([1000, 2000, 4000, 8000]);
    const entry = h.peek().ledger.get(key);
    expect(entry).toMatchObject({ state: 'failed', attempts: 5 });
    expect(entry?.reason).toMatch(/^gave up after 5 attempts: .*HTTP 500/);
  });

  it('records a permanent Slack error (channel_not_found) without retrying', async () => {
    const h = await startHarness('2025-06-02T12:00:00Z');
    h.slack.script('chat.postMessage', { body: { ok: false, error: 'channel_not_found' } });
    const runtime = h.open(env);
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(h.slackPosts()).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
    expect(h.peek().ledger.get(key)).toMatchObject({ state: 'failed', attempts: 1 });
    expect(h.peek().ledger.get(key)?.reason).toMatch(/channel_not_found/);
  });

  it('on stop, a delivery waiting to retry gives up and is recorded, so stop does not hang', async () => {
    const h = await startHarness('2025-06-02T12:00:00Z');
    h.slack.script('chat.postMessage', { status: 503, body: { ok: false } });
    const runtime = h.open(env, {
      retry: {
        sleep: (_ms, signal) =>
          new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve())),
      },
    });
    runtime.start(h.senders());
    await h.slack.waitFor((r) => r.method === 'chat.postMessage');
    await expect.poll(() => h.logLines.some((line) => line.includes('will be retried'))).toBe(true);
    await runtime.stop();
    expect(h.slackPosts()).toHaveLength(1);
    expect(h.peek().ledger.get(key)).toMatchObject({ state: 'failed' });
    expect(h.peek().ledger.get(key)?.reason).toMatch(/interrupted by shutdown.*--force/);
  });

  it('records an unexpected sender error as failed and carries on with the other channels', async () => {
    const h = await startHarness('2025-06-02T12:00:00Z');
    const broken: DigestSender = {
      platform: 'discord',
      send: async () => {
        throw new TypeError('renderer bug');
      },
    };
    const runtime = h.open({ ...env, DISCORD_DIGEST_CHANNELS: '100000000000000001' });
    runtime.start([h.senders()[0] as DigestSender, broken]);
    await runtime.whenIdle();
    expect(h.slackPosts()).toHaveLength(1);
    const entry = h
      .peek()
      .ledger.get({ platform: 'discord', channelId: '100000000000000001', date: '2023-11-02' });
    expect(entry).toMatchObject({ state: 'failed', reason: 'unexpected error: renderer bug' });
  });

  it('posts nothing and claims nothing on a date outside every trip', async () => {
    const h = await startHarness('2025-06-02T12:00:00Z');
    const runtime = h.open({ SLACK_DIGEST_CHANNELS: 'C0DIGEST1', DISCORD_DIGEST_CHANNELS: '' });
    runtime.start(h.senders());
    await runtime.whenIdle();
    await runtime.runDue();
    expect(h.slackPosts()).toEqual([]);
    expect(h.peek().ledger.recent('slack', 'C0DIGEST1', 5)).toEqual([]);
    expect(h.logLines.filter((l) => l.includes('no trip on this date'))).toHaveLength(1);
  });
});
