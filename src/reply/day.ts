import type { DocumentKind, Traveler } from '../itinerary/schema.js';
import { longDate, shortDate } from '../itinerary/calendar.js';
import type { Library } from '../query/library.js';
import { stopsOn } from '../query/where.js';
import { basisLabel, datesNotes, placeName, stopOnDay, type StopOnDay } from '../query/stays.js';
import { topicsFor } from '../query/topics.js';
import { localDateCaveat } from '../query/sources.js';
import { itemDate, itemDateText, LIKELY_LOCAL_NOTE } from '../query/local-dates.js';
import type { Reply, Section } from './model.js';

export interface DayDocument {
  kind: DocumentKind;
  title: string;
  section: string;
  /** The page's date: Washington publication date. */
  date: string;
  /** The likely local date at the stop, where it differs from `date` (src/query/local-dates.ts). */
  localDate?: string;
  /** "dated Nov 8 in Washington, likely Nov 9 local: Seoul is 14 h ahead, and Nov 8 started in Tokyo" */
  dated: string;
  people: string[];
}

export interface DayDigest {
  date: string;
  trip: { id: string; title: string; traveler: string; day: number; of: number };
  stops: StopOnDay[];
  travelDay: boolean;
  /** Page items of this local day (their likely local date, else their Washington date), in route order. */
  documents: DayDocument[];
  /** Page items dated this day in Washington that likely fell on another local day. */
  elsewhere: DayDocument[];
  /** Public schedules that describe this day (often published the day before). */
  publicSchedule: { title: string; date: string }[];
  topics: { city: string | null; text: string; status: 'reported' | 'planned'; paragraph: number }[];
}

const GROUPS: [string, DocumentKind[]][] = [
  ['Meetings', ['meeting']],
  ['Remarks and press', ['remarks', 'press availability', 'interview']],
  ['Statements', ['joint statement']],
  ['Calls', ['call']],
  ['Briefings and announcements', ['briefing', 'announcement']],
];

/** The digest of one day: built once, used by /trip day and the scheduled digest. Null outside every trip. */
export function buildDayDigest(
  library: Library,
  date: string,
  role: Traveler = 'secretary',
): DayDigest | null {
  const trip = library.tripsOn(date, role)[0];
  if (!trip) return null;
  const it = trip.itinerary;
  const stops = stopsOn(trip, date);
  const people = new Map(it.people.map((p) => [p.id, p.name]));
  // Route order, and within a stop the page's order reversed: the page lists each city newest first.
  const routeIndex = (stopId: string | null) => {
    const index = stopId === null ? -1 : it.trip.route.indexOf(stopId);
    return index < 0 ? it.trip.route.length : index;
  };
  const items = it.documents
    .filter((d) => d.kind !== 'public schedule')
    .sort((a, b) => routeIndex(a.stopId) - routeIndex(b.stopId) || b.lines[0]! - a.lines[0]!)
    .map((d): DayDocument => {
      const dated = itemDate(trip, d);
      return {
        kind: d.kind,
        title: d.title,
        section: d.section,
        date: d.date,
        ...(dated.local ? { localDate: dated.local } : {}),
        dated: itemDateText(dated),
        people: d.people.map((id) => people.get(id) ?? id),
      };
    });
  return {
    date,
    trip: {
      id: trip.id,
      title: it.trip.title,
      traveler: it.trip.traveler,
      day: trip.days.indexOf(date) + 1,
      of: trip.days.length,
    },
    stops: stops.map((s) => stopOnDay(trip, s)),
    travelDay: stops.filter((s) => s.basis === 'documented').length > 1,
    documents: items.filter((d) => (d.localDate ?? d.date) === date),
    elsewhere: items.filter((d) => d.date === date && d.localDate !== undefined && d.localDate !== date),
    publicSchedule: it.documents
      .filter((d) => d.kind === 'public schedule' && d.describes === date)
      .map((d) => ({ title: d.title, date: d.date })),
    topics: stops.flatMap((s) => topicsFor(trip, s.id).map((t) => ({ city: s.city, ...t }))),
  };
}

