import type { CommandContext, CommandOutput } from '../types.js';
import { travelerIn } from '../traveler.js';
import { resolveDate, withReading, type ResolvedDate } from '../../src/query/dates.js';
import { topicsFor, type StopTopics } from '../../src/query/topics.js';
import { stopsOn, whereOn } from '../../src/query/where.js';
import { noTravel } from './no-travel.js';
import { findPlaces } from '../../src/query/places.js';
import {
  datesNotes,
  newestFirst,
  placeName,
  RECORD_SCOPE,
  sourceTag,
  stopOnDay,
} from '../../src/query/stays.js';
import { dateSpan, longDate } from '../../src/itinerary/calendar.js';
import type { Library } from '../../src/query/library.js';
import type { Traveler } from '../../src/itinerary/schema.js';
import { answer } from '../../src/reply/model.js';
import { UserError, isUserError } from '../../src/errors.js';

function looksLikeDate(text: string): boolean {
  return /\d/.test(text) || /^(today|yesterday|tomorrow)$/i.test(text.trim());
}

function onDate(library: Library, date: string, role: Traveler): StopTopics[] {
  return library.tripsOn(date, role).flatMap((trip) =>
    stopsOn(trip, date).map((s) => ({
      trip: trip.id,
      stop: stopOnDay(trip, s),
      remarks: s.remarks ?? null,
      topics: topicsFor(trip, s.id),
    })),
  );
}

/** The latest visit to a place (of one office, when given), and how many there were. */
function atPlace(
  library: Library,
  query: string,
  role?: Traveler,
): { matched: string; stops: StopTopics[]; visits: number; typo: boolean } {
  const { matched, records, how } = findPlaces(library, query);
  const typo = how === 'typo';
  const all = newestFirst(
    records
      .filter((r) => !role || r.trip.itinerary.trip.role === role)
      .map((r) => ({ ...stopOnDay(r.trip, r.stop), record: r })),
  );
  const latest = all[0];
  if (!latest) return { matched, stops: [], visits: 0, typo };
  const { record } = latest;
  return {
    matched,
    typo,
    visits: all.length,
    stops: [
      {
        trip: record.trip.id,
        stop: stopOnDay(record.trip, record.stop),
        remarks: record.stop.remarks ?? null,
        topics: topicsFor(record.trip, record.stop.id),
      },
    ],
  };
}

