import { indexesOf } from './lazy-indexes.js';
import { fold } from '../itinerary/text.js';
import { geoDistance } from 'd3-geo';
import { isRealPlace } from './real-places.js';
import { cityGazetteer, countryCodeOf } from '../itinerary/places.js';
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
  /**
   * For a real place never visited, the places on record nearest it ("Kathmandu, Nepal" for
   * Bhutan); else none.
   */
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
 * is never read as another one: it finds nothing, with the nearest places on record as hints.
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
    return {
      matched: query,
      records: [],
      how: 'none',
      unvisited: true,
      suggestions: nearestVisited(library, query),
    };
  }
  const best = hits[0];
  if (!best) return { matched: query, records: [], how: 'none', unvisited: false, suggestions: [] };
  return { matched: nameOf(best), records: best.value, how: 'typo', unvisited: false, suggestions: [] };
}

/** Where a real place lies: a city's coordinates, or a country's most populous city's. */
function whereIs(name: string): [number, number] | undefined {
  const text = name.trim().replace(/^the\s+/i, '');
  const code = countryCodeOf(text);
  const cities = code ? cityGazetteer().findFromIsoCode(code) : cityGazetteer().lookupViaCity(text);
  const biggest = cities.reduce<(typeof cities)[number] | undefined>(
    (a, c) => (!a || c.pop > a.pop ? c : a),
    undefined,
  );
  return biggest ? [biggest.lng, biggest.lat] : undefined;
}

/** The places on record nearest a real place the record never visits, nearest first. */
function nearestVisited(library: Library, name: string, count = 2): string[] {
  const here = whereIs(name);
  if (!here) return [];
  const distance = new Map<string, number>();
  for (const trip of library.trips) {
    for (const stop of trip.itinerary.stops) {
      for (const place of stop.places) {
        if (!place.coordinates) continue;
        const label = `${place.name}, ${stop.country}`;
        const d = geoDistance(here, [place.coordinates.lon, place.coordinates.lat]);
        if (d < (distance.get(label) ?? Infinity)) distance.set(label, d);
      }
    }
  }
  return [...distance]
    .sort((a, b) => a[1] - b[1])
    .slice(0, count)
    .map(([label]) => label);
}

/** Every stay at a city or in a country, newest first (one office's, when given). */
export function whenAt(library: Library, query: string, role?: Traveler): WhenResult {
  const { matched, records, how, unvisited, suggestions } = findPlaces(library, query);
  const stops = records
    .filter((r) => !role || r.trip.itinerary.trip.role === role)
    .map((r) => stopOnDay(r.trip, r.stop));
  return { query, matched, how, unvisited, suggestions, stops: newestFirst(stops) };
}
