import type { Itinerary, Person, Stop, TripDocument } from '../itinerary/schema.js';
import { dateRange } from '../itinerary/calendar.js';
import { buildIndexes, type Indexes } from './indexes.js';

/** One loaded trip with lookups by id. */
export interface TripView {
  itinerary: Itinerary;
  id: string;
  /** Every date of the trip, first to last. */
  days: string[];
  stop(id: string | null): Stop | undefined;
  document(id: string): TripDocument | undefined;
}

/** A person across every trip, with appearances from all of them. */
export interface PersonView {
  person: Person;
  appearances: { trip: TripView; date: string; stop?: Stop; document: TripDocument }[];
}

function viewOf(itinerary: Itinerary): TripView {
  const stops = new Map(itinerary.stops.map((s) => [s.id, s]));
  const documents = new Map(itinerary.documents.map((d) => [d.id, d]));
  return {
    itinerary,
    id: itinerary.trip.id,
    days: dateRange(itinerary.trip.firstDay, itinerary.trip.lastDay),
    stop: (id) => (id === null ? undefined : stops.get(id)),
    document: (id) => documents.get(id),
  };
}

/** All loaded trips and the search indexes over them, built once here. */
export class Library {
  readonly trips: readonly TripView[];
  readonly people: readonly PersonView[];
  readonly indexes: Indexes;

  constructor(itineraries: readonly Itinerary[]) {
    this.trips = itineraries
      .map(viewOf)
      .sort((a, b) => a.itinerary.trip.firstDay.localeCompare(b.itinerary.trip.firstDay));
    const byId = new Map<string, PersonView>();
    for (const trip of this.trips) {
      for (const person of trip.itinerary.people) {
        const view = byId.get(person.id) ?? { person, appearances: [] };
        byId.set(person.id, view);
        for (const a of person.appearances) {
          const document = trip.document(a.documentId);
          if (document) view.appearances.push({ trip, date: a.date, stop: trip.stop(a.stopId), document });
        }
      }
    }
    this.people = [...byId.values()];
    for (const view of this.people) view.appearances.sort((a, b) => a.date.localeCompare(b.date));
    this.indexes = buildIndexes(this);
  }

  /** Trips whose first-to-last day covers the date. */
  tripsOn(date: string): TripView[] {
    return this.trips.filter((t) => t.itinerary.trip.firstDay <= date && date <= t.itinerary.trip.lastDay);
  }

  latestTrip(): TripView | undefined {
    return this.trips.at(-1);
  }

  /** The trip closest to a date (by days to its first or last day). */
  nearestTrip(date: string): TripView | undefined {
    const distance = (t: TripView) => {
      const { firstDay, lastDay } = t.itinerary.trip;
      return date < firstDay
        ? Date.parse(firstDay) - Date.parse(date)
        : Math.max(0, Date.parse(date) - Date.parse(lastDay));
    };
    return [...this.trips].sort((a, b) => distance(a) - distance(b))[0];
  }

  /** Trips that include this month and day in any year ("11-07"), newest first. */
  tripsWithMonthDay(monthDay: string): TripView[] {
    return this.trips.filter((t) => t.days.some((d) => d.slice(5) === monthDay)).reverse();
  }

  findTrip(id: string): TripView | undefined {
    return this.trips.find((t) => t.id === id);
  }
}
