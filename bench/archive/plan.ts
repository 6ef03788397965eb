import { addDays } from '../../src/itinerary/calendar.js';
import { slug } from '../../src/itinerary/text.js';
import { EVENTS, type Region } from './countries.js';
import type { ArchiveCity } from './places.js';
import type { Random } from './random.js';

/** An official as the titles write them. */
export interface Official {
  role: string;
  name: string;
  short: string;
  /** Words before the office: a demonym or an organisation ("NATO"). */
  before: string;
  /** Words after the name ("of Jordan"). */
  after: string;
}

/**
 * How a stop appears on the page: `documented` by meetings and remarks; the other three
 * leave its dates to the ingest's inference (an empty section like Ramallah, no section
 * like Ankara, or only a call, which does not prove presence).
 */
export type StopKind = 'documented' | 'empty-section' | 'no-section' | 'call-only';

export interface PlannedStop {
  city: ArchiveCity;
  kind: StopKind;
  /** Dates of its documents: the documented days, or the day a call is filed. */
  days: string[];
  officials: Official[];
  event?: string;
}

export interface Secretary {
  full: string;
  surname: string;
}

export interface TripPlan {
  id: string;
  secretary: Secretary;
  firstDay: string;
  lastDay: string;
  stops: PlannedStop[];
}

const SECRETARIES: { before: string; secretary: Secretary }[] = [
  { before: '2017-02-01', secretary: { full: 'John F. Kerry', surname: 'Kerry' } },
  { before: '2018-04-26', secretary: { full: 'Rex W. Tillerson', surname: 'Tillerson' } },
  { before: '2021-01-26', secretary: { full: 'Michael R. Pompeo', surname: 'Pompeo' } },
  { before: '9999-12-31', secretary: { full: 'Antony J. Blinken', surname: 'Blinken' } },
];

export function secretaryOn(date: string): Secretary {
  return SECRETARIES.find((s) => date < s.before)!.secretary;
}

export function officialOf(spec: string, demonym: string): Official {
  const [role = '', name = '', short, qualifier] = spec.split('|');
  const words = name.split(' ');
  const familyFirst = ['Japanese', 'Republic of Korea', 'Chinese'].includes(demonym);
  const family = familyFirst ? (words[0] ?? name) : (words.at(-1) ?? name);
  const after = qualifier?.startsWith('of ') ? ` ${qualifier}` : '';
  const before = qualifier === undefined ? demonym : after ? '' : qualifier;
  return { role, name, short: short ?? family, before, after };
}

/** The stops of one trip: countries from one or two regions, kinds, and the days each is documented. */
function planStops(random: Random, cities: readonly ArchiveCity[]): Omit<PlannedStop, 'days'>[] {
  const count = random.int(4, 10);
  const regions = [...new Set(cities.map((c) => c.region))];
  const first = random.pick(regions);
  const second = random.pick(regions.filter((r) => r !== first));
  const inRegion = (r: Region) => [...new Set(cities.filter((c) => c.region === r).map((c) => c.code))];
  let codes = random.shuffle(inRegion(first));
  if (codes.length < count || random.chance(0.25)) codes = [...codes, ...random.shuffle(inRegion(second))];
  const stops: Omit<PlannedStop, 'days'>[] = [];
  for (const code of codes.slice(0, count)) {
    const city = random.weighted(
      cities.filter((c) => c.code === code),
      (c) => (c.capital ? 5 : 1),
    );
    const index = stops.length;
    const last = index === count - 1;
    const afterInferred = stops.at(-1)?.kind !== 'documented';
    const inferred = index > 0 && !last && !afterInferred && random.chance(city.code === 'PS' ? 0.6 : 0.15);
    const kind: StopKind = inferred
      ? random.pick(['empty-section', 'no-section', 'call-only'] as const)
      : 'documented';
    // One holder per office: the Secretary does not meet two foreign ministers of one country.
    const pool = random
      .shuffle(city.profile.officials)
      .filter((spec, i, all) => all.findIndex((o) => o.split('|')[0] === spec.split('|')[0]) === i);
    const officials = pool
      .slice(0, kind === 'documented' ? random.int(1, Math.min(3, pool.length)) : 1)
      .map((spec) => officialOf(spec, city.profile.demonym));
    const event = kind === 'documented' && random.chance(0.2) ? random.pick(EVENTS[city.region]) : undefined;
    stops.push({ city, kind, officials, ...(event ? { event } : {}) });
  }
  return stops;
}

/**
 * Lays the stops on the calendar from `start`: a documented stop takes one to three
 * days, and often shares its last day with the next stop (a travel day); an inferred
 * stop takes a day of its own or none (then it falls on its neighbours' boundary).
 */
function layOut(
  random: Random,
  stops: Omit<PlannedStop, 'days'>[],
): { stops: PlannedStop[]; length: number } {
  let cursor = 0;
  let end = 0;
  const offsets = stops.map((stop, i) => {
    const next = stops[i + 1];
    if (stop.kind !== 'documented') {
      const ownDay = random.chance(0.6);
      const days = ownDay || stop.kind === 'call-only' ? [ownDay ? cursor : cursor - 1] : [];
      if (ownDay) cursor += 1;
      return days;
    }
    const span = random.weighted([1, 2, 3], (n) => [6, 3, 1][n - 1]!);
    const days = Array.from({ length: span }, (_, k) => cursor + k);
    end = cursor + span - 1;
    const travelDay = next?.kind === 'documented' && random.chance(0.3);
    cursor = travelDay ? end : end + 1;
    return days;
  });
  return {
    length: end + 1,
    stops: stops.map((stop, i) => ({ ...stop, days: offsets[i]!.map((o) => String(o)) })),
  };
}

/** Real trip 2023-11-02..10 (plus a margin) stays free, so the archive never overlaps it. */
const RESERVED = { from: '2023-10-30', to: '2023-11-13' };

/** Plans `count` trips, one every two to three weeks from January 2015, never across a new year. */
export function planTrips(random: Random, cities: readonly ArchiveCity[], count: number): TripPlan[] {
  const trips: TripPlan[] = [];
  let earliest = '2015-01-12';
  for (let i = 0; i < count; i++) {
    const { stops, length } = layOut(random, planStops(random, cities));
    let firstDay = earliest;
    let lastDay = addDays(firstDay, length - 1);
    if (lastDay.slice(0, 4) !== firstDay.slice(0, 4)) firstDay = `${lastDay.slice(0, 4)}-01-06`;
    lastDay = addDays(firstDay, length - 1);
    if (firstDay <= RESERVED.to && lastDay >= RESERVED.from) {
      firstDay = RESERVED.to;
      lastDay = addDays(firstDay, length - 1);
    }
    const dated = stops.map((s) => ({ ...s, days: s.days.map((o) => addDays(firstDay, Number(o))) }));
    const secretary = secretaryOn(firstDay);
    const id = `${firstDay}-${slug(secretary.surname)}-${slug(dated[0]!.city.city, 20)}`;
    trips.push({ id, secretary, firstDay, lastDay, stops: dated });
    earliest = addDays(lastDay, random.int(6, 14));
  }
  return trips;
}
