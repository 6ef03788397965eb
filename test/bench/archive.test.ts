import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeArchive } from '../../bench/archive/index.js';
import { writeArchive } from '../../bench/archive/write.js';
import { runText } from '../../commands/dispatch.js';
import { addDays } from '../../src/itinerary/calendar.js';
import { buildItinerary } from '../../src/itinerary/ingest/index.js';
import { readTrips } from '../../src/itinerary/loader.js';
import { Library } from '../../src/query/library.js';

const TRIPS = 24;
const archive = makeArchive(TRIPS);
const ingested = archive.map(({ plan, page }) => ({ plan, itinerary: buildItinerary(page, plan.id) }));
/** The real trip, November 2-10, 2023 (from the source page's route sentence). */
const REAL = { firstDay: '2023-11-02', lastDay: '2023-11-10' };

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tripbot-archive-'));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

function files(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const path = join(sub, entry.name);
    if (entry.isDirectory()) Object.assign(out, files(dir, path));
    else out[path] = readFileSync(join(dir, path), 'utf8');
  }
  return out;
}

describe('the synthetic benchmark archive', () => {
  it('is the same bytes on every run, and a different seed gives a different archive', () => {
    const [a, b] = [tempDir(), tempDir()];
    writeArchive(a, 5);
    writeArchive(b, 5);
    const written = files(a);
    expect(Object.keys(written)).toHaveLength(5 * 3);
    expect(files(b)).toEqual(written);
    expect(makeArchive(5, 7).map((t) => t.page)).not.toEqual(archive.slice(0, 5).map((t) => t.page));
  });

  it('has trips of 4-10 stops, each within one year, never overlapping each other or the real trip', () => {
    const spans = [...archive.map((t) => t.plan), REAL].sort((x, y) => x.firstDay.localeCompare(y.firstDay));
    for (const [i, span] of spans.entries()) {
      expect(span.firstDay.slice(0, 4)).toBe(span.lastDay.slice(0, 4));
      if (i > 0) expect(span.firstDay > spans[i - 1]!.lastDay).toBe(true);
    }
    for (const { plan } of archive) expect(plan.stops.length).toBeGreaterThanOrEqual(4);
    for (const { plan } of archive) expect(plan.stops.length).toBeLessThanOrEqual(10);
  });

  it('ingests to exactly the planned route: documented stops on their planned days, the rest inferred', () => {
    for (const { plan, itinerary } of ingested) {
      expect(itinerary.trip.firstDay).toBe(plan.firstDay);
      expect(itinerary.trip.lastDay).toBe(plan.lastDay);
      expect(itinerary.stops.map((s) => s.city)).toEqual(plan.stops.map((s) => s.city.city));
      plan.stops.forEach((stop, i) => {
        const got = itinerary.stops[i]!;
        if (stop.kind === 'documented') {
          expect([got.basis, got.from, got.to]).toEqual(['documented', stop.days[0], stop.days.at(-1)]);
        } else {
          expect(got.basis).toBe('inferred');
        }
      });
    }
    const kinds = new Set(ingested.flatMap(({ plan }) => plan.stops.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(['call-only', 'documented', 'empty-section', 'no-section']);
  });

  it('writes Japanese, Korean and Chinese officials family name first, and the ingest reads them so', () => {
    const planned = ingested.flatMap(({ plan, itinerary }) =>
      plan.stops
        .filter((s) => s.kind === 'documented' && ['JP', 'KR', 'CN'].includes(s.city.code))
        .flatMap((s) => s.officials.map((o) => ({ official: o, itinerary }))),
    );
    expect(planned.length).toBeGreaterThan(0);
    for (const { official, itinerary } of planned) {
      const person = itinerary.people.find((p) => p.name === official.name);
      expect(person, official.name).toBeDefined();
      expect(person?.nameOrder).toBe('family-first');
      expect(person?.familyName).toBe(official.name.split(' ')[0]);
    }
  });

  it('loads beside the real trip, and where answers the planned city on a documented day', async () => {
    const dir = tempDir();
    writeArchive(dir, TRIPS);
    const library = new Library([...readTrips(join(dir, 'trips')), ...readTrips('data/trips')]);
    expect(library.trips).toHaveLength(TRIPS + 1);
    const { plan } = archive[TRIPS - 1]!;
    const stop = plan.stops.find((s) => s.kind === 'documented' && s.days.length === 1)!;
    const day = stop.days[0]!;
    const outcome = await runText(`where ${day}`, {
      library,
      timeZone: 'UTC',
      channel: { platform: 'console' },
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.data).toMatchObject({
      date: day,
      stops: expect.arrayContaining([expect.objectContaining({ city: stop.city.city })]),
    });
    const before = await runText(`where ${addDays(plan.firstDay, -1)}`, {
      library,
      timeZone: 'UTC',
      channel: { platform: 'console' },
    });
    expect(before.data).toMatchObject({ stops: [], nearest: { id: plan.id } });
  });
});
