import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { startFakeSlack } from '../fakes/slack-api.js';
import { SIGNING_SECRET } from './slack/harness.js';
import { spawnBot } from './spawn-bot.js';

const today = new Date().toISOString().slice(0, 10);
const dir = mkdtempSync(join(tmpdir(), 'tripbot-sigterm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SIGTERM', () => {
  it('finishes the send in flight, releases the claim waiting to retry, and exits 0 within 10 s', async () => {
    const slack = await startFakeSlack();
    // C0SLOW's post is stored at once and answered 1.5 s later; C0DOWN answers 503 and waits to retry.
    slack.script(
      'chat.postMessage',
      { lateMs: 1500 },
      { status: 503, body: { ok: false, error: 'service_unavailable' } },
    );
    const databasePath = join(dir, 'tripbot.db');
    const bot = await spawnBot({
      HOME: dir,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      SLACK_DIGEST_CHANNELS: 'C0SLOW,C0DOWN',
      DIGEST_CRON: '0 0 * * *',
      DIGEST_TIMEZONE: 'UTC',
      DIGEST_REPLAY_START: today, // today's digest, trip day 1, is due at once
      DIGEST_REPLAY_TRIP: '2023-11-02-blinken-middle-east-asia',
      DATABASE_PATH: databasePath,
      LOG_LEVEL: 'info',
    });
    try {
      await expect
        .poll(() => slack.requests.filter((r) => r.method === 'chat.postMessage').length, { timeout: 15_000 })
        .toBe(2);
      await expect.poll(() => bot.output().includes('will be retried'), { timeout: 5000 }).toBe(true);
      const { code, ms } = await bot.stop();
      expect(code).toBe(0);
      expect(ms).toBeLessThan(10_000);
    } finally {
      await bot.stop();
      await slack.close();
    }
    const store = openSqliteStore(databasePath);
    // The first post is the late one (scripted answers go in request order).
    const [first] = slack.requests.filter((r) => r.method === 'chat.postMessage');
    const finished = await store.ledger.get({
      platform: 'slack',
      channelId: String(first?.body.channel),
      date: '2023-11-02',
    });
    const other = String(first?.body.channel) === 'C0SLOW' ? 'C0DOWN' : 'C0SLOW';
    const released = await store.ledger.get({ platform: 'slack', channelId: other, date: '2023-11-02' });
    await store.close();
    expect(finished).toMatchObject({ state: 'sent', messageId: slack.messages[0]?.ts });
    expect(released).toMatchObject({ state: 'claimed', updatedAt: '1970-01-01T00:00:00.000Z' });
    expect(slack.messages).toHaveLength(1);
  });
});
