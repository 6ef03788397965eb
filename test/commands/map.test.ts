/** `/trip map` through the real dispatcher and `npm run trip -- map ... --out`, network off. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/render/map-theme.js';
import { decodePng, distance } from '../fixtures/png.js';
import { runProcess } from '../fixtures/spawn-cli.js';
import { ask, DURING_TRIP, pageItinerary, tripLibrary } from '../fixtures/trip.js';
import { Library } from '../../src/query/library.js';
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

    // The Historian's records 4177-4183 and 4189 date every stop: none is inferred any more.
    expect(json.stops.map((s) => s.basis)).toEqual(Array(8).fill('documented'));

    const image = decodePng(readFileSync(out));
    // Ankara (record 4189) was the page's inferred ring; now it is a documented dot too.
    for (const city of ['Baghdad', 'Tokyo', 'New Delhi', 'Ankara']) {
      const stop = json.stops.find((s) => s.label.startsWith(city));
      expect(
        distance(image.at(stop?.x ?? -1, stop?.y ?? -1), THEMES.light.documented),
        city,
      ).toBeLessThanOrEqual(8);
    }
  });
});

describe('/trip map', () => {
  // The route as the page orders it, with the record's place names (records 4177-4183, 4189).
  const NOV_2023 = [
    '1. Tel Aviv, Israel',
    '2. Amman, Jordan',
    '3. Ramallah, West Bank',
    '4. Baghdad, Iraq',
    '5. Ankara, Türkiye',
    '6. Tokyo, Japan',
    '7. Seoul, Korea, Republic of',
    '8. New Delhi, India',
  ];

  it.each([
    ['map 2023-11-07'],
    ['map Nov 7'],
    ['map 2023-11-02-blinken-middle-east-asia'],
    // Only this trip has both Baghdad and Tokyo in the whole record.
    ['map baghdad tokyo dark'],
  ])('%s: the Nov 2023 trip as a PNG attachment with alt text', async (text) => {
    const outcome = await ask(text);
    expect(outcome.ok, outcome.reply.title).toBe(true);
    const file = outcome.reply.attachment;
    expect(file?.filename).toBe('2023-11-02-blinken-middle-east-asia-route.png');
    expect(file?.contentType).toBe('image/png');
    expect(file?.data.subarray(1, 4).toString()).toBe('PNG');
    expect(file?.alt).toContain('1 Tel Aviv, Israel');
    expect(outcome.reply.sections[0]?.lines).toEqual(NOV_2023);
    expect(outcome.reply.sources).toContain('Stops in route order from the trip page.');
  });

  // Latest trips as secretary-travels/*.xml gives them (a trip: stays a day apart or less).
  it.each([
    // No argument: the latest trip on record, Rubio's (records 4286-4289, Feb 14-19, 2025).
    [
      'map',
      '2025-02-14-rubio-route.png',
      [
        '1. Munich, Germany',
        '2. Jerusalem, Israel',
        '3. Riyadh, Saudi Arabia',
        '4. Abu Dhabi, United Arab Emirates',
      ],
    ],
    // Blinken's last trip: records 4275-4279, Jan 6-10, 2025 (Vatican City has no locale).
    [
      'map blinken',
      '2025-01-06-blinken-route.png',
      [
        '1. Seoul, Korea, Republic of',
        '2. Tokyo, Japan',
        '3. Paris, France',
        '4. Rome, Italy',
        '5. Vatican City',
      ],
    ],
    // Kissinger's last trip: records 1191-1192, Brussels Dec 7-10 and London Dec 10-12, 1976.
    [
      'map kissinger',
      '1976-12-07-kissinger-route.png',
      ['1. Brussels, Belgium', '2. London, United Kingdom'],
    ],
  ])('%s: the latest matching trip, %s', async (text, filename, lines) => {
    const outcome = await ask(text);
    expect(outcome.ok, outcome.reply.title).toBe(true);
    expect(outcome.reply.attachment?.filename).toBe(filename);
    expect(outcome.reply.attachment?.alt).toContain(lines[0]?.replace('. ', ' '));
    expect(outcome.reply.sections[0]?.lines).toEqual(lines);
  });

  it('an inferred stop is marked: the page-only itinerary infers Ramallah and Ankara', async () => {
    const outcome = await runText('map', {
      library: new Library([pageItinerary()]),
      timeZone: 'America/New_York',
      channel: { platform: 'console' },
      now: DURING_TRIP,
    });
    expect(outcome.reply.sections[0]?.lines).toContain('3. Ramallah, West Bank (inferred)');
    expect(outcome.reply.sections[0]?.lines).toContain('5. Ankara, Türkiye (inferred)');
    expect(outcome.reply.sections[0]?.lines).toContain('4. Baghdad, Iraq');
    expect(outcome.reply.sources).toContain(
      'Stops in route order from the trip page; inferred stops are drawn as rings.',
    );
  });

  it('dark draws on the dark background', async () => {
    const outcome = await ask('map 2023-11-07 dark');
    const image = decodePng(outcome.reply.attachment?.data ?? Buffer.alloc(0));
    expect(distance(image.at(2, 515), THEMES.dark.panel)).toBeLessThanOrEqual(12);
  });

  it.each([
    ['map 1999-01-04', 'NOT_FOUND', 'No trip on record covers January 4, 1999.'],
    // Jefferson was Secretary in 1790-93, long before the record begins (1866).
    ['map jefferson', 'NOT_FOUND', 'No trip matches "jefferson".'],
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

  it.each([
    ['where 2023-11-07', '2023-11-02-blinken-middle-east-asia-route.png'],
    ['route 2023-11-07', '2023-11-02-blinken-middle-east-asia-route.png'],
    // route with no argument is the latest trip: Rubio's, Feb 14-19, 2025.
    ['route', '2025-02-14-rubio-route.png'],
  ])('%s: with the map in Slack and Discord, not in the console', async (text, filename) => {
    const [inSlack, inDiscord, inConsole] = await Promise.all([
      run(text, slack),
      run(text, { platform: 'discord', channelId: '333', canManageChannel: false }),
      run(text, { platform: 'console' }),
    ]);
    expect(inSlack.reply.attachment?.filename).toBe(filename);
    expect(inDiscord.reply.attachment?.contentType).toBe('image/png');
    expect(inConsole.reply.attachment).toBeUndefined();
  });

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
