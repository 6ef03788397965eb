/**
 * The adapter from `/trip map` and `/trip calendar` arguments to trips of the library:
 * port this file when the model changes. A trip is named by its id, a date inside it, a
 * year, or a word of its traveller or title ("blinken", "tokyo").
 */
import type { Library, TripView } from '../query/library.js';
import { resolveDate } from '../query/dates.js';
import { longDate } from '../itinerary/calendar.js';
import { UserError } from '../errors.js';
import { fold, truncate } from '../itinerary/text.js';

export interface FoundTrips {
  trips: TripView[];
  /** How the argument was read, for the answer's sources. */
  readAs: string;
}

function byText(library: Library, text: string): TripView[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  return library.trips
    .filter((t) => {
      const { title, traveler } = t.itinerary.trip;
      const haystack = fold(
        [
          title,
          traveler,
          ...t.itinerary.stops.map((s) => `${s.city ?? ''} ${s.country} ${s.aliases.join(' ')}`),
        ].join(' '),
      );
      return words.every((w) => haystack.includes(w));
    })
    .reverse();
}

function byDate(library: Library, text: string, now: Date, timeZone: string): FoundTrips {
  const { date, note } = resolveDate(text, now, timeZone);
  const trips = library.tripsOn(date);
  if (!trips.length) {
    const near = library.nearestTrip(date);
    throw new UserError(
      'NOT_FOUND',
      `No trip on record covers ${longDate(date)}.`,
      near ? `Try /trip map ${near.itinerary.trip.firstDay}` : 'Try /trip trips',
    );
  }
  return { trips, readAs: `the trip covering ${longDate(date)}${note ? ` (${note})` : ''}` };
}

/** Trips named by an argument, newest first; `year` accepted when `allowYear` (calendar). */
export function findTrips(
  library: Library,
  text: string,
  now: Date,
  timeZone: string,
  allowYear = false,
): FoundTrips {
  const query = text.trim();
  if (!query) {
    const latest = library.latestTrip();
    if (!latest) throw new UserError('NOT_FOUND', 'No trip is loaded.', 'Run npm run ingest');
    return { trips: [latest], readAs: 'the latest trip on record' };
  }
  const exact = library.findTrip(query.toLowerCase());
  if (exact) return { trips: [exact], readAs: `trip ${exact.id}` };
  if (allowYear && /^\d{4}$/.test(query)) {
    const trips = library.trips.filter((t) => t.itinerary.trip.firstDay.startsWith(query)).reverse();
    if (!trips.length)
      throw new UserError('NOT_FOUND', `No trip on record in ${query}.`, 'Try /trip calendar 2023');
    return { trips, readAs: `every trip that began in ${query}` };
  }
  if (/\d/.test(query)) return byDate(library, query, now, timeZone);
  const trips = byText(library, query);
  if (!trips.length)
    throw new UserError(
      'NOT_FOUND',
      `No trip matches "${truncate(query, 60)}".`,
      'Try a date (2023-11-07), a traveller (blinken) or a place (Tokyo)',
    );
  return { trips, readAs: `trips matching "${query}"` };
}
