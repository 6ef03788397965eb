/**
 * `npm run ingest`: on a copy of data/sources in a temp folder, adding the trip page again
 * rebuilds the committed library byte for byte; --check tells a fresh library from a stale one.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_FILE, REPO_ROOT, TRIP_ID, TRIPS_DIR } from '../fixtures/trip.js';
import { runBuilt } from '../fixtures/spawn-cli.js';

const LIBRARY_FILES = ['secretary.json', 'president.json', 'SHA256SUMS'];

describe('ingest CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tripbot-reingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-ingests the page into a byte-identical library, and --check tells fresh from stale', async () => {
    // a checkout of the sources without the trip page: `ingest <page>` adds it back
    const work = join(dir, 'work');
    cpSync(join(REPO_ROOT, 'data', 'sources'), join(work, 'data', 'sources'), { recursive: true });
    rmSync(join(work, 'data', 'sources', 'pages', `${TRIP_ID}.txt`));
    const fresh = join(dir, 'fresh');
    const stale = join(dir, 'stale');
    cpSync(TRIPS_DIR, stale, { recursive: true });
    const edited = readFileSync(join(stale, 'secretary.json'), 'utf8').replace(
      '"2023-11-06"',
      '"2023-11-07"',
    );
    expect(edited).not.toBe(readFileSync(join(TRIPS_DIR, 'secretary.json'), 'utf8'));
    writeFileSync(join(stale, 'secretary.json'), edited);

    const [ingest, check] = await Promise.all([
      runBuilt('src/cli/ingest.ts', [PAGE_FILE, '--out', fresh], '', work),
      runBuilt('src/cli/ingest.ts', ['--check', '--out', stale], '', work),
    ]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    for (const file of LIBRARY_FILES) {
      expect(readFileSync(join(fresh, file), 'utf8')).toBe(readFileSync(join(TRIPS_DIR, file), 'utf8'));
    }
    const added = join(work, 'data', 'sources', 'pages', `${TRIP_ID}.txt`);
    expect(existsSync(added)).toBe(true);
    expect(readFileSync(added)).toEqual(readFileSync(PAGE_FILE));

    expect(check.code).not.toBe(0);
    expect(check.stderr).toContain(join(stale, 'secretary.json'));
    expect(check.stderr).not.toContain(join(stale, 'president.json'));
    expect(check.stderr).toMatch(/stale/);

    const recheck = await runBuilt('src/cli/ingest.ts', ['--check', '--out', fresh], '', work);
    expect(recheck.code).toBe(0);
    expect(recheck.stderr).toBe('');
  });
});
