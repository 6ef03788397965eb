/**
 * npm run ingest                      build data/library/*.json from every source in data/sources
 * npm run ingest -- --check           exit 1 when a committed library file is stale
 * npm run ingest -- <page.txt> [--id <trip-id>]
 *                                     add a State Department trip page to data/sources/pages, then build
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildItinerary, PageFormatError } from '../itinerary/ingest/index.js';
import { buildLibrary, SOURCES } from '../itinerary/ingest/library.js';
import { HistorianFormatError } from '../itinerary/ingest/historian/read.js';
import { serialise } from '../itinerary/serialise.js';
import { SUMS_FILE, sumsText } from '../itinerary/loader.js';
import type { LibraryFile } from '../itinerary/schema.js';

const ROOT = '.';

function describe(file: LibraryFile): string {
  const stops = file.trips.reduce((n, t) => n + t.stops.length, 0);
  const people = new Set(file.trips.flatMap((t) => t.people.map((p) => p.id))).size;
  return `${file.trips.length} trips, ${stops} stays, ${people} people, ${file.record.first} to ${file.record.last}`;
}

function build(out: string, check: boolean): number {
  const library = buildLibrary(ROOT);
  const texts: Record<string, string> = {};
  for (const file of Object.values(library)) texts[`${file.traveler}.json`] = serialise(file);
  // The sums of the files just validated, so a start can trust them without validating again.
  texts[SUMS_FILE] = sumsText(texts);
  let stale = 0;
  for (const [name, text] of Object.entries(texts)) {
    const path = join(out, name);
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        console.error(`${path} is stale: run npm run ingest`);
        stale++;
      }
      continue;
    }
    mkdirSync(out, { recursive: true });
    writeFileSync(path, text);
    const file = Object.values(library).find((f) => `${f.traveler}.json` === name);
    console.log(`${path}${file ? `: ${describe(file)}` : ''}`);
  }
  if (check && stale === 0) console.log(`the library in ${out} is up to date with data/sources`);
  return stale === 0 ? 0 : 1;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean' },
      id: { type: 'string' },
      out: { type: 'string', default: 'data/library' },
    },
  });
  const out = values.out ?? 'data/library';
  const page = positionals[0];
  if (page && !values.check) {
    const id = values.id ?? basename(page).replace(/\.txt$/, '');
    if (!/^[a-z0-9-]+$/.test(id)) {
      console.error(`ingest: "${id}" is not a trip id (lower-case letters, digits and dashes); pass --id`);
      return 2;
    }
    const text = readFileSync(page, 'utf8');
    buildItinerary(text, id); // a malformed page is refused before it is copied into the sources
    const target = join(SOURCES.pages, `${id}.txt`);
    mkdirSync(SOURCES.pages, { recursive: true });
    if (resolve(page) !== resolve(target)) copyFileSync(page, target);
  }
  return build(out, values.check ?? false);
}

try {
  process.exitCode = main();
} catch (error) {
  if (
    error instanceof PageFormatError ||
    error instanceof HistorianFormatError ||
    (error as NodeJS.ErrnoException).code === 'ENOENT'
  ) {
    console.error(`ingest: ${(error as Error).message}`);
    process.exitCode = 2;
  } else throw error;
}
