import { describe, expect, it } from 'vitest';
import { unknownChannel } from '../fakes/discord-api.js';
import { composeDigest } from '../../src/reply/day.js';
import { answer } from '../../src/reply/model.js';
import { DISCORD_CHANNELS, library, SLACK_CHANNELS, startHarness } from './harness.js';

// "Today" is 2025-06-02 in America/New_York; the replay starts today, so today's digest is
// trip day 1 (November 2, 2023) and tomorrow's is day 2 (November 3, 2023).
const REPLAY = { DIGEST_REPLAY_START: '2025-06-02' };
const BEFORE_EIGHT = '2025-06-02T11:00:00Z'; // 07:00 EDT
const EIGHT = '2025-06-02T12:00:00Z'; // 08:00 EDT, DIGEST_CRON's default
const ALL = [...SLACK_CHANNELS, ...DISCORD_CHANNELS].sort();
const expectedReply = composeDigest(library, '2023-11-02')?.reply ?? answer('no digest', {});

/** What the source page lists for November 2, 2023 (Trip Preview, Public Schedule). */
function expectNovember2(text: string): void {
  expect(text).toMatch(/day 1 of 9/); // the trip is November 2-10, 2023
  expect(text).toContain('Kritenbrink');
  expect(text).toContain('Public Schedule – November 2, 2023');
}

