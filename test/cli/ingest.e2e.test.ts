/**
 * `npm run ingest`: on a copy of data/sources in a temp folder, adding the trip page again
 * rebuilds the committed library byte for byte; --check tells a fresh library from a stale one.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BLINKEN_VOLUME, PAGE_FILE, REPO_ROOT, TRIP_ID, TRIPS_DIR } from '../fixtures/trip.js';
import { runBuilt } from '../fixtures/spawn-cli.js';

/** Every file of a library folder: manifests, volumes and SHA256SUMS, relative to it. */
const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.json$|SHA256SUMS$/.test(f))
    .sort();

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
    const edited = readFileSync(join(stale, BLINKEN_VOLUME), 'utf8').replace('"2023-11-06"', '"2023-11-07"');
    expect(edited).not.toBe(readFileSync(join(TRIPS_DIR, BLINKEN_VOLUME), 'utf8'));
    writeFileSync(join(stale, BLINKEN_VOLUME), edited);
    // a volume no source builds any more
    writeFileSync(join(stale, 'secretary', 'nobody.json'), '{}');

    const [ingest, check] = await Promise.all([
      runBuilt('src/cli/ingest.ts', [PAGE_FILE, '--out', fresh], '', work),
      runBuilt('src/cli/ingest.ts', ['--check', '--out', stale], '', work),
    ]);
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);
    expect(filesOf(fresh)).toEqual(filesOf(TRIPS_DIR));
    expect(filesOf(fresh).length).toBeGreaterThan(50); // two manifests, a volume per traveller, the sums
    for (const file of filesOf(fresh)) {
      expect(readFileSync(join(fresh, file), 'utf8'), file).toBe(readFileSync(join(TRIPS_DIR, file), 'utf8'));
    }
    const added = join(work, 'data', 'sources', 'pages', `${TRIP_ID}.txt`);
    expect(existsSync(added)).toBe(true);
    expect(readFileSync(added)).toEqual(readFileSync(PAGE_FILE));

    expect(check.code).not.toBe(0);
    expect(check.stderr).toContain(`${join(stale, BLINKEN_VOLUME)} is stale`);
    expect(check.stderr).toContain(`${join(stale, 'secretary', 'nobody.json')} is no longer built`);
    expect(check.stderr.trim().split('\n')).toHaveLength(2);

    const recheck = await runBuilt('src/cli/ingest.ts', ['--check', '--out', fresh], '', work);
    expect(recheck.code).toBe(0);
    expect(recheck.stderr).toBe('');
  });
});
