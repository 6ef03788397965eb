import type { CommandDefinition } from './types.js';
import { travelerIn, travelerOption } from './traveler.js';
import { resolveDate } from '../src/query/dates.js';
import { composeDigest } from '../src/reply/day.js';
import { longDate } from '../src/itinerary/calendar.js';
import { UserError } from '../src/errors.js';

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
    const { date } = resolveDate(ctx.options.date ?? '', ctx.now, ctx.timeZone);
    const digest = composeDigest(ctx.library, date, role);
    if (!digest) {
      const near = ctx.library.nearestTrip(date, role);
      throw new UserError(
        'NOT_FOUND',
        `No trip on record covers ${longDate(date)}.`,
        near
          ? `The nearest trip runs ${near.itinerary.trip.firstDay} to ${near.itinerary.trip.lastDay}. Try /trip day ${near.itinerary.trip.firstDay}`
          : 'Try /trip route',
      );
    }
    return { data: digest.data, reply: { ...digest.reply, visibility: 'ephemeral' } };
  },
};
