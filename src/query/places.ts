import { fold } from '../itinerary/text.js';
import type { Traveler } from '../itinerary/schema.js';
import type { Library } from './library.js';
import type { PlaceRecord } from './indexes.js';
import { newestFirst, stopOnDay, type StopOnDay } from './stays.js';

export interface WhenResult {
  query: string;
  /** The place name matched, when it differs from the query (fuzzy or alias). */
  matched: string;
  /** Every stay there, newest first. */
  stops: StopOnDay[];
}

/** Stops a place name points at: city, country, alias ("Turkey", "ROK", "Kiev"), else fuzzy. */
export function findPlaces(library: Library, query: string): { matched: string; records: PlaceRecord[] } {
  const { placeNames, places } = library.indexes;
  const key = fold(query).replace(/^the\s+/, '');
  const exact = placeNames.get(key);
  if (exact) return { matched: query, records: exact };
  const best = places.search(fold(query.slice(0, 64)), 1)[0];
  if (!best || best.score > 0.3) return { matched: query, records: [] };
  const first = best.value[0]!;
  const name = first.names.find((n) => fold(n) === best.key) ?? first.stop.city ?? first.stop.country;
  return { matched: name, records: best.value };
}

/** Every stay at a city or in a country, newest first (one office's, when given). */
export function whenAt(library: Library, query: string, role?: Traveler): WhenResult {
  const { matched, records } = findPlaces(library, query);
  const stops = records
    .filter((r) => !role || r.trip.itinerary.trip.role === role)
    .map((r) => stopOnDay(r.trip, r.stop));
  return { query, matched, stops: newestFirst(stops) };
}
