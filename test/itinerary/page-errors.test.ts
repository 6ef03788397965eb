/** Pages the ingest must refuse, with the line and what was expected; and itinerary files the loader must refuse. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildItinerary, PageFormatError } from '../../src/itinerary/ingest/index.js';
import { ItineraryLoadError, readItinerary } from '../../src/itinerary/loader.js';
import { loadLibrary } from '../../src/query/load-library.js';
import { BLINKEN_VOLUME, mergedTrip, readPage, TRIP_ID, TRIPS_DIR } from '../fixtures/trip.js';
import { BAD_PAGES } from '../fixtures/bad-pages.js';

const lines = readPage().split('\n');

function refusal(text: string): PageFormatError {
  try {
    buildItinerary(text, TRIP_ID);
  } catch (error) {
    expect(error).toBeInstanceOf(PageFormatError);
    return error as PageFormatError;
  }
  throw new Error('the page was accepted');
}

describe('a malformed page is refused with the line and what was expected', () => {
  it.each(Object.entries(BAD_PAGES))('%s', (_name, bad) => {
    const error = refusal(bad.text);
    expect(error.line).toBe(bad.line);
    expect(error.message).toMatch(new RegExp(`line ${bad.line}\\b`));
    expect(error.message).toMatch(bad.expected);
  });

  it('refuses a Summary without the route paragraph', () => {
    // the Summary heading followed straight by the city sections (page line 22 on)
    const error = refusal(['Summary', '-', ...lines.slice(21)].join('\n'));
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.line).toBeLessThanOrEqual(4);
    expect(error.message).toMatch(/expected/);
  });

  it('refuses an empty page', () => {
    expect(refusal('').message).toMatch(/Summary/);
  });
});

describe('the loader refuses a corrupted itinerary or library file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tripbot-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** The committed trip, as one itinerary JSON. */
  const committed = JSON.parse(JSON.stringify(mergedTrip())) as { stops: { from: string }[] };

  function writeTrip(id: string, content: string, root = dir): string {
    mkdirSync(join(root, id), { recursive: true });
    const file = join(root, id, 'itinerary.json');
    writeFileSync(file, content);
    return file;
  }

  it('names the file and the JSON path of a bad date', async () => {
    const bad = structuredClone(committed);
    bad.stops[0]!.from = 'Nov 3';
    const file = writeTrip('bad-date', JSON.stringify(bad));
    await expect(readItinerary(file)).rejects.toThrow(ItineraryLoadError);
    await expect(readItinerary(file)).rejects.toThrow(file);
    await expect(readItinerary(file)).rejects.toThrow('$.stops[0].from');
    await expect(readItinerary(file)).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('names the file of unreadable JSON', async () => {
    const file = writeTrip('truncated', JSON.stringify(committed).slice(0, 200));
    await expect(readItinerary(file)).rejects.toThrow(ItineraryLoadError);
    await expect(readItinerary(file)).rejects.toThrow(file);
  });

  it('serves nothing when one trip in the library is bad, and names the file and the JSON path', async () => {
    const root = join(dir, 'library');
    cpSync(TRIPS_DIR, root, { recursive: true });
    const file = join(root, BLINKEN_VOLUME);
    const volume = JSON.parse(readFileSync(file, 'utf8')) as {
      trips: { trip: { id: string }; stops: { from: string }[] }[];
    };
    const index = volume.trips.findIndex((t) => t.trip.id === TRIP_ID);
    expect(index).toBeGreaterThanOrEqual(0);
    volume.trips[index]!.stops[0]!.from = 'Nov 3';
    writeFileSync(file, JSON.stringify(volume));
    // SHA256SUMS still lists the file as ingest wrote it: the edit no longer matches, so it is validated.
    expect(readdirSync(root).sort()).toEqual([
      'SHA256SUMS',
      'president',
      'president.json',
      'secretary',
      'secretary.json',
    ]);
    await expect(loadLibrary(root)).rejects.toThrow(ItineraryLoadError);
    await expect(loadLibrary(root)).rejects.toThrow(file);
    await expect(loadLibrary(root)).rejects.toThrow(`$.trips[${index}].stops[0].from`);
  });

  it('trusts a library file only while its bytes match the SHA256SUMS ingest wrote', async () => {
    const root = join(dir, 'trusted');
    cpSync(TRIPS_DIR, root, { recursive: true });
    const sums = readFileSync(join(root, 'SHA256SUMS'), 'utf8');
    // Each line is sha256sum's own format, checked here with node's hash of the committed bytes.
    for (const name of [
      'president.json',
      'secretary.json',
      BLINKEN_VOLUME,
      'president/biden-joseph-r.json',
    ]) {
      const hex = createHash('sha256')
        .update(readFileSync(join(root, name)))
        .digest('hex');
      expect(sums).toContain(`${hex}  ${name}\n`);
    }
    // A schema-valid edit that changes the bytes is validated, then served.
    const file = join(root, 'president.json');
    const president = JSON.parse(readFileSync(file, 'utf8')) as { record: { source: string } };
    president.record.source = 'edited by hand';
    writeFileSync(file, JSON.stringify(president));
    const library = await loadLibrary(root);
    expect(library.offices.president?.record.source).toBe('edited by hand');
  });
});
