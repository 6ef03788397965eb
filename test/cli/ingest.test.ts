/** `npm run ingest`: a re-run reproduces the committed itinerary byte for byte; --check catches a stale one. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ITINERARY_FILE, PAGE_FILE, TRIP_ID } from '../fixtures/trip.js';
import { runTsx } from '../fixtures/spawn-cli.js';

describe('ingest CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tripbot-reingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-ingests the page into byte-identical JSON, and --check tells fresh from stale', async () => {
    const fresh = join(dir, 'fresh');
    const stale = join(dir, 'stale');
    mkdirSync(join(stale, TRIP_ID), { recursive: true });
    copyFileSync(PAGE_FILE, join(stale, TRIP_ID, 'page.txt'));
    const edited = readFileSync(ITINERARY_FILE, 'utf8').replace('"2023-11-06"', '"2023-11-07"');
    writeFileSync(join(stale, TRIP_ID, 'itinerary.json'), edited);

    const [ingest, check] = await Promise.all([
      runTsx('src/cli/ingest.ts', [PAGE_FILE, '--out', fresh]),
      runTsx('src/cli/ingest.ts', ['--check', '--out', stale]),
    ]);
    expect(ingest.code).toBe(0);
    expect(readFileSync(join(fresh, TRIP_ID, 'itinerary.json'), 'utf8')).toBe(
      readFileSync(ITINERARY_FILE, 'utf8'),
    );
    expect(readFileSync(join(fresh, TRIP_ID, 'page.txt'))).toEqual(readFileSync(PAGE_FILE));
    expect(check.code).not.toBe(0);
    expect(check.stderr).toContain(join(stale, TRIP_ID, 'itinerary.json'));
    expect(check.stderr).toMatch(/stale/);
  });
});