/** Topics in order of first mention, each text once with every city it was given for. */
function groupByText(topics: DayDigest['topics']): (DayDigest['topics'][number] & { cities: string[] })[] {
  const byText = new Map<string, DayDigest['topics'][number] & { cities: string[] }>();
  for (const t of topics) {
    const city = t.city ?? 'the trip';
    const seen = byText.get(t.text);
    if (seen) {
      if (!seen.cities.includes(city)) seen.cities.push(city);
    } else byText.set(t.text, { ...t, cities: [city] });
  }
  return [...byText.values()];
}

export function stopLine(stop: StopOnDay): string {
  return `${placeName(stop)} (${basisLabel(stop)})${stop.remarks ? `. ${stop.remarks}` : ''}`;
}

/** "Title (Seoul, dated Nov 8 in Washington, likely Nov 9 local: ...)" */
function itemLine(d: DayDocument): string {
  return `${d.title} (${d.section}, ${d.dated})`;
}

/** Renders a day digest to the neutral reply. */
export function digestReply(digest: DayDigest): Reply {
  const sections: Section[] = [];
  const where = digest.stops.length
    ? digest.stops.map(stopLine)
    : ['No stay is on record on this day (a travel or departure day).'];
  sections.push({
    heading: digest.travelDay ? 'Where (a travel day, in route order)' : 'Where',
    lines: where,
  });
  for (const [heading, kinds] of GROUPS) {
    const docs = digest.documents.filter((d) => kinds.includes(d.kind));
    if (docs.length) sections.push({ heading, lines: docs.map(itemLine) });
  }
  if (digest.elsewhere.length) {
    sections.push({
      heading: 'Likely on another local day',
      lines: digest.elsewhere.map(itemLine),
    });
  }
  if (digest.publicSchedule.length) {
    sections.push({
      heading: 'Public schedule',
      lines: digest.publicSchedule.map((s) => `${s.title}, published ${longDate(s.date)}`),
    });
  }
  if (digest.topics.length) {
    sections.push({
      heading: 'Topics (trip summary)',
      // A sentence the summary gives for several stops ("In Jordan, Ramallah, Iraq, and Türkiye, ...") is said once.
      lines: groupByText(digest.topics).map(
        (t) =>
          `${t.cities.join(', ')}: ${t.status === 'planned' ? '[planned agenda, not a record] ' : ''}${t.text}`,
      ),
    });
  }
  const caveats = digest.stops
    .filter((s) => s.dates === 'washington')
    .map((s) => localDateCaveat(s, digest.date))
    .filter((c): c is string => Boolean(c));
  // An inferred stop is labelled in the headline too (the digest's title and notification).
  const places =
    digest.stops
      .map((s) => `${s.city ?? s.country}${s.basis === 'inferred' ? ' (inferred)' : ''}`)
      .join(' → ') || 'in transit';
  return {
    kind: 'answer',
    // Who, which day of the trip, where: the first line says it all, so there is no lead to repeat it.
    title: `${shortDate(digest.date, true)}: ${digest.trip.traveler}, day ${digest.trip.day} of ${digest.trip.of}, ${places}`,
    sections,
    sources: [
      digest.trip.title,
      ...datesNotes(digest.stops),
      ...caveats,
      ...([...digest.documents, ...digest.elsewhere].some((d) => d.localDate) ? [LIKELY_LOCAL_NOTE] : []),
      ...(digest.topics.length
        ? [
            `Topics quote the page summary, paragraphs ${[...new Set(digest.topics.map((t) => t.paragraph))].join(', ')}.`,
          ]
        : []),
    ],
    visibility: 'public',
  };
}

/** The digest for a date as a reply and data, or null when no trip covers it. */
export function composeDigest(
  library: Library,
  date: string,
  role: Traveler = 'secretary',
): { reply: Reply; data: DayDigest } | null {
  const digest = buildDayDigest(library, date, role);
  return digest ? { reply: digestReply(digest), data: digest } : null;
}
