import type { Basis, Stop } from '../itinerary/schema.js';
import { longDate, daysBetween } from '../itinerary/calendar.js';
import type { Library, TripView } from './library.js';

export interface StopOnDay {
  city: string;
  country: string;
  basis: Basis;
  reason: string;
  from: string;
  to: string;
  timeZone: string;
}

export interface WhereResult {
  date: string;
  /** Stops on the date in route order. Empty outside every trip and on days no stop covers. */
  stops: StopOnDay[];
  /** Two or more stops documented on one date. */
  travelDay: boolean;
  trip?: { id: string; title: string; day: number; of: number };
  /** When no trip covers the date: the nearest one. */
  nearest?: { id: string; title: string; firstDay: string; lastDay: string };
  /** Why no stop is named on a date inside a trip. */
  note?: string;
}

export function stopOnDay(stop: Stop): StopOnDay {
  const { city, country, basis, reason, from, to, timeZone } = stop;
  return { city, country, basis, reason, from, to, timeZone };
}

export function stopsOn(trip: TripView, date: string): Stop[] {
  return trip.itinerary.stops.filter((s) => s.from <= date && date <= s.to);
}

/** Where the traveler was on a date (a Washington publication date). */
export function whereOn(library: Library, date: string): WhereResult {
  const trip = library.tripsOn(date)[0];
  if (!trip) {
    const near = library.nearestTrip(date);
    return {
      date,
      stops: [],
      travelDay: false,
      ...(near
        ? {
            nearest: {
              id: near.id,
              title: near.itinerary.trip.title,
              firstDay: near.itinerary.trip.firstDay,
              lastDay: near.itinerary.trip.lastDay,
            },
          }
        : {}),
    };
  }
  const { firstDay, lastDay, title } = trip.itinerary.trip;
  const stops = stopsOn(trip, date);
  const documented = stops.filter((s) => s.basis === 'documented');
  const result: WhereResult = {
    date,
    stops: stops.map(stopOnDay),
    travelDay: documented.length > 1,
    trip: {
      id: trip.id,
      title,
      day: daysBetween(firstDay, date) + 1,
      of: daysBetween(firstDay, lastDay) + 1,
    },
  };
  if (stops.length === 0) {
    const next = trip.itinerary.stops.find((s) => s.from > date);
    const previous = [...trip.itinerary.stops].reverse().find((s) => s.to < date);
    const docs = trip.itinerary.documents.filter((d) => d.date === date && d.kind !== 'public schedule');
    result.note =
      `No stop is documented on ${longDate(date)}.` +
      (previous ? ` The last stop before it is ${previous.city} (${longDate(previous.to)}).` : '') +
      (next ? ` The next is ${next.city}, ${next.country} (${longDate(next.from)}).` : '') +
      (docs.length > 0
        ? ` Documents dated that day: ${docs.map((d) => `${d.title} (${d.section})`).join('; ')}.`
        : '');
  }
  return result;
}
