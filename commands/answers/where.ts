import type { CommandContext, CommandOutput } from '../types.js';
import { travelerIn } from '../traveler.js';
import { holderText, noTravel } from './no-travel.js';
import { resolveDate, withReading } from '../../src/query/dates.js';
import { whereOn } from '../../src/query/where.js';
import { longDate } from '../../src/itinerary/calendar.js';
import { localDateCaveat } from '../../src/query/sources.js';
import { datesNotes, placeName, stayLine } from '../../src/query/stays.js';
import { answer } from '../../src/reply/model.js';

/** "an 8-day", "an 11-day", "a 9-day": the article as the number is said. */
const anOrA = (n: number) => (/^8/.test(String(n)) || n === 11 || n === 18 ? 'an' : 'a');

/** Answers /trip where (the definition, with its options, is commands/where.ts). */
export function run(ctx: CommandContext): CommandOutput {
  const role = travelerIn(ctx.options) ?? 'secretary';
  const resolved = resolveDate(ctx.options.date ?? '', ctx.now, ctx.timeZone);
  const { date, note } = resolved;
  const result = whereOn(ctx.library, date, role);
  const day = longDate(date);
  const readAs = note ? [`Read "${ctx.options.date ?? 'today'}" as ${day} (${note}).`] : [];
  const { trip } = result;
  if (!trip) return noTravel(ctx.library, date, role, 'where', readAs, resolved);
  // The lead says there is no stay; the section says only what is around it.
  const lines = result.stops.length
    ? result.stops.map((s) => stayLine(s, { remarks: true }))
    : result.noteDetail
      ? [result.noteDetail]
      : [];
  const documented = result.stops.filter((s) => s.basis === 'documented');
  const inferred = result.stops.filter((s) => s.basis === 'inferred');
  const named = (list: typeof result.stops) => list.map(placeName).join('; ');
  const traveler = result.stops[0]?.person ?? trip.title;
  const lead = documented.length
    ? `On ${day} ${traveler} was in ${named(documented)}.` +
      (inferred.length ? ` The route suggests ${named(inferred)} too (inferred, not documented).` : '')
    : inferred.length
      ? `No source places ${traveler} on ${day}; from the route, most likely ${named(inferred)} (inferred).`
      : `No stay is on record on ${day}.`;
  const title = result.stops
    .map((s) => `${s.city ?? s.country}${s.basis === 'inferred' ? ' (inferred)' : ''}`)
    .join(', ');
  // "Secretary Blinken was in Tokyo" already says who held the office, unless the traveller did not.
  const holderTravelled =
    result.officeholder?.person === ctx.library.findTrip(trip.id)?.itinerary.trip.person &&
    result.stops.length > 0;
  return {
    data: result,
    reply: answer(withReading(`${day}: ${title || 'no stay on record'}`, resolved), {
      lead: holderTravelled ? lead : `${lead} ${holderText(result)}`,
      sections: [
        {
          heading: `${result.travelDay ? 'Travel day, in route order' : 'Stays'} (day ${trip.day} of ${anOrA(trip.of)} ${trip.of}-day trip: /trip route ${date})`,
          lines,
        },
      ],
      sources: [
        ...readAs,
        ...datesNotes(result.stops),
        ...result.stops
          .filter((s) => s.dates === 'washington')
          .map((s) => localDateCaveat(s, date))
          .filter((c): c is string => Boolean(c)),
      ],
    }),
  };
}
