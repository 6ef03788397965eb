import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/reply/day.js';
import { usePostgresSchema } from '../store/postgres.js';
import { DISCORD_CHANNELS, library, SLACK_CHANNELS, startHarness } from './harness.js';

const freshSchema = usePostgresSchema();
const REPLAY = { DIGEST_REPLAY_START: '2025-06-02' }; // 2025-06-02 gets trip day 1, 2023-11-02
const EIGHT = '2025-06-02T12:00:00Z'; // 08:00 EDT
const ALL = [...SLACK_CHANNELS, ...DISCORD_CHANNELS].sort();

describe('replicas on one PostgreSQL', () => {
  it('three runtimes firing together post each channel once, over three replayed days', async () => {
    const h = await startHarness('2025-06-02T11:00:00Z', await freshSchema());
    const replicas = await Promise.all(['r1', 'r2', 'r3'].map((owner) => h.open(REPLAY, { owner })));
    for (const replica of replicas) replica.start(h.senders());
    for (const day of ['2025-06-02', '2025-06-03', '2025-06-04']) {
      h.clock.set(`${day}T12:00:00Z`);
      await Promise.all(replicas.flatMap((r) => [r.fire(), r.fire()]));
    }
    const posts = [
      ...h.slack.messages.map((m) => m.channel),
      ...h.discord.messages.map((m) => m.channelId),
    ].sort();
    expect(posts).toEqual(ALL.flatMap((c) => [c, c, c]).sort());
    const recent = await (await h.peek()).ledger.recent('slack', 'C0DIGEST1', 5);
    expect(recent.map((e) => [e.date, e.state])).toEqual([
      ['2023-11-04', 'sent'],
      ['2023-11-03', 'sent'],
      ['2023-11-02', 'sent'],
    ]);
  });

  it('a replica that died after posting leaves claims that one survivor resolves without posting again', async () => {
    const h = await startHarness(EIGHT, await freshSchema());
    const dead = await h.peek();
    const reply = composeDigest(library, '2023-11-02')?.reply;
    if (!reply) throw new Error('no digest for 2023-11-02');
    for (const sender of h.senders()) {
      const channels = sender.platform === 'slack' ? SLACK_CHANNELS : DISCORD_CHANNELS;
      for (const channelId of channels) {
        const entry = await dead.ledger.claim(
          { platform: sender.platform, channelId, date: '2023-11-02' },
          'dead',
          h.clock.now(),
        );
        await sender.send(channelId, reply, entry?.deliveryId ?? ''); // landed; then SIGKILL
      }
    }
    h.clock.set('2025-06-02T12:03:00Z'); // past the 2-minute lease
    const survivors = await Promise.all(['s1', 's2'].map((owner) => h.open(REPLAY, { owner })));
    for (const s of survivors) s.start(h.senders());
    await Promise.all(survivors.map((s) => s.whenIdle()));
    expect(h.slack.messages).toHaveLength(2);
    expect(h.discord.messages).toHaveLength(2);
    const entries = await Promise.all(
      ALL.map((channelId) =>
        h.entry({
          platform: SLACK_CHANNELS.includes(channelId) ? 'slack' : 'discord',
          channelId,
          date: '2023-11-02',
        }),
      ),
    );
    expect(entries.map((e) => e?.state)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(entries.every((e) => e?.claimedBy === 's1' || e?.claimedBy === 's2')).toBe(true);
    expect(h.logLines.filter((l) => l.includes('already landed')).length).toBe(2); // Slack found its two
  });
});
