import { compareDates } from '../itinerary/calendar.js';
import type { Traveler } from '../itinerary/schema.js';
import type { Library, TripView } from './library.js';
import { findPlaces } from './places.js';
import { findTravelers } from './travelers.js';

export interface TripFilter {
  role?: Traveler;
  /** A year ("1990"), a traveller's name ("baker") or a place ("Beijing"). */
  query?: string;
}

export interface TripList {
  /** How the query was read: a year, a traveller, a place, or every trip. */
  by: 'all' | 'year' | 'traveler' | 'place';
  /** The name the query matched ("Kiev" for "Kyiv"). */
  matched?: string;
  /** The query was read as a typo of `matched`. */
  typo?: boolean;
  /** Newest first. */
  trips: TripView[];
}

/** Trips newest first, of one office or both, filtered by a year, a traveller or a place. */
export function listTrips(library: Library, filter: TripFilter): TripList {
  const pool = library.tripsOf(filter.role);
  const query = filter.query?.trim() ?? '';
  const newest = (trips: readonly TripView[]) =>
    [...trips].sort((a, b) => compareDates(b.itinerary.trip.firstDay, a.itinerary.trip.firstDay));
  if (!query) return { by: 'all', trips: newest(pool) };
  if (/^\d{4}$/.test(query)) {
    const inYear = pool.filter(
      (t) => t.itinerary.trip.firstDay.slice(0, 4) <= query && query <= t.itinerary.trip.lastDay.slice(0, 4),
    );
    return { by: 'year', matched: query, trips: newest(inYear) };
  }
  const travellers = findTravelers(library, query).filter((t) => !filter.role || t.office === filter.role);
  if (travellers.length) {
    return {
      by: 'traveler',
      matched: travellers.map((t) => t.holder.name).join(', '),
      trips: newest(travellers.flatMap((t) => t.trips)),
    };
  }
  const { matched, records, how } = findPlaces(library, query);
  const trips = new Set(records.map((r) => r.trip).filter((t) => pool.includes(t)));
  return { by: 'place', matched, typo: how === 'typo', trips: newest([...trips]) };
}

/** The trip a route question points at: a trip id, or the trip covering a date. */
export function tripById(library: Library, id: string): TripView | undefined {
  return library.findTrip(id.trim().toLowerCase());
}
