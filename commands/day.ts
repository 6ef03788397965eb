import type { CommandDefinition } from './types.js';
import { travelerIn, travelerOption } from './traveler.js';
import { noTravel } from './no-travel.js';
import { resolveDate, withReading } from '../src/query/dates.js';
import { composeDigest } from '../src/reply/day.js';
import { longDate } from '../src/itinerary/calendar.js';

export const day: CommandDefinition = {
  name: 'day',
  summary: 'The full schedule of a day: stops, meetings, remarks, statements, calls, topics',
  usage: '/trip day [president|secretary] <date>',
  examples: ['/trip day 2023-11-07', '/trip day president 1963-06-26'],
  options: [
    travelerOption,
    { name: 'date', kind: 'date', description: 'A date: 2023-11-07, Nov 7, today', required: true },
  ],
  run(ctx) {
    const role = travelerIn(ctx.options) ?? 'secretary';
    const asked = ctx.options.date ?? '';
    const resolved = resolveDate(asked, ctx.now, ctx.timeZone);
    const { date, note } = resolved;
    const digest = composeDigest(ctx.library, date, role);
    const readAs = note ? [`Read "${asked || 'today'}" as ${longDate(date)} (${note}).`] : [];
    if (!digest) return noTravel(ctx.library, date, role, 'day', readAs, resolved);
    return {
      data: digest.data,
      reply: {
        ...digest.reply,
        title: withReading(digest.reply.title, resolved),
        sources: [...readAs, ...digest.reply.sources],
        visibility: 'ephemeral',
      },
    };
  },
};
