import type { CommandDefinition } from './types.js';
import { whenAt } from '../src/query/places.js';
import { dateSpan } from '../src/itinerary/calendar.js';
import { DATES_NOTE } from '../src/query/sources.js';
import { answer } from '../src/reply/model.js';
import { UserError } from '../src/errors.js';

export const when: CommandDefinition = {
  name: 'when',
  summary: 'The dates the Secretary was at a city or in a country',
  usage: '/trip when <place>',
  examples: ['/trip when Seoul', '/trip when Turkey', '/trip when Delhi'],
  options: [
    {
      name: 'place',
      kind: 'place',
      description: 'A city or country: Seoul, Türkiye, ROK, Delhi',
      required: true,
    },
  ],
  run(ctx) {
    const query = ctx.options.place ?? '';
    const result = whenAt(ctx.library, query);
    if (result.stops.length === 0) {
      const cities =
        ctx.library
          .latestTrip()
          ?.itinerary.stops.map((s) => s.city)
          .join(', ') ?? '';
      throw new UserError(
        'NOT_FOUND',
        `No stop on record matches "${query.slice(0, 60)}".`,
        `Stops of the latest trip: ${cities}. Try /trip when Seoul`,
      );
    }
    const lines = result.stops.map(
      (s) =>
        `${s.city}, ${s.country}: ${dateSpan(s.from, s.to)} (${s.basis}${s.basis === 'inferred' ? `: ${s.reason}` : ''})`,
    );
    const first = result.stops[0]!;
    const title =
      result.stops.length === 1
        ? `${first.city}, ${first.country}: ${dateSpan(first.from, first.to)}${first.basis === 'inferred' ? ' (inferred)' : ''}`
        : `${result.matched}: ${result.stops.length} stops`;
    return {
      data: result,
      reply: answer(title, {
        lead: title,
        sections: [{ lines }],
        sources: [
          ...(result.matched !== query ? [`Read "${query.slice(0, 60)}" as ${result.matched}.`] : []),
          ...result.stops.filter((s) => s.basis === 'documented').map((s) => `${s.city}: ${s.reason}`),
          DATES_NOTE,
        ],
      }),
    };
  },
};
