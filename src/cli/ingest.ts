/**
 * npm run ingest -- <page.txt> [--id <trip-id>] [--out <trips dir>]
 * npm run ingest -- --check [--out <trips dir>]
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildItinerary, PageFormatError } from '../itinerary/ingest/index.js';
import { serialise } from '../itinerary/serialise.js';

function ingest(page: string, id: string, out: string): void {
  const text = readFileSync(page, 'utf8');
  let itinerary;
  try {
    itinerary = buildItinerary(text, id);
  } catch (error) {
    if (error instanceof PageFormatError) error.message = `${page}, ${error.message}`;
    throw error;
  }
  const dir = join(out, id);
  mkdirSync(dir, { recursive: true });
  if (page !== join(dir, 'page.txt')) copyFileSync(page, join(dir, 'page.txt'));
  writeFileSync(join(dir, 'itinerary.json'), serialise(itinerary));
  const inferred = itinerary.stops.filter((s) => s.basis === 'inferred').map((s) => s.city);
  console.log(
    `${join(dir, 'itinerary.json')}: ${itinerary.stops.length} stops (${inferred.length} inferred: ${inferred.join(', ') || 'none'}), ` +
      `${itinerary.documents.length} documents, ${itinerary.people.length} people, ${itinerary.topics.length} topics`,
  );
}

function check(out: string): number {
  let stale = 0;
  for (const id of readdirSync(out).sort()) {
    const page = join(out, id, 'page.txt');
    const file = join(out, id, 'itinerary.json');
    if (!existsSync(page)) continue;
    const expected = serialise(buildItinerary(readFileSync(page, 'utf8'), id));
    if (!existsSync(file) || readFileSync(file, 'utf8') !== expected) {
      console.error(`${file} is stale: run npm run ingest -- ${page}`);
      stale++;
    }
  }
  if (stale === 0) console.log(`itineraries in ${out} are up to date`);
  return stale === 0 ? 0 : 1;
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean' },
      id: { type: 'string' },
      out: { type: 'string', default: 'data/trips' },
    },
  });
  const out = values.out ?? 'data/trips';
  if (values.check) return check(out);
  const page = positionals[0];
  if (!page) {
    console.error('usage: npm run ingest -- <page.txt> [--id <trip-id>]  |  npm run ingest -- --check');
    return 2;
  }
  const id =
    values.id ??
    basename(page)
      .replace(/\.txt$/, '')
      .replace(/^page$/, basename(join(page, '..')));
  ingest(page, id, out);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof PageFormatError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`ingest: ${(error as Error).message}`);
    process.exitCode = 2;
  } else throw error;
}
