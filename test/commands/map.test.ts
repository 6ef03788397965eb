/** `/trip map` through the real dispatcher (the compiled CLI's run: test/cli/map.e2e.test.ts). */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/render/map-theme.js';
import { decodePng, distance } from '../fixtures/png.js';
import { ask, DURING_TRIP, pageItinerary, tripLibrary } from '../fixtures/trip.js';
import { Library } from '../../src/query/library.js';
import { runText } from '../../commands/dispatch.js';
import type { ChannelContext } from '../../commands/types.js';
import { memoryMapSettings } from '../../src/render/map-settings.js';

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
