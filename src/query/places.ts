import { fold } from '../itinerary/text.js';
import type { Library } from './library.js';
import type { PlaceRecord } from './indexes.js';
import type { StopOnDay } from './where.js';
import { stopOnDay } from './where.js';

export interface WhenResult {
  query: string;
  /** The place name matched, when it differs from the query (fuzzy or alias). */
  matched: string;
  stops: (StopOnDay & { trip: string })[];
}

/** Stops a place name points at: city, country, alias ("Turkey", "ROK", "Delhi"), else fuzzy. */
export function findPlaces(library: Library, query: string): { matched: string; records: PlaceRecord[] } {
  const { placeNames, places } = library.indexes;
  const key = fold(query).replace(/^the\s+/, '');
  const exact = placeNames.get(key);
  if (exact) return { matched: query, records: exact };
  const best = places.search(fold(query.slice(0, 64)), { limit: 1 })[0];
  if (!best || (best.score ?? 1) > 0.3) return { matched: query, records: [] };
  const first = best.item.records[0]!;
  const name = first.names.find((n) => fold(n) === best.item.key) ?? first.stop.city;
  return { matched: name, records: best.item.records };
}

/** The dates the traveler was at a city or in a country, oldest first. */
export function whenAt(library: Library, query: string): WhenResult {
  const { matched, records } = findPlaces(library, query);
  return {
    query,
    matched,
    stops: records.map((r) => ({ ...stopOnDay(r.stop), trip: r.trip.id })),
  };
}
