import { createHash } from 'node:crypto';
import { Itinerary, type Person, type Stop, type TripDocument } from '../schema.js';
import { PlaceError, resolvePlace } from '../places.js';
import { fold, slug } from '../text.js';
import { PageFormatError, parsePage } from './parse-page.js';
import { parseRoute } from './route.js';
import { PRESENCE_KINDS, classifyDocument, describedDay } from './documents.js';
import { addMention, findMentions, nameOf, type PersonDraft } from './people.js';
import { dateStops } from './stops.js';
import { extractTopics } from './topics.js';

export { PageFormatError } from './parse-page.js';

const SPECIAL_SECTIONS = ['Public Schedule', 'Trip Preview'];

export interface PageOptions {
  /** Where the page text is kept, relative to the repository. */
  sourceFile?: string;
  /** The traveller's slug in the Historian's record, when the caller knows it. */
  person?: string;
}

/** Turns the State Department page text into a validated itinerary. Throws PageFormatError. */
export function buildItinerary(text: string, tripId: string, options: PageOptions = {}): Itinerary {
  const sourceFile = options.sourceFile ?? 'page.txt';
  const page = parsePage(text);
  const routeLine = page.summary[0]!;
  const route = parseRoute(routeLine.text, routeLine.line);

  const stopIdByCity = new Map<string, string>();
  const places = route.stops.map((s) => {
    try {
      const place = resolvePlace(s.city, s.country);
      const id = slug(s.city);
      stopIdByCity.set(fold(s.city), id);
      return { id, ...place };
    } catch (error) {
      if (error instanceof PlaceError) throw new PageFormatError(routeLine.line, error.message);
      throw error;
    }
  });

  for (const section of page.sections) {
    if (!SPECIAL_SECTIONS.includes(section.heading) && !stopIdByCity.has(fold(section.heading))) {
      throw new PageFormatError(
        section.line,
        `unknown heading "${section.heading}": expected a city on the route (${route.stops.map((s) => s.city).join(', ')}), ${SPECIAL_SECTIONS.map((s) => `"${s}"`).join(' or ')}`,
      );
    }
  }

  const documents: TripDocument[] = [];
  const people: PersonDraft[] = [];
  for (const section of page.sections) {
    const stopId = stopIdByCity.get(fold(section.heading)) ?? null;
    for (const entry of section.entries) {
      const twin = documents.find(
        (d) => d.section === section.heading && d.date === entry.date && d.title === entry.title,
      );
      if (twin) {
        twin.lines.push(entry.line);
        continue;
      }
      const kind = classifyDocument(entry.title);
      const id = uniqueId(`${entry.date}-${slug(section.heading, 16)}-${slug(entry.title, 48)}`, documents);
      const mentions = findMentions(entry.title);
      for (const mention of mentions) addMention(people, mention, id);
      const describes = kind === 'public schedule' ? describedDay(entry.title) : undefined;
      documents.push({
        id,
        date: entry.date,
        title: entry.title,
        kind,
        section: section.heading,
        stopId,
        people: [],
        ...(describes ? { describes } : {}),
        provesPresence: stopId !== null && PRESENCE_KINDS.has(kind),
        lines: [entry.line],
      });
    }
  }
  for (const paragraph of page.summary.slice(1)) {
    for (const mention of findMentions(paragraph.text)) addMention(people, mention);
  }

  const routeSources = documents
    .filter((d) => d.kind === 'announcement' && route.stops.every((s) => d.title.includes(s.city)))
    .map((d) => d.id);
  const dates = dateStops(places, documents, { ...route, routeSources });
  const stops: Stop[] = places.map(({ id, city, country, countryCode, timeZone, coordinates, aliases }) => {
    const dating = dates.get(id)!;
    return {
      id,
      city,
      country,
      countryCode,
      timeZone,
      coordinates,
      places: [{ name: city, timeZone, coordinates }],
      aliases,
      ...dating,
      dates: 'washington' as const,
      sources: [{ kind: 'page' as const, trip: tripId, documents: dating.evidence }],
    };
  });

  const persons: Person[] = people.map((draft) => {
    const name = nameOf(draft);
    const appearances = draft.documentIds.map((documentId) => {
      const doc = documents.find((d) => d.id === documentId)!;
      doc.people.push(name.id);
      return { date: doc.date, stopId: doc.stopId, documentId };
    });
    return {
      ...name,
      roles: draft.roles,
      ...(draft.countryCode ? { countryCode: draft.countryCode } : {}),
      ...(draft.organisation ? { organisation: draft.organisation } : {}),
      appearances,
    };
  });
  for (const person of persons) {
    const code = person.countryCode;
    const stop = code ? stops.find((s) => s.countryCode === code) : undefined;
    if (code) person.country = stop?.country ?? resolveCountry(code);
  }

  const topics = extractTopics(
    page.summary.map((p) => p.text),
    stops.map((s) => ({ stopId: s.id, names: [s.city ?? s.country, s.country, ...s.aliases] })),
  ).map((t, i) => ({ id: `topic-${i + 1}`, ...t }));

  const announcement = documents.find((d) => routeSources.includes(d.id));
  const itinerary = {
    schemaVersion: 2 as const,
    trip: {
      id: tripId,
      title:
        announcement?.title ?? `${route.traveler}: travel to ${route.stops.map((s) => s.city).join(', ')}`,
      traveler: route.traveler,
      role: /^President\b/.test(route.traveler) ? ('president' as const) : ('secretary' as const),
      person: options.person ?? slug(route.traveler),
      firstDay: route.firstDay,
      lastDay: route.lastDay,
      route: stops.map((s) => s.id),
      page: { file: sourceFile, sha256: createHash('sha256').update(text).digest('hex') },
    },
    summary: page.summary.map((p) => p.text),
    stops,
    documents,
    people: persons.sort((a, b) => a.id.localeCompare(b.id)),
    topics,
  };
  return Itinerary.parse(itinerary);
}

function uniqueId(base: string, documents: TripDocument[]): string {
  let id = base;
  for (let n = 2; documents.some((d) => d.id === id); n++) id = `${base}-${n}`;
  return id;
}

function resolveCountry(code: string): string {
  return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
}
