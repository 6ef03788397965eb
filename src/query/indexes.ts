/** What the search indexes hold and how each is built; lazy-indexes.ts builds each on first use, once. */
import { WordIndex } from './word-index.js';
import { FuzzyKeys } from './fuzzy-keys.js';
import type { Stop } from '../itinerary/schema.js';
import { DEMONYMS } from '../itinerary/places.js';
import { fold } from '../itinerary/text.js';
import { words } from './words.js';
import { shortDate, compareDates } from '../itinerary/calendar.js';
import type { LibraryContents, PersonView, TripView } from './views.js';

export interface PersonRecord {
  view: PersonView;
  names: string[];
  /** "Japanese Foreign Minister", "Foreign Minister Japan", "UNRWA Commissioner-General". */
  roles: string[];
  /** Folded words of the names, and of names + roles + country + organisation. */
  nameWords: Set<string>;
  allWords: Set<string>;
  /** The words of each name and role, for ranking exact matches by how little else they say. */
  phrases: string[][];
  /** Words of the person's offices, and of the office each appearance gives, for "the current foreign minister". */
  roleWords: Set<string>;
  /**
   * Each appearance's office split into the offices it joins ("Deputy Prime Minister and
   * Minister of Foreign Affairs" is two), each as its words: "prime minister" is not held
   * by a deputy prime minister.
   */
  appearanceRoles: { date: string; title: string; offices: Set<string>[] }[];
}
export interface PlaceRecord {
  trip: TripView;
  stop: Stop;
  names: string[];
}
export type SearchRecord =
  | { type: 'document'; trip: TripView; id: string; text: string; date: string }
  | { type: 'topic'; trip: TripView; id: string; text: string; stopIds: string[] }
  | { type: 'person'; id: string; text: string }
  | { type: 'place'; trip: TripView; id: string; text: string };

export interface Indexes {
  /** Fuzzy over the distinct words of names and roles, not over every record's text. */
  people: WordIndex<PersonRecord>;
  personRecords: readonly PersonRecord[];
  /** Exact place names (folded) to every stop they name, in trip order. */
  placeNames: Map<string, PlaceRecord[]>;
  /** Fuzzy over the distinct place names (not every stop of every trip). */
  places: FuzzyKeys<PlaceRecord[]>;
  /** Documents, topics, people and places, with folded text for exact phrases ("2+2"). */
  search: WordIndex<SearchRecord & { folded: string }>;
  /** Autocomplete choices, newest trip first: every trip day, and every place name. */
  dayChoices: readonly Choice[];
  placeChoices: readonly Choice[];
}

export interface Choice {
  name: string;
  value: string;
  /** Folded name and value, for prefix and substring matching. */
  key: string;
}

/** Short forms people (and the page) use for an office: "Omani FM". */
const ROLE_SHORT: Record<string, string> = {
  'Foreign Minister': 'FM',
  'Prime Minister': 'PM',
  'National Security Advisor': 'NSA',
};

const demonymOf = (code: string | undefined) => Object.entries(DEMONYMS).find(([, c]) => c === code)?.[0];

function personRecord(view: PersonView): PersonRecord {
  const p = view.person;
  const demonym = demonymOf(p.countryCode);
  const qualifiers = [demonym, p.country, p.organisation].filter((q): q is string => Boolean(q));
  const names = [p.name, ...p.aliases];
  const roles = p.roles
    .flatMap((role) => (ROLE_SHORT[role] ? [role, ROLE_SHORT[role]] : [role]))
    .flatMap((role) => [
      role,
      ...qualifiers.map((q) => `${q} ${role}`),
      ...qualifiers.map((q) => `${role} of ${q}`),
    ]);
  return {
    view,
    names,
    roles,
    phrases: [...names, ...roles].map(words),
    nameWords: new Set(names.flatMap(words)),
    allWords: new Set([...names, ...roles].flatMap(words)),
    roleWords: new Set(p.roles.flatMap(words)),
    appearanceRoles: view.appearances.map((a) => {
      const title = a.role ?? p.roles[0] ?? '';
      return { date: a.date, title, offices: offices(title) };
    }),
  };
}

/** The offices a title joins with "and" (or a comma, a slash), each as its set of words. */
function offices(title: string): Set<string>[] {
  return title
    .split(/\s+and\s+|\s*[,;/]\s*/i)
    .map((part) => new Set(words(part)))
    .filter((set) => set.size > 0);
}

