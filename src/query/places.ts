import { indexesOf } from './lazy-indexes.js';
import { fold } from '../itinerary/text.js';
import { isRealPlace } from './real-places.js';
import type { Traveler } from '../itinerary/schema.js';
import type { Library } from './library.js';
import type { PlaceRecord } from './indexes.js';
import { newestFirst, stopOnDay, type StopOnDay } from './stays.js';

/** How a typed place was found: the name or an alias, a typo of one, or not at all. */
export type PlaceMatchKind = 'exact' | 'typo' | 'none';

export interface PlaceMatch {
  matched: string;
  records: PlaceRecord[];
  how: PlaceMatchKind;
  /** A real country or city (gazetteer) the record has no visit to. */
  unvisited: boolean;
  /** Names on record the query resembles, for "did you mean". */
  suggestions: string[];
}

export interface WhenResult {
  query: string;
  /** The place name matched, when it differs from the query (fuzzy or alias). */
  matched: string;
  how: PlaceMatchKind;
  unvisited: boolean;
  suggestions: string[];
  /** Every stay there, newest first. */
  stops: StopOnDay[];
}

/**
 * Stays a place name points at: a city, country or alias ("Turkey", "ROK", "Kiev") as typed,
 * else a typo of one ("Soel" is Seoul). A real place the record has no visit to ("Bhutan")
 * is never read as another one: it finds nothing, with the names it resembles as suggestions.
 */
export function findPlaces(library: Library, query: string): PlaceMatch {
  const { placeNames, places } = indexesOf(library);
  const key = fold(query).replace(/^the\s+/, '');
  const exact = placeNames.get(key);
  if (exact) return { matched: query, records: exact, how: 'exact', unvisited: false, suggestions: [] };
  const hits = places.search(fold(query.slice(0, 64)), 3);
  const nameOf = (hit: (typeof hits)[number]) => {
    const first = hit.value[0]!;
    return first.names.find((n) => fold(n) === hit.key) ?? first.stop.city ?? first.stop.country;
  };
  if (isRealPlace(query)) {
    return { matched: query, records: [], how: 'none', unvisited: true, suggestions: hits.map(nameOf) };
  }
  const best = hits[0];
  if (!best) return { matched: query, records: [], how: 'none', unvisited: false, suggestions: [] };
  return { matched: nameOf(best), records: best.value, how: 'typo', unvisited: false, suggestions: [] };
}

/** Every stay at a city or in a country, newest first (one office's, when given). */
export function whenAt(library: Library, query: string, role?: Traveler): WhenResult {
  const { matched, records, how, unvisited, suggestions } = findPlaces(library, query);
  const stops = records
    .filter((r) => !role || r.trip.itinerary.trip.role === role)
    .map((r) => stopOnDay(r.trip, r.stop));
  return { query, matched, how, unvisited, suggestions, stops: newestFirst(stops) };
}
