/** `/trip map` through the real dispatcher and `npm run trip -- map ... --out`, network off. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/render/map-theme.js';
import { decodePng, distance } from '../fixtures/png.js';
import { runProcess } from '../fixtures/spawn-cli.js';
import { ask, DURING_TRIP, tripLibrary } from '../fixtures/trip.js';
import { runText } from '../../commands/dispatch.js';
import type { ChannelContext } from '../../commands/types.js';
import { memoryMapSettings } from '../../src/render/map-settings.js';

interface MapJson {
  trip: string;
  stops: { order: number; label: string; basis: string; lat: number; lon: number; x: number; y: number }[];
  bounds: { west: number; south: number; east: number; north: number };
}

describe('npm run trip -- map 2023-11-07 --out FILE (the acceptance run)', () => {
  it('writes the route PNG with the network off; pixels at three stops are the stop colour', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tripbot-map-')), 'm.png');
    const node = [process.execPath, '--import', 'tsx', '--import', './test/fixtures/no-network.mjs'];
    const args = ['src/cli/trip.ts', 'map', '2023-11-07', '--out', out, '--json'];
    const isolated = spawnSync('unshare', ['-n', 'true']).status === 0;
    const result = isolated
      ? await runProcess('unshare', ['-n', ...node, ...args])
      : await runProcess(node[0] ?? 'node', [...node.slice(1), ...args]);
    expect(result.stderr).not.toContain('NETWORK ATTEMPT');
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as MapJson;
    expect(json.stops.map((s) => s.label.split(',')[0])).toEqual([
      'Tel Aviv',
      'Amman',
      'Ramallah',
      'Baghdad',
      'Ankara',
      'Tokyo',
      'Seoul',
      'New Delhi',
    ]);
    // Tel Aviv is at 32.08N 34.78E; the map box holds every stop.
    expect(json.stops[0]).toMatchObject({ lat: expect.closeTo(32.08, 1), lon: expect.closeTo(34.78, 1) });
    expect(json.bounds.west).toBeLessThanOrEqual(34.77);
    expect(json.bounds.east).toBeGreaterThanOrEqual(139.75);

    const image = decodePng(readFileSync(out));
    for (const city of ['Baghdad', 'Tokyo', 'New Delhi']) {
      const stop = json.stops.find((s) => s.label.startsWith(city));
      expect(
        distance(image.at(stop?.x ?? -1, stop?.y ?? -1), THEMES.light.documented),
        city,
      ).toBeLessThanOrEqual(8);
    }
    const ankara = json.stops.find((s) => s.label.startsWith('Ankara'));
    expect(distance(image.at(ankara?.x ?? -1, ankara?.y ?? -1), THEMES.light.inferred)).toBeLessThanOrEqual(
      8,
    );
  });
});

describe('/trip map', () => {
  it.each([
    ['map'],
    ['map blinken'],
    ['map Nov 7'],
    ['map 2023-11-02-blinken-middle-east-asia'],
    ['map tokyo dark'],
  ])('%s: the Nov 2023 trip as a PNG attachment with alt text', async (text) => {
    const outcome = await ask(text);
    expect(outcome.ok, outcome.reply.title).toBe(true);
    const file = outcome.reply.attachment;
    expect(file?.contentType).toBe('image/png');
    expect(file?.data.subarray(1, 4).toString()).toBe('PNG');
    expect(file?.alt).toContain('1 Tel Aviv, Israel');
    expect(outcome.reply.sections[0]?.lines).toContain('5. Ankara, Türkiye (inferred)');
  });

  it('dark draws on the dark background', async () => {
    const outcome = await ask('map 2023-11-07 dark');
    const image = decodePng(outcome.reply.attachment?.data ?? Buffer.alloc(0));
    expect(distance(image.at(2, 515), THEMES.dark.panel)).toBeLessThanOrEqual(12);
  });

  it.each([
    ['map 1999-01-04', 'NOT_FOUND', 'No trip on record covers January 4, 1999.'],
    ['map kissinger', 'NOT_FOUND', 'No trip matches "kissinger".'],
    ['map 2023-02-30', 'BAD_DATE', undefined],
  ])('%s: %s', async (text, code, title) => {
    const outcome = await ask(text);
    expect(outcome.ok).toBe(false);
    expect(outcome.reply.code).toBe(code);
    if (title) expect(outcome.reply.title).toBe(title);
  });
});

describe('route and where carry the map where the platform allows', () => {
  const maps = memoryMapSettings();
  const run = (text: string, channel: ChannelContext) =>
    runText(text, {
      library: tripLibrary(),
      timeZone: 'America/New_York',
      channel,
      services: { maps },
      now: DURING_TRIP,
    });
  const slack: ChannelContext = { platform: 'slack', channelId: 'C0NEWS', userId: 'U0ALICE' };

  it.each(['where 2023-11-07', 'route'])(
    '%s: with the map in Slack and Discord, not in the console',
    async (text) => {
      const [inSlack, inDiscord, inConsole] = await Promise.all([
        run(text, slack),
        run(text, { platform: 'discord', channelId: '333', canManageChannel: false }),
        run(text, { platform: 'console' }),
      ]);
      expect(inSlack.reply.attachment?.filename).toBe('2023-11-02-blinken-middle-east-asia-route.png');
      expect(inDiscord.reply.attachment?.contentType).toBe('image/png');
      expect(inConsole.reply.attachment).toBeUndefined();
    },
  );

  it('map off turns them off for that channel only; map on brings them back', async () => {
    const off = await run('map off', slack);
    expect(off.ok).toBe(true);
    expect(off.reply.title).toBe('Maps in route and where answers: off for this channel');
    expect((await run('where 2023-11-07', slack)).reply.attachment).toBeUndefined();
    expect(
      (await run('where 2023-11-07', { ...slack, channelId: 'C0OTHER' })).reply.attachment,
    ).toBeDefined();
    expect((await run('map 2023-11-07', slack)).reply.attachment).toBeDefined();
    await run('map on', slack);
    expect((await run('route', slack)).reply.attachment).toBeDefined();
  });

  it('on Discord only channel managers change it; the console has no channel', async () => {
    const member = await run('map off', { platform: 'discord', channelId: '333', canManageChannel: false });
    expect(member.reply.code).toBe('FORBIDDEN');
    const manager = await run('map off', { platform: 'discord', channelId: '333', canManageChannel: true });
    expect(manager.ok).toBe(true);
    expect((await run('map off', { platform: 'console' })).reply.code).toBe('UNAVAILABLE');
  });
});
