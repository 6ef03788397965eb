import type { Itinerary, Stop, StopPlace } from '../../schema.js';
import { addDays } from '../../calendar.js';
import { fold, slug, uniqueFolded } from '../../text.js';
import type { DistinctRecord } from './read.js';
import { historianCountry, locateCity, splitLocale } from './places.js';

/** The traveller's family name as the record writes it: "James Addison Baker" -> "Baker". */
export function familyName(who: string, name: string): string {
  const family = who.split('-')[0] ?? who;
  const words = name.replace(/\([^)]*\)/g, ' ').split(/[\s,]+/);
  return words.find((w) => fold(w) === family) ?? family.charAt(0).toUpperCase() + family.slice(1);
}

/** "Henry A. (Heinz Alfred) Kissinger" -> "Henry A. Kissinger". */
export function displayName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

type Traveller = Pick<DistinctRecord, 'role' | 'who' | 'name'>;

/** Family names two holders of one office share ("president/bush", "president/roosevelt"). */
export function sharedFamilyNames(records: readonly Traveller[]): Set<string> {
  const holders = new Map<string, Set<string>>();
  for (const r of records) {
    const key = `${r.role}/${fold(familyName(r.who, r.name))}`;
    holders.set(key, (holders.get(key) ?? new Set()).add(r.who));
  }
  return new Set([...holders].filter(([, who]) => who.size > 1).map(([key]) => key));
}

/** "Secretary Baker", "President Kennedy"; the full name where the family name is shared ("President George W. Bush"). */
export function travelerLabel(record: Traveller, shared: ReadonlySet<string> = new Set()): string {
  const office = record.role === 'president' ? 'President' : 'Secretary';
  const family = familyName(record.who, record.name);
  return shared.has(`${record.role}/${fold(family)}`)
    ? `${office} ${displayName(record.name)}`
    : `${office} ${family}`;
}

/** One Historian record as a stay: local dates, documented by the record itself. */
export function stayOf(record: DistinctRecord): Stop {
  const country = historianCountry(record.countryId, record.country);
  const cityAliases: string[] = [];
  const places: StopPlace[] = splitLocale(record.locale).map(({ city, region }) => {
    const found = locateCity(city, country, region);
    cityAliases.push(city, ...found.aliases);
    return {
      name: city,
      ...(region ? { region } : {}),
      ...(found.timeZone ? { timeZone: found.timeZone } : {}),
      ...(found.coordinates ? { coordinates: found.coordinates } : {}),
    };
  });
  const located = places.find((p) => p.coordinates && p.timeZone);
  const ids = [record.id, ...record.twins];
  return {
    id: `h${record.id}`,
    city: record.locale || null,
    country: record.country,
    ...(country.code ? { countryCode: country.code } : {}),
    ...(located?.timeZone ? { timeZone: located.timeZone } : {}),
    ...(located?.coordinates ? { coordinates: located.coordinates } : {}),
    places,
    aliases: uniqueFolded([...cityAliases, ...country.aliases], [record.locale, record.country]),
    from: record.from,
    to: record.to,
    dates: 'local',
    basis: 'documented',
    reason:
      `Office of the Historian, record ${record.id}` +
      (record.twins.length ? ` (listed twice: also ${record.twins.join(', ')})` : '') +
      ': local dates.',
    evidence: [],
    sources: [{ kind: 'historian', records: ids, file: record.file }],
    ...(record.remarks ? { remarks: record.remarks } : {}),
  };
}

/**
 * A person's consecutive stays, a day or less apart, make one trip. Records are taken
 * in date order (then id), so the grouping does not depend on the file's order.
 */
export function groupTrips(records: readonly DistinctRecord[]): DistinctRecord[][] {
  const byPerson = new Map<string, DistinctRecord[]>();
  for (const r of records) {
    const key = `${r.role}/${r.who}`;
    byPerson.set(key, [...(byPerson.get(key) ?? []), r]);
  }
  const trips: DistinctRecord[][] = [];
  for (const list of byPerson.values()) {
    list.sort(
      (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || Number(a.id) - Number(b.id),
    );
    let current: DistinctRecord[] = [];
    let lastDay = '';
    for (const r of list) {
      if (current.length > 0 && r.from > addDays(lastDay, 1)) {
        trips.push(current);
        current = [];
      }
      current.push(r);
      lastDay = current.length === 1 || r.to > lastDay ? r.to : lastDay;
    }
    if (current.length > 0) trips.push(current);
  }
  return trips.sort((a, b) => a[0]!.from.localeCompare(b[0]!.from) || a[0]!.who.localeCompare(b[0]!.who));
}

/** A trip of Historian stays, with a stable id: its first day and the traveller's family name. */
export function historianTrip(
  records: readonly DistinctRecord[],
  usedIds: Set<string>,
  shared: ReadonlySet<string> = new Set(),
): Itinerary {
  const first = records[0]!;
  const stops = records.map(stayOf);
  const firstDay = stops.reduce((d, s) => (s.from < d ? s.from : d), first.from);
  const lastDay = stops.reduce((d, s) => (s.to > d ? s.to : d), first.to);
  let id = `${firstDay}-${slug(familyName(first.who, first.name))}`;
  if (usedIds.has(id)) id = `${firstDay}-${first.who}`;
  usedIds.add(id);
  const traveler = travelerLabel(first, shared);
  const countries = uniqueFolded(stops.map((s) => s.country));
  return {
    schemaVersion: 2,
    trip: {
      id,
      title: `${traveler}: ${countries.join('; ')}`,
      traveler,
      role: first.role,
      person: first.who,
      firstDay,
      lastDay,
      route: stops.map((s) => s.id),
    },
    summary: [],
    stops,
    documents: [],
    people: [],
    topics: [],
  };
}