/** Answers /trip what (the definition, with its options, is commands/what.ts). */
export function run(ctx: CommandContext): CommandOutput {
  const query = ctx.options.query ?? '';
  const role = travelerIn(ctx.options);
  let stops: StopTopics[] = [];
  let label = query;
  let visits = 0;
  let isDate = false;
  let readAs = '';
  let asked: ResolvedDate | undefined;
  if (looksLikeDate(query)) {
    try {
      asked = resolveDate(query, ctx.now, ctx.timeZone);
      const { date } = asked;
      label = longDate(date);
      stops = onDate(ctx.library, date, role ?? 'secretary');
      isDate = true;
    } catch (error) {
      if (!isUserError(error)) throw error;
      if (!/[a-z]{3}/i.test(query)) throw error;
    }
  }
  if (stops.length === 0 && label === query) {
    const found = atPlace(ctx.library, query, role);
    stops = found.stops;
    label = found.matched;
    visits = found.visits;
    if (found.typo) readAs = ` (read "${query.slice(0, 60)}" as ${found.matched})`;
  }
  if (stops.length === 0 && isDate && asked) {
    const dateRole = role ?? 'secretary';
    const readDate = asked.note ? [`Read "${query.slice(0, 60)}" as ${label} (${asked.note}).`] : [];
    const result = whereOn(ctx.library, asked.date, dateRole);
    if (!result.trip) return noTravel(ctx.library, asked.date, dateRole, 'what', readDate, asked);
    // A day of a trip with no stay (the departure day): say so, with what the page dates that day.
    const noStay = `${label}: no stay on record, day ${result.trip.day} of ${result.trip.of} of a trip`;
    return {
      data: { query, matched: label, visits: 0, stops: [], note: result.note },
      reply: answer(withReading(noStay, asked), {
        lead: `The trip: ${result.trip.title}.`,
        sections: result.noteDetail ? [{ lines: [result.noteDetail] }] : [],
        sources: [...readDate, RECORD_SCOPE],
        hint: `Try /trip route ${asked.date}`,
      }),
    };
  }
  if (stops.length === 0) {
    const shown = query.slice(0, 60);
    throw new UserError(
      'NOT_FOUND',
      `"${shown}" is neither a date nor a place on record.`,
      `To find a topic or a name: /trip search ${shown} (a place or a date: /trip what Baghdad, /trip what 2023-11-07)`,
    );
  }
  const paragraphs = [...new Set(stops.flatMap((s) => s.topics.map((t) => t.paragraph)))];
  const planned = stops.some((s) => s.topics.some((t) => t.status === 'planned'));
  const first = stops[0]!.stop;
  // An inferred stop says so wherever it is named, the first line included.
  const inferred = (s: StopTopics) => (s.stop.basis === 'inferred' ? ' (inferred)' : '');
  const cities = stops.map((s) => `${s.stop.city ?? s.stop.country}${inferred(s)}`).join(', ');
  const title =
    isDate && asked
      ? withReading(`What was discussed on ${label}: ${cities}`, asked)
      : `What was discussed: ${cities}${readAs}`;
  return {
    data: { query, matched: label, visits, stops },
    reply: answer(title, {
      lead:
        visits > 1
          ? `The latest of ${visits} stays in ${label}: ${first.person}, ${dateSpan(first.from, first.to)}.`
          : isDate
            ? `On ${label}, ${first.person} was in ${stops.map((s) => `${placeName(s.stop)}${inferred(s)}`).join('; ')}.`
            : `${first.person} in ${placeName(first)}${inferred(stops[0]!)}, ${dateSpan(first.from, first.to)}.`,
      sections: stops.map((s, i) => {
        // A summary sentence given for several stops is quoted under the first and named after.
        const before = stops.slice(0, i);
        const own = s.topics.filter((t) => !before.some((o) => o.topics.some((u) => u.text === t.text)));
        const shared = s.topics.length - own.length;
        const sharedTopics = s.topics.filter((t) => !own.includes(t));
        const sharedLabel = sharedTopics.some((t) => t.status !== 'planned')
          ? s.stop.basis
          : 'planned agenda';
        const sharedWith = before
          .filter((o) => o.topics.some((t) => s.topics.some((u) => u.text === t.text)))
          .map((o) => o.stop.city ?? o.stop.country);
        return {
          heading: `${placeName(s.stop)}, ${dateSpan(s.stop.from, s.stop.to)} (${s.stop.basis}: ${sourceTag(s.stop)})`,
          lines: [
            ...(s.remarks ? [`[documented] Record: ${s.remarks}`] : []),
            ...(shared
              ? [
                  `[${sharedLabel}] ${shared === 1 ? 'One summary sentence' : `${shared} summary sentences`} shared with ${sharedWith.join(' and ')}, quoted above.`,
                ]
              : []),
            ...own.map((t) =>
              t.status === 'planned'
                ? `[planned agenda, written before the visit; not a record] ${t.text}`
                : `[${s.stop.basis}] ${t.text}`,
            ),
            ...(s.remarks || s.topics.length ? [] : ['Neither source says what was discussed.']),
          ],
        };
      }),
      sources: [
        ...(stops.some((s) => s.remarks)
          ? ['Remarks: the Office of the Historian’s record of the stay.']
          : []),
        ...(paragraphs.length
          ? [
              `Topics quoted from the State Department trip page summary, paragraph${paragraphs.length === 1 ? '' : 's'} ${paragraphs.join(', ')}; a country named there is mapped to the city visited.`,
            ]
          : []),
        ...(planned
          ? [
              'Sentences in the future tense come from the pre-trip announcement: they are the planned agenda.',
            ]
          : []),
        ...datesNotes(stops.map((s) => s.stop)),
        ...(visits > 1 ? [`Every stay there: /trip when ${label}`] : []),
      ],
    }),
  };
}
