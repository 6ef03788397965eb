import cron from 'node-cron';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digest } from '../../commands/digest.js';
import { runCommand, type Invocation } from '../../commands/dispatch.js';
import type { ChannelContext } from '../../commands/types.js';
import type { DigestRuntime } from '../../src/digest/index.js';
import { renderText } from '../../src/reply/text.js';
import { StoreError } from '../../src/store/index.js';
import { library, startHarness } from './harness.js';

const BERLIN_CHANNEL = '100000000000000009';
const moderator: ChannelContext = {
  platform: 'discord',
  channelId: BERLIN_CHANNEL,
  userId: '42',
  canManageChannel: true,
};

function invocation(runtime: DigestRuntime | undefined, channel: ChannelContext, now: Date): Invocation {
  return {
    library,
    timeZone: 'America/New_York',
    channel,
    now,
    services: runtime ? { digest: runtime.service } : {},
  };
}

async function run(
  runtime: DigestRuntime | undefined,
  channel: ChannelContext,
  now: Date,
  options: Record<string, string>,
) {
  const outcome = await runCommand(digest, options, invocation(runtime, channel, now));
  return { ...outcome, text: renderText(outcome.reply) };
}

describe('/trip digest on|off|status', () => {
  it('on 07:30 Europe/Berlin survives a restart; status shows it and its next run, and it delivers', async () => {
    const h = await startHarness('2025-06-02T10:00:00Z'); // 12:00 in Berlin (CEST, UTC+2)
    const env = { SLACK_DIGEST_CHANNELS: '', DISCORD_DIGEST_CHANNELS: '', DIGEST_REPLAY_START: '2025-06-02' };
    const first = await h.open(env);
    const on = await run(first, moderator, h.clock.now(), {
      action: 'on',
      time: '07:30',
      timezone: 'Europe/Berlin',
    });
    expect(on.ok).toBe(true);
    expect(on.reply.visibility).toBe('public');
    expect(on.text).toContain('07:30 Europe/Berlin');
    await first.stop();

    const second = await h.open(env);
    const status = await run(second, moderator, h.clock.now(), { action: 'status' });
    expect(status.ok).toBe(true);
    expect(status.text).toContain('07:30 Europe/Berlin');
    // 07:30 today has passed in Berlin, so the next run is tomorrow: 07:30 CEST = 05:30 UTC.
    expect(status.text).toContain('Tue, Jun 3, 2025, 07:30 GMT+2');
    expect(status.text).toContain('Tue, Jun 3, 2025, 07:30 GMT+2 (05:30 UTC)');

    second.start(h.senders());
    await second.whenIdle();
    expect(h.discordPosts()).toEqual([]); // 07:30 had passed when it was turned on: not owed today
    h.clock.set('2025-06-03T05:30:00Z');
    await second.fire();
    expect(h.discordPosts().map((p) => p.channel)).toEqual([BERLIN_CHANNEL]);
    expect(h.discordPosts()[0]?.text).toContain('Tel Aviv'); // replay day 2 = November 3, 2023

    const after = await run(second, moderator, h.clock.now(), { action: 'status' });
    expect(after.text).toMatch(/2023-11-03: sent \(message \d+\)/);

    const off = await run(second, moderator, h.clock.now(), { action: 'off' });
    expect(off.reply.title).toBe('Daily digest is off for this channel');
    expect((await run(second, moderator, h.clock.now(), { action: 'status' })).reply.lead).toMatch(/^Off/);
  });

  it('explains that an env-configured channel keeps its digest after off', async () => {
    const h = await startHarness('2025-06-02T10:00:00Z');
    const runtime = await h.open();
    const slack: ChannelContext = {
      platform: 'slack',
      channelId: 'C0DIGEST1',
      userId: 'U1',
      canManageChannel: true,
    };
    const status = await run(runtime, slack, h.clock.now(), { action: 'status' });
    expect(status.text).toContain('SLACK_DIGEST_CHANNELS');
    // DIGEST_CRON 0 8 * * * in New York: 08:00 EDT = 12:00 UTC, still ahead today.
    expect(status.text).toContain('Mon, Jun 2, 2025, 08:00 EDT (12:00 UTC)');
    const off = await run(runtime, slack, h.clock.now(), { action: 'off' });
    expect(off.reply.title).toBe('This channel had no digest subscription');
    expect(off.text).toContain('SLACK_DIGEST_CHANNELS');
  });

  it.each([
    [
      'a Discord member without Manage Channels',
      { ...moderator, canManageChannel: false },
      { action: 'on' },
      'FORBIDDEN',
    ],
    [
      'a Slack member who is no admin',
      { platform: 'slack', channelId: 'C0NEWS', userId: 'U2', canManageChannel: false },
      { action: 'off' },
      'FORBIDDEN',
    ],
    ['the console', { platform: 'console' }, { action: 'status' }, 'UNAVAILABLE'],
    ['an impossible time', moderator, { action: 'on', time: '25:00' }, 'BAD_ARGUMENT'],
    [
      'an unknown time zone',
      moderator,
      { action: 'on', time: '07:30', timezone: 'Mars/Olympus_Mons' },
      'BAD_ARGUMENT',
    ],
    ['a ping instead of a zone', moderator, { action: 'on', time: '@everyone' }, 'BAD_ARGUMENT'],
    ['an unknown action', moderator, { action: 'sometimes' }, 'BAD_ARGUMENT'],
    ['10,000 characters', moderator, { action: 'on', time: '7'.repeat(10_000) }, 'TOO_LONG'],
  ] as [string, ChannelContext, Record<string, string>, string][])(
    'refuses %s with a clear error',
    async (_name, channel, options, code) => {
      const h = await startHarness('2025-06-02T10:00:00Z');
      const runtime = await h.open();
      const outcome = await run(runtime, channel, h.clock.now(), options);
      expect(outcome.ok).toBe(false);
      expect(outcome.reply.code).toBe(code);
      expect(outcome.reply.hint).toBeTruthy();
      expect(outcome.text).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
      expect(outcome.text.length).toBeLessThan(400);
      const status = await runtime.service.handle('status', '', {
        platform: 'discord',
        channelId: BERLIN_CHANNEL,
      });
      expect(status.lead).toMatch(/^Off/); // nothing was stored
    },
  );

  it('without the digest service (console, one-shot CLI) says digests are unavailable', async () => {
    const outcome = await run(undefined, moderator, new Date(), { action: 'status' });
    expect(outcome.reply.code).toBe('UNAVAILABLE');
  });

  it('accepts the time zone alone, in any case, with the default 08:00', async () => {
    const h = await startHarness('2025-06-02T10:00:00Z');
    const runtime = await h.open();
    const on = await run(runtime, moderator, h.clock.now(), { action: 'on', time: 'asia/tokyo' });
    expect(on.text).toContain('08:00 Asia/Tokyo');
  });
});

