import type { Itinerary, Officeholder, Traveler } from '../itinerary/schema.js';
import { dateRange, compareDates } from '../itinerary/calendar.js';
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
  compareDates(a.itinerary.trip.firstDay, b.itinerary.trip.firstDay);

/** Some trips of one office, read when first needed: `first` and `last` bound the days they cover. */
export interface LibraryVolume {
  traveler: Traveler;
  first: string;
  last: string;
  load: () => readonly Itinerary[];
}

interface Volume extends LibraryVolume {
  views?: TripView[];
}

/**
 * All trips, in volumes read on first use: a question about one date parses only the
 * volumes around it, and every view is made once. (The search indexes over them are the
 * query layer's: indexesOf in lazy-indexes.ts.)
 */
export class Library {
  readonly #volumes: Volume[] = [];
  readonly #offices = new Map<Traveler, Office>();
  readonly #byRole = new Map<Traveler, TripView[]>();
  #all: TripView[] | undefined;

  constructor(itineraries: readonly Itinerary[] = [], offices: Partial<Record<Traveler, Office>> = {}) {
    for (const traveler of ['president', 'secretary'] as const) {
      const trips = itineraries.filter((t) => t.trip.role === traveler);
      if (trips.length > 0)
        this.#volumes.push({ traveler, first: '0000-01-01', last: '9999-12-31', load: () => trips });
      const office = offices[traveler];
      if (office) this.#offices.set(traveler, office);
    }
  }

  /** A library of offices and volumes read on first use (the order given breaks ties of date). */
  static lazy(
    offices: readonly { traveler: Traveler; office: Office; volumes: readonly LibraryVolume[] }[],
  ): Library {
    const library = new Library();
    for (const { traveler, office, volumes } of offices) {
      library.#offices.set(traveler, office);
      library.#volumes.push(...volumes.map((v) => ({ ...v })));
    }
    return library;
  }

  /** The trips of some volumes, each volume's views made once, oldest first. */
  #tripsIn(volumes: readonly Volume[]): TripView[] {
    return volumes.flatMap((v) => (v.views ??= v.load().map(viewOf))).sort(byFirstDay);
  }

  /** Every trip of every office, oldest first. */
  get trips(): readonly TripView[] {
    return (this.#all ??= this.#tripsIn(this.#volumes));
  }

  /** What the library knows of an office: who held it when, and the span its record covers. */
  office(role: Traveler): Office | undefined {
    return this.#offices.get(role);
  }

  /** Every office the library holds. */
  get offices(): Partial<Record<Traveler, Office>> {
    return Object.fromEntries(this.#offices);
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
    for (const view of this.#people) view.appearances.sort((a, b) => compareDates(a.date, b.date));
    return this.#people;
  }

  /** Trips whose first-to-last day covers the date (of one office, when given). */
  tripsOn(date: string, role?: Traveler): TripView[] {
    const around = this.#volumes.filter(
      (v) => (!role || v.traveler === role) && v.first <= date && date <= v.last,
    );
    return this.#tripsIn(around).filter(
      (t) => t.itinerary.trip.firstDay <= date && date <= t.itinerary.trip.lastDay,
    );
  }

  /** Every trip of one office (or all), oldest first. */
  tripsOf(role?: Traveler): readonly TripView[] {
    if (!role) return this.trips;
    let trips = this.#byRole.get(role);
    if (!trips)
      this.#byRole.set(role, (trips = this.#tripsIn(this.#volumes.filter((v) => v.traveler === role))));
    return trips;
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

  /**
   * The trip with this id. Ids begin with the trip's first day: the volumes around it are
   * looked in, those already read first, before every trip is.
   */
  findTrip(id: string): TripView | undefined {
    const day = id.slice(0, 10);
    const same = (t: TripView) => t.id === id;
    const around = this.#volumes.filter((v) => v.first <= day && day <= v.last);
    const [read, unread] = [around.filter((v) => v.views), around.filter((v) => !v.views)];
    return this.#tripsIn(read).find(same) ?? this.#tripsIn(unread).find(same) ?? this.trips.find(same);
  }
}
