import { describe, expect, it } from 'vitest';
import type { Harness } from './harness.js';
import { startHarness } from './harness.js';

const MINUTE = 60_000;

/** Fires the minute tick at every minute from `from` to `to`, as node-cron would. */
async function tickEveryMinute(
  h: Harness,
  fire: () => Promise<void>,
  from: string,
  to: string,
): Promise<void> {
  for (let t = Date.parse(from); t <= Date.parse(to); t += MINUTE) {
    h.clock.set(new Date(t).toISOString());
    await fire();
  }
}

async function sentTimes(h: Harness, channelId: string, dates: string[]): Promise<(string | undefined)[]> {
  const ledger = (await h.peek()).ledger;
  return Promise.all(
    dates.map(async (date) => {
      const entry = await ledger.get({ platform: 'slack', channelId, date });
      return entry?.state === 'sent' ? entry.updatedAt : entry?.state;
    }),
  );
}

const TRIP_DAYS = ['2023-11-02', '2023-11-03', '2023-11-04'];

describe('DST in the digest time zone (America/New_York)', () => {
  it('spring forward (2024-03-10, 02:30 does not exist): one digest per day, none skipped', async () => {
    const h = await startHarness('2024-03-09T05:00:00Z');
    const runtime = await h.open({
      DIGEST_CRON: '30 2 * * *',
      DIGEST_REPLAY_START: '2024-03-09',
      SLACK_DIGEST_CHANNELS: 'C0DIGEST1',
      DISCORD_DIGEST_CHANNELS: '',
    });
    runtime.start(h.senders());
    await tickEveryMinute(h, runtime.fire, '2024-03-09T05:00:00Z', '2024-03-12T04:59:00Z');
    expect(h.slackPosts()).toHaveLength(3);
    // 02:30 EST = 07:30Z; on March 10 the first minute past 02:30 is 03:00 EDT = 07:00Z; then 02:30 EDT = 06:30Z.
    expect(await sentTimes(h, 'C0DIGEST1', TRIP_DAYS)).toEqual([
      '2024-03-09T07:30:00.000Z',
      '2024-03-10T07:00:00.000Z',
      '2024-03-11T06:30:00.000Z',
    ]);
  });

  it('fall back (2024-11-03, 01:00-01:59 twice): one digest per day for a 02:30 cron and a 01:30 subscription', async () => {
    const h = await startHarness('2024-11-01T12:00:00Z');
    const runtime = await h.open({
      DIGEST_CRON: '30 2 * * *',
      DIGEST_REPLAY_START: '2024-11-02',
      SLACK_DIGEST_CHANNELS: 'C0DIGEST1',
      DISCORD_DIGEST_CHANNELS: '',
    });
    await runtime.service.handle('on', '01:30 America/New_York', {
      platform: 'slack',
      channelId: 'C0DIGEST2',
      canManageChannel: true, // a workspace admin
    });
    runtime.start(h.senders());
    await tickEveryMinute(h, runtime.fire, '2024-11-02T04:00:00Z', '2024-11-05T04:59:00Z');
    expect(h.slackPosts()).toHaveLength(6);
    expect(await sentTimes(h, 'C0DIGEST1', TRIP_DAYS)).toEqual([
      '2024-11-02T06:30:00.000Z', // 02:30 EDT
      '2024-11-03T07:30:00.000Z', // 02:30 EST, after the repeated hour
      '2024-11-04T07:30:00.000Z',
    ]);
    expect(await sentTimes(h, 'C0DIGEST2', TRIP_DAYS)).toEqual([
      '2024-11-02T05:30:00.000Z', // 01:30 EDT
      '2024-11-03T05:30:00.000Z', // the first 01:30 (EDT); the second, 06:30Z, posts nothing
      '2024-11-04T06:30:00.000Z', // 01:30 EST
    ]);
  });
});
