import type { Itinerary, Person, Stop, TripDocument } from '../itinerary/schema.js';

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
  /** Oldest first. A Historian record's appearance has no document: its remarks are on the stop. */
  appearances: { trip: TripView; date: string; stop?: Stop; document?: TripDocument; role?: string }[];
}

/** What the search indexes are built over: the library's trips and people (src/query/library.ts). */
export interface LibraryContents {
  readonly trips: readonly TripView[];
  readonly people: readonly PersonView[];
}
