/**
 * npm run bench:data [-- --trips 200 --out bench/data]
 *
 * Writes a deterministic synthetic archive of trip pages and ingests each through the
 * real ingest: <out>/pages/<id>.txt and <out>/trips/<id>/{page.txt,itinerary.json}.
 * Check it with `npm run ingest -- --check --out bench/data/trips`.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeArchive } from './archive/write.js';

const { values } = parseArgs({
  options: {
    trips: { type: 'string', default: '200' },
    out: { type: 'string', default: join('bench', 'data') },
  },
});
const out = values.out ?? join('bench', 'data');
const started = performance.now();
const s = writeArchive(out, Number(values.trips));
console.log(
  `${s.trips} trips (${s.firstDay} to ${s.lastDay}): ${s.stops} stops (${s.inferred} inferred), ` +
    `${s.documents} documents, ${s.people} people -> ${join(out, 'trips')} ` +
    `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