/** Every name a stay answers to: the locale as written, each city, the country, the aliases. */
function placeNamesOf(stop: Stop): string[] {
  const names = [stop.city ?? '', ...stop.places.map((p) => p.name), stop.country, ...stop.aliases];
  return [...new Set(names.filter(Boolean))];
}

/** The people index: every official with the words of their names and roles. */
export function buildPeople(library: LibraryContents): {
  personRecords: PersonRecord[];
  people: WordIndex<PersonRecord>;
} {
  const personRecords = library.people.map(personRecord);
  return { personRecords, people: new WordIndex(personRecords, (r) => [...r.names, ...r.roles].join(' ')) };
}

/** Exact place names (folded) to every stay they name, and the fuzzy index over those names. */
export function buildPlaces(library: LibraryContents): {
  placeNames: Map<string, PlaceRecord[]>;
  places: FuzzyKeys<PlaceRecord[]>;
} {
  const placeNames = new Map<string, PlaceRecord[]>();
  for (const trip of library.trips) {
    for (const stop of trip.itinerary.stops) {
      const record = { trip, stop, names: placeNamesOf(stop) };
      for (const name of record.names) {
        const key = fold(name);
        const list = placeNames.get(key);
        if (!list) placeNames.set(key, [record]);
        else if (list.at(-1) !== record) list.push(record);
      }
    }
  }
  return { placeNames, places: new FuzzyKeys(placeNames, (records) => records.length) };
}

export function buildSearch(library: LibraryContents): WordIndex<SearchRecord & { folded: string }> {
  const search: SearchRecord[] = [
    ...library.people.map((v) => ({
      type: 'person' as const,
      id: v.person.id,
      text: [
        v.person.name,
        ...v.person.aliases,
        ...v.person.roles,
        v.person.country ?? '',
        v.person.organisation ?? '',
      ].join(' · '),
    })),
    ...library.trips.flatMap((trip) => [
      ...trip.itinerary.documents.map((d) => ({
        type: 'document' as const,
        trip,
        id: d.id,
        text: d.title,
        date: d.date,
      })),
      ...trip.itinerary.topics.map((t) => ({
        type: 'topic' as const,
        trip,
        id: t.id,
        text: t.text,
        stopIds: t.stopIds,
      })),
      ...trip.itinerary.stops.map((s) => ({
        type: 'place' as const,
        trip,
        id: s.id,
        text: placeNamesOf(s).join(' · '),
      })),
    ]),
  ];
  return new WordIndex(
    search.map((r) => ({ ...r, folded: fold(r.text) })),
    (r) => r.text,
  );
}

/** Every trip day, newest first; a day two trips share (a Secretary's and a President's) is one choice. */
export function buildDayChoices(library: LibraryContents): Choice[] {
  const byDate = new Map<string, { date: string; places: string[] }>();
  for (const trip of [...library.trips].reverse()) {
    for (const date of trip.days) {
      const places = trip.itinerary.stops
        .filter((s) => s.from <= date && date <= s.to)
        .map((s) => s.places[0]?.name ?? s.country);
      const day = byDate.get(date);
      if (day) day.places.push(...places.filter((p) => !day.places.includes(p)));
      else byDate.set(date, { date, places });
    }
  }
  // Newest first, strictly by date: autocomplete finds an ISO prefix by binary search.
  return [...byDate.values()]
    .sort((a, b) => compareDates(b.date, a.date))
    .map(({ date, places }) => {
      const name = `${shortDate(date, true)}: ${places.join(' → ') || 'travel'}`;
      return { name, value: date, key: fold(`${date} ${name}`) };
    });
}

export function buildPlaceChoices(library: LibraryContents): Choice[] {
  const placeChoices: Choice[] = [];
  const seen = new Set<string>();
  for (const trip of [...library.trips].reverse()) {
    for (const stop of trip.itinerary.stops) {
      for (const name of [...stop.places.map((p) => p.name), stop.country]) {
        if (seen.has(fold(name))) continue;
        seen.add(fold(name));
        placeChoices.push({
          name,
          value: name,
          key: [name, ...(name === stop.country ? stop.aliases : [])].map(fold).join(' '),
        });
      }
    }
  }
  return placeChoices;
}
