import type { Itinerary, Officeholder, Traveler } from '../itinerary/schema.js';
import { dateRange } from '../itinerary/calendar.js';
import type { Indexes } from './indexes.js';
import { buildIndexes } from './lazy-indexes.js';
import type { PersonView, TripView } from './views.js';

export type { PersonView, TripView } from './views.js';

/** What the library knows of an office: who held it when, and the span its record covers. */
export interface Office {
  officeholders: readonly Officeholder[];
  record: { first: string; last: string; source: string };
}

/** A trip's view; its day list and lookups are made on first use (most trips are never asked of). */
function viewOf(itinerary: Itinerary): TripView {
  let days: string[] | undefined;
  let stops: Map<string, Itinerary['stops'][number]> | undefined;
  let documents: Map<string, Itinerary['documents'][number]> | undefined;
  return {
    itinerary,
    id: itinerary.trip.id,
    get days() {
      return (days ??= dateRange(itinerary.trip.firstDay, itinerary.trip.lastDay));
    },
    stop: (id) =>
      id === null ? undefined : (stops ??= new Map(itinerary.stops.map((s) => [s.id, s]))).get(id),
    document: (id) => (documents ??= new Map(itinerary.documents.map((d) => [d.id, d]))).get(id),
  };
}

const byFirstDay = (a: TripView, b: TripView) =>
  a.itinerary.trip.firstDay.localeCompare(b.itinerary.trip.firstDay);

/** One office's part of the library: its trips and who held the office when. */
export interface LibraryPart {
  trips: readonly Itinerary[];
  office?: Office;
}

interface Part {
  load: () => LibraryPart;
  loaded?: { views: TripView[]; office?: Office };
}

/**
 * All trips and the search indexes over them. Each office's part is read on first use, so
 * a question about the Secretary never parses the President's file; every view is made once.
 */
export class Library {
  readonly indexes: Indexes;
  readonly #parts = new Map<Traveler, Part>();
  #all: TripView[] | undefined;

  constructor(itineraries: readonly Itinerary[] = [], offices: Partial<Record<Traveler, Office>> = {}) {
    for (const role of ['president', 'secretary'] as const) {
      const trips = itineraries.filter((t) => t.trip.role === role);
      const office = offices[role];
      if (trips.length > 0 || office)
        this.#parts.set(role, { load: () => ({ trips, ...(office ? { office } : {}) }) });
    }
    this.indexes = buildIndexes(this);
  }

  /** A library whose parts are loaded when first asked for, in the order given. */
  static lazy(parts: readonly { traveler: Traveler; load: () => LibraryPart }[]): Library {
    const library = new Library();
    for (const { traveler, load } of parts) library.#parts.set(traveler, { load });
    return library;
  }

  #part(role: Traveler): Part['loaded'] {
    const part = this.#parts.get(role);
    if (part && !part.loaded) {
      const { trips, office } = part.load();
      part.loaded = { views: trips.map(viewOf).sort(byFirstDay), ...(office ? { office } : {}) };
    }
    return part?.loaded;
  }

  /** Every trip of every office, oldest first. */
  get trips(): readonly TripView[] {
    return (this.#all ??= [...this.#parts.keys()]
      .flatMap((role) => this.#part(role)?.views ?? [])
      .sort(byFirstDay));
  }

  /** What the library knows of an office: who held it when, and the span its record covers. */
  office(role: Traveler): Office | undefined {
    return this.#part(role)?.office;
  }

  /** Every office the library holds. */
  get offices(): Partial<Record<Traveler, Office>> {
    return Object.fromEntries(
      [...this.#parts.keys()].flatMap((role) => {
        const office = this.office(role);
        return office ? [[role, office]] : [];
      }),
    );
  }

  #people: PersonView[] | undefined;
  /** Everyone met on any trip, with each appearance: gathered on first use. */
  get people(): readonly PersonView[] {
    if (this.#people) return this.#people;
    const byId = new Map<string, PersonView>();
    for (const trip of this.trips) {
      for (const person of trip.itinerary.people) {
        const view = byId.get(person.id) ?? { person, appearances: [] };
        byId.set(person.id, view);
        for (const a of person.appearances) {
          const document = a.documentId === null ? undefined : trip.document(a.documentId);
          if (a.documentId !== null && !document) continue;
          view.appearances.push({
            trip,
            date: a.date,
            stop: trip.stop(a.stopId),
            ...(document ? { document } : {}),
            ...(a.role ? { role: a.role } : {}),
          });
        }
      }
    }
    this.#people = [...byId.values()];
    for (const view of this.#people) view.appearances.sort((a, b) => a.date.localeCompare(b.date));
    return this.#people;
  }

  /** Trips whose first-to-last day covers the date (of one office, when given). */
  tripsOn(date: string, role?: Traveler): TripView[] {
    return this.tripsOf(role).filter(
      (t) => t.itinerary.trip.firstDay <= date && date <= t.itinerary.trip.lastDay,
    );
  }

  /** Every trip of one office (or all), oldest first. */
  tripsOf(role?: Traveler): readonly TripView[] {
    return role ? (this.#part(role)?.views ?? []) : this.trips;
  }

  latestTrip(role?: Traveler): TripView | undefined {
    return this.tripsOf(role).at(-1);
  }

  /** Who held the office on a date: a term runs from its first day to the day before the next began. */
  officeholderOn(role: Traveler, date: string): Officeholder | undefined {
    const holders = this.office(role)?.officeholders ?? [];
    return (
      holders.find((h) => h.terms.some((t) => t.from <= date && (t.to === null || date < t.to))) ??
      holders.find((h) => h.terms.some((t) => t.to === date))
    );
  }

  /** The trip closest to a date (by days to its first or last day). */
  nearestTrip(date: string, role?: Traveler): TripView | undefined {
    const distance = (t: TripView) => {
      const { firstDay, lastDay } = t.itinerary.trip;
      return date < firstDay
        ? Date.parse(firstDay) - Date.parse(date)
        : Math.max(0, Date.parse(date) - Date.parse(lastDay));
    };
    return [...this.tripsOf(role)].sort((a, b) => distance(a) - distance(b))[0];
  }

  /** Trips that include this month and day in any year ("11-07"), newest first. */
  tripsWithMonthDay(monthDay: string): TripView[] {
    return this.trips.filter((t) => t.days.some((d) => d.slice(5) === monthDay)).reverse();
  }

  /** The trip with this id, looked for first in the parts already loaded. */
  findTrip(id: string): TripView | undefined {
    const loadedFirst = [...this.#parts].sort(([, a], [, b]) => Number(!a.loaded) - Number(!b.loaded));
    for (const [role] of loadedFirst) {
      const trip = this.#part(role)?.views.find((t) => t.id === id);
      if (trip) return trip;
    }
    return undefined;
  }
}
