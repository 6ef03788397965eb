/**
 * Issue 12's near-miss corpus, generated the same way on every run:
 * - large real cities (city-timezones, population > 300,000) that no stay of the record names:
 *   "when <city>" must find nothing, never another place;
 * - a typo of every visited one-word city of 7+ letters (two middle letters swapped): it must
 *   resolve to that same city, or find nothing, never another place.
 */
import { describe, expect, it } from 'vitest';
import cityTimezones from 'city-timezones';
import { runText } from '../../commands/dispatch.js';
import { fold } from '../../src/itinerary/text.js';
import type { WhenResult } from '../../src/query/places.js';
import { tripLibrary } from '../fixtures/trip.js';

const library = tripLibrary();
const ask = (text: string) =>
  runText(text, {
    library,
    timeZone: 'UTC',
    channel: { platform: 'console' },
    now: new Date('2026-01-01T12:00:00Z'),
  });

const onRecord = new Set(
  library.trips
    .flatMap((t) =>
      t.itinerary.stops.flatMap((s) => [
        s.city ?? '',
        s.country,
        ...s.places.map((p) => p.name),
        ...s.aliases,
      ]),
    )
    .map(fold),
);

const gazetteer = (cityTimezones as unknown as { cityMapping: { city: string; pop: number }[] }).cityMapping;
const unvisited = [
  ...new Map(
    gazetteer
      .filter((c) => c.pop > 300_000 && /^[A-Za-z .'-]+$/.test(c.city) && !onRecord.has(fold(c.city)))
      .map((c) => [fold(c.city), c.city]),
  ).values(),
].sort();

const visited = [
  ...new Set(library.trips.flatMap((t) => t.itinerary.stops.flatMap((s) => s.places.map((p) => p.name)))),
]
  .filter((n) => /^[A-Za-z]{7,}$/.test(n))
  .sort();
const swapMiddle = (name: string) => {
  const i = Math.floor(name.length / 2);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
};
const typos = visited
  .map((name) => [name, swapMiddle(name)] as const)
  .filter(([n, t]) => fold(n) !== fold(t));

describe('near-miss corpus', () => {
  it('is large enough to mean something', () => {
    expect(unvisited.length).toBeGreaterThanOrEqual(300);
    expect(typos.length).toBeGreaterThanOrEqual(300);
  });

  it('a real city the record never visits is never answered with another place', async () => {
    const answered: string[] = [];
    for (const city of unvisited.slice(0, 300)) {
      const outcome = await ask(`when ${city}`);
      if (outcome.ok) answered.push(`${city} -> ${outcome.reply.title}`);
    }
    expect(answered).toEqual([]);
  });

  it('a typo of a visited city is that city or nothing, never another place', async () => {
    const elsewhere: string[] = [];
    for (const [name, typo] of typos.slice(0, 300)) {
      const outcome = await ask(`when ${typo}`);
      if (!outcome.ok) continue;
      const data = outcome.data as WhenResult;
      const same =
        fold(data.matched) === fold(name) ||
        data.stops.every((s) => (s.city ?? '').split(/,\s*/).some((c) => fold(c) === fold(name)));
      if (!same) elsewhere.push(`${typo} (${name}) -> ${data.matched}`);
    }
    expect(elsewhere).toEqual([]);
  });
});
