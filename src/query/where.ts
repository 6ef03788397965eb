import type { Stop, Traveler } from '../itinerary/schema.js';
import { longDate, daysBetween } from '../itinerary/calendar.js';
import type { Library, TripView } from './library.js';
import { placeName, stopOnDay, type StopOnDay } from './stays.js';

export { stopOnDay, type StopOnDay } from './stays.js';

export interface TripRef {
  id: string;
  title: string;
  traveler: string;
  firstDay: string;
  lastDay: string;
}

export interface WhereResult {
  date: string;
  traveler: Traveler;
  /** Who held the office that day, from pocom (Secretaries) or the presidents' table. */
  officeholder: { name: string; person: string } | null;
  /** Stays covering the date, in route order. Empty on days no stay covers. */
  stops: StopOnDay[];
  /** Two or more stays documented on one date. */
  travelDay: boolean;
  trip?: { id: string; title: string; day: number; of: number };
  /** Where the record of this office begins and ends. */
  record?: { first: string; last: string };
  /** When no stay covers the date: before the record, after it, or between trips. */
  outside?: 'before-record' | 'after-record' | 'no-travel';
  /** When no trip covers the date: the nearest trips before and after it. */
  previous?: TripRef;
  next?: TripRef;
  /** Why no stop is named on a date inside a trip. */
  note?: string;
  /** The note without its first sentence ("No stay is on record on ..."), for answers that say that first. */
  noteDetail?: string;
}

export function stopsOn(trip: TripView, date: string): Stop[] {
  return trip.itinerary.stops.filter((s) => s.from <= date && date <= s.to);
}

function tripRef(trip: TripView): TripRef {
  const { id, title, traveler, firstDay, lastDay } = trip.itinerary.trip;
  return { id, title, traveler, firstDay, lastDay };
}

/** Where the Secretary (or the President) was on a date. */
export function whereOn(library: Library, date: string, role: Traveler = 'secretary'): WhereResult {
  const holder = library.officeholderOn(role, date);
  const record = library.office(role)?.record;
  const base = {
    date,
    traveler: role,
    officeholder: holder ? { name: holder.name, person: holder.person } : null,
    ...(record ? { record: { first: record.first, last: record.last } } : {}),
  };
  const trips = library.tripsOn(date, role);
  const trip = trips[0];
  if (!trip) {
    const all = library.tripsOf(role);
    const previous = [...all].reverse().find((t) => t.itinerary.trip.lastDay < date);
    const next = all.find((t) => t.itinerary.trip.firstDay > date);
    const first = record?.first ?? all[0]?.itinerary.trip.firstDay;
    const last = record?.last ?? all.at(-1)?.itinerary.trip.lastDay;
    const outside =
      first && date < first ? 'before-record' : last && date > last ? 'after-record' : 'no-travel';
    return {
      ...base,
      stops: [],
      travelDay: false,
      outside,
      ...(previous ? { previous: tripRef(previous) } : {}),
      ...(next ? { next: tripRef(next) } : {}),
    };
  }
  const { firstDay, lastDay, title } = trip.itinerary.trip;
  const stops = trips.flatMap((t) => stopsOn(t, date).map((s) => stopOnDay(t, s)));
  const result: WhereResult = {
    ...base,
    stops,
    travelDay: stops.filter((s) => s.basis === 'documented').length > 1,
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
    const detail = [
      ...(previous ? [`The last stop before it is ${placeName(previous)} (${longDate(previous.to)}).`] : []),
      ...(next ? [`The next is ${placeName(next)} (${longDate(next.from)}).`] : []),
      ...(docs.length > 0
        ? [
            `Trip-page documents dated that day (Washington): ${docs.map((d) => `${d.title} (${d.section})`).join('; ')}.`,
          ]
        : []),
    ].join(' ');
    result.note = `No stay is on record on ${longDate(date)}.${detail ? ` ${detail}` : ''}`;
    if (detail) result.noteDetail = detail;
  }
  return result;
}
