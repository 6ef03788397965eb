import Fuse, { type IFuseOptions } from 'fuse.js';
import { WordIndex } from './word-index.js';
import type { Stop } from '../itinerary/schema.js';
import { DEMONYMS } from '../itinerary/places.js';
import { fold } from '../itinerary/text.js';
import { shortDate } from '../itinerary/calendar.js';
import type { Library, PersonView, TripView } from './library.js';

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
  places: Fuse<{ key: string; records: PlaceRecord[] }>;
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

/** Folded words of a text, without the little words that carry no meaning in a name or title. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !LITTLE_WORDS.has(w));
}
const LITTLE_WORDS = new Set(['of', 'the', 'and', 'for', 'al', 'el', 'bin', 'a', 'an']);

let builds = 0;
/** How many times indexes were built in this process (a test checks queries never rebuild). */
export function indexBuildCount(): number {
  return builds;
}

const FUZZY: IFuseOptions<unknown> = {
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  threshold: 0.4,
};

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
  };
}

/** Builds every index once, at load. Queries only read them. */
export function buildIndexes(library: Library): Indexes {
  builds++;
  const placeRecords: PlaceRecord[] = library.trips.flatMap((trip) =>
    trip.itinerary.stops.map((stop) => ({ trip, stop, names: [stop.city, stop.country, ...stop.aliases] })),
  );
  const placeNames = new Map<string, PlaceRecord[]>();
  for (const record of placeRecords) {
    for (const name of record.names) {
      const key = fold(name);
      const list = placeNames.get(key) ?? [];
      if (!list.includes(record)) list.push(record);
      placeNames.set(key, list);
    }
  }
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
        text: [s.city, s.country, ...s.aliases].join(' · '),
      })),
    ]),
  ];
  const personRecords = library.people.map(personRecord);
  const newestFirst = [...library.trips].reverse();
  const dayChoices = newestFirst.flatMap((trip) =>
    trip.days.map((date) => {
      const stops = trip.itinerary.stops.filter((s) => s.from <= date && date <= s.to).map((s) => s.city);
      const name = `${shortDate(date, true)}: ${stops.join(' → ') || 'travel'}`;
      return { name, value: date, key: fold(`${date} ${name}`) };
    }),
  );
  const placeChoices: Choice[] = [];
  const seenPlaces = new Set<string>();
  for (const trip of newestFirst) {
    for (const stop of trip.itinerary.stops) {
      for (const name of [stop.city, stop.country]) {
        if (seenPlaces.has(fold(name))) continue;
        seenPlaces.add(fold(name));
        placeChoices.push({
          name,
          value: name,
          key: [name, ...(name === stop.country ? stop.aliases : [])].map(fold).join(' '),
        });
      }
    }
  }
  return {
    personRecords,
    dayChoices,
    placeChoices,
    people: new WordIndex(personRecords, (r) => [...r.names, ...r.roles].join(' ')),
    placeNames,
    places: new Fuse(
      [...placeNames].map(([key, records]) => ({ key, records })),
      { ...FUZZY, ignoreDiacritics: false, threshold: 0.3, keys: ['key'] },
    ),
    search: new WordIndex(
      search.map((r) => ({ ...r, folded: fold(r.text) })),
      (r) => r.text,
    ),
  };
}
