/** Each search index is built the first time a query needs it, once; no query rebuilds one. */
import { describe, expect, it } from 'vitest';
import { indexBuildCount } from '../../src/query/indexes.js';
import { loadLibrary } from '../../src/query/load-library.js';
import { findPeople } from '../../src/query/people.js';
import { searchAll } from '../../src/query/search.js';
import { suggest } from '../../src/query/autocomplete.js';
import { whenAt } from '../../src/query/places.js';
import { runText } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { TRIPS_DIR } from '../fixtures/trip.js';

describe('indexes', () => {
  it('are not built by loading: a one-shot `where` needs none', async () => {
    const before = indexBuildCount();
    const library = await loadLibrary(TRIPS_DIR);
    expect(indexBuildCount()).toBe(before);
    await runText('where 2023-11-07', {
      library,
      timeZone: 'America/New_York',
      channel: { platform: 'console' },
      now: new Date('2023-11-07T15:00:00Z'),
    });
    expect(indexBuildCount()).toBe(before);
  });

  it('are built at most once each, and not rebuilt by any command or query', async () => {
    const library = await loadLibrary(TRIPS_DIR);
    const before = indexBuildCount();
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
    const built = indexBuildCount();
    // people, places, full-text search, day choices, place choices: five indexes, once each.
    expect(built - before).toBe(5);
    await everything();
    expect(indexBuildCount()).toBe(built);
  });
});
