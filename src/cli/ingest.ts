/**
 * npm run ingest                      build data/library/ (a manifest and volumes per office) from data/sources
 * npm run ingest -- --check           exit 1 when a committed library file is stale
 * npm run ingest -- <page.txt> [--id <trip-id>]
 *                                     add a State Department trip page to data/sources/pages, then build
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { buildItinerary, PageFormatError } from '../itinerary/ingest/index.js';
import { buildLibrary, SOURCES } from '../itinerary/ingest/library.js';
import { HistorianFormatError } from '../itinerary/ingest/historian/read.js';
import { libraryTexts } from '../itinerary/library-files.js';
import { SUMS_FILE } from '../itinerary/loader.js';
import type { LibraryFile } from '../itinerary/schema.js';

const ROOT = '.';

function describe(file: LibraryFile): string {
  const stops = file.trips.reduce((n, t) => n + t.stops.length, 0);
  const people = new Set(file.trips.flatMap((t) => t.people.map((p) => p.id))).size;
  return `${file.trips.length} trips, ${stops} stays, ${people} people, ${file.record.first} to ${file.record.last}`;
}

/** The library files under `out` (manifests, volumes, SHA256SUMS), relative to it. */
function filesIn(out: string): string[] {
  if (!existsSync(out)) return [];
  return readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === SUMS_FILE || f.endsWith('.json'))
    .map((f) => f.split(sep).join('/'));
}

function build(out: string, check: boolean): number {
  const library = buildLibrary(ROOT);
  const texts = libraryTexts(Object.values(library));
  // A volume of a traveller the sources no longer hold is stale too.
  const extra = filesIn(out).filter((f) => !(f in texts));
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
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  for (const name of extra) {
    if (check) {
      console.error(`${join(out, name)} is no longer built: run npm run ingest`);
      stale++;
    } else rmSync(join(out, name));
  }
  if (check) {
    if (stale === 0) console.log(`the library in ${out} is up to date with data/sources`);
  } else {
    for (const file of Object.values(library))
      console.log(`${join(out, `${file.traveler}.json`)}: ${describe(file)}`);
  }
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