describe('scheduled digest, exactly once', () => {
  it('one fire posts the November 2 digest to two Slack and two Discord channels, once each', async () => {
    const h = await startHarness(BEFORE_EIGHT);
    const runtime = await h.open(REPLAY);
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(h.slackPosts().length + h.discordPosts().length).toBe(0); // catch-up: 08:00 not reached

    h.clock.set(EIGHT);
    await runtime.fire();
    const posts = [...h.slackPosts(), ...h.discordPosts()];
    expect(posts.map((p) => p.channel).sort()).toEqual(ALL);
    for (const post of posts) expectNovember2(post.text);
    expect(h.discordPosts().every((p) => p.status === 200)).toBe(true);

    h.clock.set('2025-06-02T12:01:00Z');
    await runtime.fire();
    h.clock.set('2025-06-02T23:59:00Z');
    await runtime.fire();
    expect(h.slackPosts().length + h.discordPosts().length).toBe(4);

    const ledger = (await h.peek()).ledger;
    for (const channelId of SLACK_CHANNELS) {
      expect(await ledger.get({ platform: 'slack', channelId, date: '2023-11-02' })).toMatchObject({
        state: 'sent',
        attempts: 1,
      });
    }
    const posted = h.discordPosts()[0];
    const entry = await ledger.get({
      platform: 'discord',
      channelId: posted?.channel ?? '',
      date: '2023-11-02',
    });
    expect(entry?.messageId).toMatch(/^\d{17,20}$/);

    // The next morning is replay day 2: Tel Aviv, where the page lists the meeting with President Herzog.
    h.clock.set('2025-06-03T12:00:00Z');
    await runtime.fire();
    const dayTwo = h.slackPosts().slice(2);
    expect(dayTwo.map((p) => p.channel).sort()).toEqual([...SLACK_CHANNELS].sort());
    expect(dayTwo[0]?.text).toContain('Tel Aviv');
    expect(dayTwo[0]?.text).toContain('Herzog');
  });

  it('catches up a fire missed while the bot was down, but only while its local day lasts', async () => {
    const h = await startHarness('2025-06-02T23:30:00Z'); // 19:30 EDT: 08:00 was missed, the day is not over
    const late = await h.open(REPLAY);
    late.start(h.senders());
    await late.whenIdle();
    expect([...h.slackPosts(), ...h.discordPosts()].map((p) => p.channel).sort()).toEqual(ALL);
    await late.stop();

    const next = await startHarness('2025-06-03T05:00:00Z'); // 01:00 EDT on June 3: June 2 is over
    const early = await next.open(REPLAY);
    early.start(next.senders());
    await early.whenIdle();
    expect([...next.slackPosts(), ...next.discordPosts()]).toEqual([]);
    expect(await (await next.peek()).ledger.recent('slack', 'C0DIGEST1', 5)).toEqual([]);
  });

  it('a replica that died mid-send leaves claims another resolves after the lease, never posting twice', async () => {
    const h = await startHarness(EIGHT);
    const crashed = await h.peek(); // as the dead replica: it claimed both Slack channels ...
    const [slackSender] = h.senders();
    const [landed, unsent] = SLACK_CHANNELS;
    for (const channelId of SLACK_CHANNELS) {
      const entry = await crashed.ledger.claim(
        { platform: 'slack', channelId, date: '2023-11-02' },
        'dead',
        h.clock.now(),
      );
      expect(entry).toBeDefined();
      // ... and its post to the first landed, but it died before recording it.
      if (channelId === landed) await slackSender?.send(channelId, expectedReply, entry?.deliveryId ?? '');
    }
    h.clock.set('2025-06-02T12:01:00Z');
    const runtime = await h.open(REPLAY);
    runtime.start(h.senders());
    await runtime.whenIdle();
    expect(h.slack.messages.map((m) => m.channel)).toEqual([landed]); // within the lease: hands off
    expect(h.discord.messages).toHaveLength(2);

    h.clock.set('2025-06-02T12:02:30Z'); // past the 2-minute lease
    await runtime.fire();
    expect(h.slack.messages.map((m) => m.channel).sort()).toEqual([landed, unsent].sort());
    expect(await h.entry({ platform: 'slack', channelId: landed ?? '', date: '2023-11-02' })).toMatchObject({
      state: 'sent',
      messageId: h.slack.messages[0]?.ts,
    });
    expect(await h.entry({ platform: 'slack', channelId: unsent ?? '', date: '2023-11-02' })).toMatchObject({
      state: 'sent',
    });

    const status = await runtime.service.handle('status', '', { platform: 'slack', channelId: landed ?? '' });
    expect(JSON.stringify(status)).toMatch(/2023-11-02: sent/);

    const forced = await runtime.sendDate('2023-11-02', h.senders(), 'force');
    expect(
      forced
        .filter((r) => r.state === 'sent')
        .map((r) => r.key.channelId)
        .sort(),
    ).toEqual(ALL);
    expect(h.slack.messages).toHaveLength(4); // --force posts again, on purpose
  });

  it('two runtimes on the same database file (a duplicate process) post once between them', async () => {
    const h = await startHarness(BEFORE_EIGHT);
    const first = await h.open(REPLAY, { owner: 'process-1' });
    const second = await h.open(REPLAY, { owner: 'process-2' });
    first.start(h.senders());
    second.start(h.senders());
    h.clock.set(EIGHT);
    await Promise.all([first.fire(), second.fire(), second.fire(), first.fire()]);
    expect([...h.slackPosts(), ...h.discordPosts()].map((p) => p.channel).sort()).toEqual(ALL);
    const owners = new Set(
      await Promise.all(
        ALL.map(async (channelId) => {
          const platform = SLACK_CHANNELS.includes(channelId) ? 'slack' : 'discord';
          return (await h.entry({ platform, channelId, date: '2023-11-02' }))?.claimedBy;
        }),
      ),
    );
    expect(owners.size).toBe(1);
  });

  it('a channel answering 404 is marked failed while the other three receive theirs', async () => {
    const h = await startHarness(BEFORE_EIGHT);
    const gone = DISCORD_CHANNELS[1] ?? '';
    h.discord.script({ method: 'POST', path: `/channels/${gone}/messages` }, unknownChannel(), Infinity);
    const runtime = await h.open(REPLAY);
    runtime.start(h.senders());
    h.clock.set(EIGHT);
    await runtime.fire();
    expect(
      h
        .slackPosts()
        .map((p) => p.channel)
        .sort(),
    ).toEqual([...SLACK_CHANNELS].sort());
    expect(
      h
        .discordPosts()
        .filter((p) => p.status === 200)
        .map((p) => p.channel),
    ).toEqual([DISCORD_CHANNELS[0]]);
    expect(h.discordPosts().filter((p) => p.channel === gone)).toHaveLength(1); // permanent: not retried
    const entry = await h.entry({ platform: 'discord', channelId: gone, date: '2023-11-02' });
    expect(entry).toMatchObject({ state: 'failed', attempts: 1 });
    expect(entry?.reason).toMatch(/Unknown Channel/);

    const status = await runtime.service.handle('status', '', { platform: 'discord', channelId: gone });
    expect(JSON.stringify(status)).toMatch(/2023-11-02: failed: .*Unknown Channel/);
    h.clock.set('2025-06-02T13:00:00Z');
    await runtime.fire();
    expect(h.discordPosts().filter((p) => p.channel === gone)).toHaveLength(1);
  });

  it('a 429 is retried after its Retry-After, while the other channels are not held up', async () => {
    const h = await startHarness(BEFORE_EIGHT);
    h.slack.script('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { ok: false, error: 'ratelimited' },
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runtime = await h.open(REPLAY, {
      retry: {
        sleep: async (ms) => {
          h.sleeps.push(ms);
          await gate;
        },
      },
    });
    runtime.start(h.senders());
    h.clock.set(EIGHT);
    const run = runtime.runDue();
    // While the rate-limited channel waits, the other three are delivered.
    await h.discord.waitFor((r) => r.path === `/channels/${DISCORD_CHANNELS[1]}/messages`);
    await h.slack.waitFor((r) => r.method === 'chat.postMessage' && h.slackPosts().length === 2);
    const limited = h.slackPosts()[0]?.channel ?? '';
    const other = SLACK_CHANNELS.find((c) => c !== limited) ?? '';
    const peek = (await h.peek()).ledger;
    await expect
      .poll(async () => (await peek.get({ platform: 'slack', channelId: other, date: '2023-11-02' }))?.state)
      .toBe('sent');
    expect((await peek.get({ platform: 'slack', channelId: limited, date: '2023-11-02' }))?.state).toBe(
      'claimed',
    );
    expect(h.sleeps).toEqual([7000]);

    release();
    const outcomes = await run;
    expect(outcomes.map((o) => o.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(h.slackPosts().filter((p) => p.channel === limited)).toHaveLength(2);
    expect(await peek.get({ platform: 'slack', channelId: limited, date: '2023-11-02' })).toMatchObject({
      state: 'sent',
      attempts: 2,
    });
  });
});
