import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildItinerary } from '../../src/itinerary/ingest/index.js';
import { serialise } from '../../src/itinerary/serialise.js';
import { makeArchive, ARCHIVE_SEED } from './index.js';

export interface ArchiveStats {
  trips: number;
  firstDay: string;
  lastDay: string;
  stops: number;
  inferred: number;
  documents: number;
  people: number;
}

/**
 * Writes <out>/pages/<id>.txt and, through the real ingest, <out>/trips/<id>/page.txt and
 * itinerary.json (what `npm run ingest` writes). Replaces what was there.
 */
export function writeArchive(out: string, count: number, seed = ARCHIVE_SEED): ArchiveStats {
  const archive = makeArchive(count, seed);
  rmSync(join(out, 'pages'), { recursive: true, force: true });
  rmSync(join(out, 'trips'), { recursive: true, force: true });
  mkdirSync(join(out, 'pages'), { recursive: true });
  const stats: ArchiveStats = {
    trips: 0,
    firstDay: '',
    lastDay: '',
    stops: 0,
    inferred: 0,
    documents: 0,
    people: 0,
  };
  const people = new Set<string>();
  for (const { plan, page } of archive) {
    writeFileSync(join(out, 'pages', `${plan.id}.txt`), page);
    const itinerary = buildItinerary(page, plan.id);
    const dir = join(out, 'trips', plan.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'page.txt'), page);
    writeFileSync(join(dir, 'itinerary.json'), serialise(itinerary));
    stats.trips += 1;
    stats.firstDay ||= plan.firstDay;
    stats.lastDay = plan.lastDay;
    stats.stops += itinerary.stops.length;
    stats.inferred += itinerary.stops.filter((s) => s.basis === 'inferred').length;
    stats.documents += itinerary.documents.length;
    for (const p of itinerary.people) people.add(p.id);
  }
  stats.people = people.size;
  return stats;
}
