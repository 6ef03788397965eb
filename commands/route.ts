import type { CommandDefinition } from './types.js';
import { stopsOn } from '../src/query/where.js';
import { dateSpan, shortDate } from '../src/itinerary/calendar.js';
import { DATES_NOTE } from '../src/query/sources.js';
import { answer } from '../src/reply/model.js';
import { UserError } from '../src/errors.js';

export const route: CommandDefinition = {
  name: 'route',
  summary: 'The whole trip, day by day',
  usage: '/trip route',
  examples: ['/trip route'],
  options: [],
  run(ctx) {
    const trip = ctx.library.latestTrip();
    if (!trip) throw new UserError('NOT_FOUND', 'No trip is loaded.', 'Run npm run ingest');
    const { title, firstDay, lastDay, traveler } = trip.itinerary.trip;
    const days = trip.days.map((date, i) => {
      const stops = stopsOn(trip, date);
      return {
        date,
        day: i + 1,
        stops: stops.map((s) => ({ city: s.city, country: s.country, basis: s.basis })),
      };
    });
    const lines = days.map(
      (d) =>
        `Day ${d.day}, ${shortDate(d.date)}: ${
          d.stops.map((s) => `${s.city}${s.basis === 'inferred' ? ' (inferred)' : ''}`).join(' → ') ||
          'no documented stop (departure or travel)'
        }`,
    );
    return {
      data: { trip: trip.id, title, firstDay, lastDay, route: trip.itinerary.trip.route, days },
      reply: answer(`${title} (${dateSpan(firstDay, lastDay)})`, {
        lead: `${traveler}: ${trip.itinerary.stops.map((s) => s.city).join(' → ')}.`,
        sections: [{ lines }],
        sources: [
          'Route order from the page summary; stop dates from the documents filed under each city.',
          ...trip.itinerary.stops
            .filter((s) => s.basis === 'inferred')
            .map((s) => `${s.city} (inferred): ${s.reason}`),
          DATES_NOTE,
        ],
      }),
    };
  },
};
