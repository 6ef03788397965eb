import type { CommandDefinition } from './types.js';
import { resolveDate } from '../src/query/dates.js';
import { whereOn } from '../src/query/where.js';
import { dateSpan, longDate } from '../src/itinerary/calendar.js';
import { DATES_NOTE, localDateCaveat } from '../src/query/sources.js';
import { stopLine } from '../src/digest/compose.js';
import { answer } from '../src/reply/model.js';

export const where: CommandDefinition = {
  name: 'where',
  summary: 'Where the Secretary was on a date (documented or inferred)',
  usage: '/trip where [date]',
  examples: ['/trip where 2023-11-07', '/trip where Nov 6', '/trip where today'],
  options: [
    {
      name: 'date',
      kind: 'date',
      description: 'A date: 2023-11-07, Nov 7, today (default: today)',
      required: false,
    },
  ],
  run(ctx) {
    const { date, note } = resolveDate(ctx.options.date ?? '', ctx.library, ctx.now, ctx.timeZone);
    const result = whereOn(ctx.library, date);
    const day = longDate(date);
    const readAs = note ? [`Read "${ctx.options.date ?? 'today'}" as ${day} (${note}).`] : [];
    if (!result.trip) {
      const near = result.nearest;
      const lead = near
        ? date > near.lastDay
          ? `No trip on record covers ${day}. The nearest trip ended on ${longDate(near.lastDay)}: ${near.title} (${dateSpan(near.firstDay, near.lastDay)}).`
          : `No trip on record covers ${day}. The nearest trip begins on ${longDate(near.firstDay)}: ${near.title} (${dateSpan(near.firstDay, near.lastDay)}).`
        : `No trip on record covers ${day}.`;
      return {
        data: result,
        reply: answer(`${day}: no trip on record`, {
          lead,
          sections: [{ lines: ['tripbot does not know where the Secretary was on this date.'] }],
          sources: [...readAs, 'Trips loaded: ' + ctx.library.trips.length],
          hint: near ? `Try /trip route, or /trip where ${near.firstDay}` : 'Try /trip route',
        }),
      };
    }
    const { trip } = result;
    const lines = result.stops.length
      ? result.stops.map(stopLine)
      : [result.note ?? 'No stop is documented on this day.'];
    if (result.travelDay) lines.unshift('Travel day: documented in two cities, in route order:');
    const named = (list: typeof result.stops) => list.map((s) => `${s.city}, ${s.country}`).join(' then ');
    const documented = result.stops.filter((s) => s.basis === 'documented');
    const inferred = result.stops.filter((s) => s.basis === 'inferred');
    const title = result.stops
      .map((s) => `${s.city}, ${s.country}${s.basis === 'inferred' ? ' (inferred)' : ''}`)
      .join(' then ');
    const lead = documented.length
      ? `On ${day} (day ${trip.day} of ${trip.of}) the Secretary was in ${named(documented)}.` +
        (inferred.length ? ` The route suggests ${named(inferred)} too (inferred, not documented).` : '')
      : inferred.length
        ? `No document places the Secretary on ${day} (day ${trip.day} of ${trip.of}); from the route he was most likely in ${named(inferred)} (inferred).`
        : `No stop is documented on ${day} (day ${trip.day} of ${trip.of}).`;
    return {
      data: result,
      reply: answer(`${day}: ${title || 'no documented stop'}`, {
        lead,
        sections: [{ heading: `Day ${trip.day} of ${trip.of}: ${trip.title}`, lines }],
        sources: [
          ...readAs,
          ...result.stops.filter((s) => s.basis === 'documented').map((s) => `${s.city}: ${s.reason}`),
          DATES_NOTE,
          ...result.stops.map((s) => localDateCaveat(s, date)).filter((c): c is string => Boolean(c)),
        ],
      }),
    };
  },
};
