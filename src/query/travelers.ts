import type { Officeholder, Traveler } from '../itinerary/schema.js';
import { fold } from '../itinerary/text.js';
import type { Library, TripView } from './library.js';
import { words } from './words.js';

export interface TravelerMatch {
  office: Traveler;
  holder: Officeholder;
  /** Their trips in the record, oldest first. */
  trips: readonly TripView[];
}

const OFFICE_WORDS = new Set(['secretary', 'state', 'president', 'sec', 'potus', 'mr', 'mrs', 'ms', 'dr']);

/** An officeholder's name words and slug parts, folded: made once per officeholder. */
const nameWords = new WeakMap<Officeholder, Set<string>>();
function nameWordsOf(holder: Officeholder): Set<string> {
  let own = nameWords.get(holder);
  if (!own)
    nameWords.set(holder, (own = new Set([...words(holder.name), ...holder.person.split('-').map(fold)])));
  return own;
}

/**
 * Secretaries and Presidents whose names hold every word the user typed ("baker",
 * "secretary baker", "george bush"). Exact words only: a traveller is never a fuzzy guess.
 */
export function findTravelers(library: Library, query: string): TravelerMatch[] {
  const terms = words(query).filter((w) => !OFFICE_WORDS.has(w));
  if (terms.length === 0) return [];
  const out: TravelerMatch[] = [];
  for (const office of ['secretary', 'president'] as const) {
    for (const holder of library.office(office)?.officeholders ?? []) {
      const own = nameWordsOf(holder);
      if (terms.every((t) => own.has(t))) {
        const trips = library.tripsOf(office).filter((t) => t.itinerary.trip.person === holder.person);
        out.push({ office, holder, trips });
      }
    }
  }
  return out.sort((a, b) => b.trips.length - a.trips.length);
}