describe('openDigest', () => {
  it('stops start-up with the path and the problem when DATABASE_PATH is corrupt, and leaves the file', async () => {
    const h = await startHarness('2025-06-02T10:00:00Z');
    mkdirSync(dirname(h.databasePath), { recursive: true });
    writeFileSync(h.databasePath, 'not a database '.repeat(100));
    await expect(h.open()).rejects.toThrow(StoreError);
    await expect(h.open()).rejects.toThrow(`Database ${h.databasePath} is not a SQLite database`);
  });

  it('stops start-up when DATABASE_PATH cannot be written (its folder is a file)', async () => {
    const h = await startHarness('2025-06-02T10:00:00Z');
    writeFileSync(`${h.dir}/var`, 'a file where the folder should be');
    await expect(h.open()).rejects.toThrow(/cannot be created: .*var is not a writable folder/);
  });

  it('schedules a real node-cron task every minute that runs the scheduler, and removes it on stop', async () => {
    const h = await startHarness('2025-06-02T11:00:00Z'); // 07:00 in New York
    const runtime = await h.open({ DIGEST_REPLAY_START: '2025-06-02' }, { tick: undefined });
    const tasks = () => [...cron.getTasks().values()].filter((t) => t.name?.startsWith('tripbot-digest'));
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(tasks().map((t) => t.getPattern())).toEqual(['* * * * *']);
    expect(h.slackPosts()).toEqual([]);
    h.clock.set('2025-06-02T12:00:00Z'); // 08:00: DIGEST_CRON's default
    await tasks()[0]?.execute(); // what node-cron does at the top of the minute
    await runtime.whenIdle();
    expect(h.slackPosts()).toHaveLength(2);
    await runtime.stop();
    expect(tasks()).toEqual([]);
    const after = await runCommand(digest, { action: 'status' }, invocation(runtime, moderator, new Date()));
    expect(after.reply.code).toBe('UNAVAILABLE');
  });
});
