/** Each search index is built the first time a query needs it, once; no query rebuilds one. */
import { indexesOf } from '../../src/query/lazy-indexes.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as builders from '../../src/query/indexes.js';
import { loadLibrary } from '../../src/query/load-library.js';
import { findPeople } from '../../src/query/people.js';
import { searchAll } from '../../src/query/search.js';
import { suggest } from '../../src/query/autocomplete.js';
import { whenAt } from '../../src/query/places.js';
import { runText } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { TRIPS_DIR } from '../fixtures/trip.js';
import { openLibrary } from '../../src/itinerary/loader.js';
import { Library } from '../../src/query/library.js';

/** people, places, full-text search, day choices, place choices: the five indexes. */
const BUILDERS = [
  'buildPeople',
  'buildPlaces',
  'buildSearch',
  'buildDayChoices',
  'buildPlaceChoices',
] as const;

/** Watches every index builder; `builds(library)` tells how often each ran for that library. */
function watchBuilders() {
  const spies = BUILDERS.map((name) => vi.spyOn(builders, name));
  return (library: object) => spies.map((spy) => spy.mock.calls.filter(([of]) => of === library).length);
}

afterEach(() => void vi.restoreAllMocks());

describe('indexes', () => {
  it('are not built by loading: a one-shot `where` needs none', async () => {
    const builds = watchBuilders();
    const library = await loadLibrary(TRIPS_DIR);
    expect(builds(library)).toEqual([0, 0, 0, 0, 0]);
    await runText('where 2023-11-07', {
      library,
      timeZone: 'America/New_York',
      channel: { platform: 'console' },
      now: new Date('2023-11-07T15:00:00Z'),
    });
    expect(builds(library)).toEqual([0, 0, 0, 0, 0]);
  });

  it('are built at most once each, and not rebuilt by any command or query', async () => {
    const builds = watchBuilders();
    const library = await loadLibrary(TRIPS_DIR);
    const args = [
      '',
      '2023-11-07',
      'Nov 8',
      'Seoul',
      'Turkey',
      'jaishankr',
      'japanese foreign minister',
      'G7',
      'xyzzy',
    ];
    const everything = async () => {
      for (const command of commands) {
        for (const arg of args) {
          const outcome = await runText(`${command.name} ${arg}`, {
            library,
            timeZone: 'America/New_York',
            channel: { platform: 'console' },
            now: new Date('2023-11-07T15:00:00Z'),
          });
          expect(outcome.reply.kind).toMatch(/answer|help|error/);
        }
      }
      for (const arg of args) {
        findPeople(library, arg);
        searchAll(library, arg);
        whenAt(library, arg);
        for (const kind of ['date', 'place', 'name', 'query']) suggest(library, kind, arg);
      }
    };
    await everything();
    expect(builds(library)).toEqual([1, 1, 1, 1, 1]);
    const { people, places, search, dayChoices, placeChoices } = indexesOf(library);
    await everything();
    expect(builds(library)).toEqual([1, 1, 1, 1, 1]);
    // And the very same objects answer: nothing was rebuilt behind the builders' backs.
    expect(indexesOf(library).people).toBe(people);
    expect(indexesOf(library).places).toBe(places);
    expect(indexesOf(library).search).toBe(search);
    expect(indexesOf(library).dayChoices).toBe(dayChoices);
    expect(indexesOf(library).placeChoices).toBe(placeChoices);
  });
});

describe('the library in volumes', () => {
  it('parses a volume on first use: `where 2023-11-07` reads Blinken’s trips only', async () => {
    const offices = await openLibrary(TRIPS_DIR);
    const loads = new Map<string, ReturnType<typeof vi.fn>>();
    const library = Library.lazy(
      offices.map(({ traveler, record, officeholders, volumes }) => ({
        traveler,
        office: { officeholders, record },
        volumes: volumes.map(({ file, first, last, load }) => {
          const spy = vi.fn(load);
          loads.set(file.slice(TRIPS_DIR.length + 1), spy);
          return { traveler, first, last, load: spy };
        }),
      })),
    );
    const parsed = () => [...loads].filter(([, spy]) => spy.mock.calls.length > 0).map(([file]) => file);
    expect(loads.size).toBeGreaterThan(50); // one volume per traveller: 34 Secretaries, 21 Presidents
    expect(parsed()).toEqual([]);
    const outcome = await runText('where 2023-11-07', {
      library,
      timeZone: 'America/New_York',
      channel: { platform: 'console' },
      now: new Date('2023-11-07T15:00:00Z'),
    });
    expect(outcome.reply.title).toContain('Tokyo'); // Historian record 4181
    expect(parsed()).toEqual(['secretary/blinken-antony-j.json']);
    // Every trip of both offices (1,098 and 365, counted by ingest), each volume parsed once.
    expect(library.trips.length).toBe(1098 + 365);
    expect([...loads.values()].every((spy) => spy.mock.calls.length === 1)).toBe(true);
    expect(library.tripsOn('2023-11-07', 'secretary').every((t) => library.trips.includes(t))).toBe(true);
  });
});
