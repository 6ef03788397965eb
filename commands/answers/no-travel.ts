import { officeName } from '../traveler.js';
import type { Traveler } from '../../src/itinerary/schema.js';
import type { Library } from '../../src/query/library.js';
import { whereOn, type TripRef, type WhereResult } from '../../src/query/where.js';
import { dateSpan, longDate } from '../../src/itinerary/calendar.js';
import { RECORD_SCOPE } from '../../src/query/stays.js';
import { answer, type Reply } from '../../src/reply/model.js';
import { withReading, type ResolvedDate } from '../../src/query/dates.js';

const tripLine = (t: TripRef) => `${t.title}, ${dateSpan(t.firstDay, t.lastDay)}`;

export interface DatedDocument {
  date: string;
  title: string;
  section: string;
  kind: string;
  trip: string;
}

/** Trip-page documents dated a day outside every stay (a schedule or a preview published before departure). */
export function documentsOn(library: Library, date: string, role: Traveler): DatedDocument[] {
  return library
    .tripsOf(role)
    .flatMap((trip) =>
      trip.itinerary.documents
        .filter((d) => d.date === date)
        .map((d) => ({ date: d.date, title: d.title, section: d.section, kind: d.kind, trip: trip.id })),
    );
}

export function holderText(result: WhereResult): string {
  const office = officeName(result.traveler);
  return result.officeholder
    ? `${result.officeholder.name} was ${office}.`
    : `No ${office} in office is on record for that day.`;
}

export interface NoTravel {
  data: WhereResult & { documents: DatedDocument[] };
  reply: Reply;
}

/**
 * The one answer for a valid date no trip covers, in every command: not an error (the
 * question was valid), with the trips before and after it, and any trip-page documents
 * dated that day (a public schedule or trip preview published before departure).
 */
export function noTravel(
  library: Library,
  date: string,
  role: Traveler,
  command: string,
  readAs: string[] = [],
  /** How the typed date was read, said in the first line when it could mean another day. */
  resolved?: ResolvedDate,
): NoTravel {
  const result = whereOn(library, date, role);
  const day = longDate(date);
  const office = role === 'president' ? 'President' : 'Secretary';
  const record = result.record;
  const lead =
    result.outside === 'before-record' && record
      ? `The record of the ${officeName(role)}'s foreign travel begins on ${longDate(record.first)}.`
      : result.outside === 'after-record' && record
        ? `The record of the ${officeName(role)}'s foreign travel ends on ${longDate(record.last)}.`
        : `No foreign travel by the ${office} is on record for ${day}.`;
  const around = [
    ...(result.previous ? [`Previous trip: ${tripLine(result.previous)}`] : []),
    ...(result.next ? [`Next trip: ${tripLine(result.next)}`] : []),
  ];
  const documents = documentsOn(library, date, role);
  const dated = documents.map(
    (d) => `${d.title} (${d.section.toLowerCase() === d.kind ? d.section : `${d.section}, ${d.kind}`})`,
  );
  const docTrip = documents[0] ? library.trips.find((t) => t.id === documents[0]?.trip) : undefined;
  const hintDate = docTrip?.itinerary.trip.firstDay ?? result.previous?.lastDay ?? result.next?.firstDay;
  const who = role === 'president' ? 'president ' : '';
  return {
    data: { ...result, documents },
    reply: answer(withReading(`${day}: no foreign travel on record`, resolved ?? { date }), {
      lead:
        `${lead} ${holderText(result)}` +
        (documents.length
          ? ` The trip page has ${documents.length} document${documents.length === 1 ? '' : 's'} dated that day.`
          : ''),
      sections: [
        ...(around.length ? [{ lines: around }] : []),
        ...(dated.length
          ? [
              {
                heading: `Trip-page documents dated ${day} (Washington), outside the trip's stays`,
                lines: dated,
              },
            ]
          : []),
      ],
      sources: [...readAs, RECORD_SCOPE],
      hint: hintDate ? `Try /trip ${command} ${who}${hintDate}` : 'Try /trip trips',
    }),
  };
}
