import type { CommandContext, CommandOutput } from '../types.js';
import { travelerIn } from '../traveler.js';
import { noTravel } from './no-travel.js';
import { stopsOn } from '../../src/query/where.js';
import { resolveDate, type ResolvedDate } from '../../src/query/dates.js';
import { tripById } from '../../src/query/trips.js';
import { datesNotes, placeName, stopOnDay } from '../../src/query/stays.js';
import { dateSpan, longDate, shortDate } from '../../src/itinerary/calendar.js';
import { answer } from '../../src/reply/model.js';
import { UserError } from '../../src/errors.js';

/** Answers /trip route (the definition, with its options, is commands/route.ts). */
export function run(ctx: CommandContext): CommandOutput {
  const role = travelerIn(ctx.options) ?? 'secretary';
  const asked = ctx.options.trip?.trim() ?? '';
  let trip = asked ? tripById(ctx.library, asked) : ctx.library.latestTrip(role);
  let resolved: ResolvedDate | undefined;
  let readAs: string[] = [];
  if (!trip && asked) {
    resolved = resolveDate(asked, ctx.now, ctx.timeZone);
    const { date, note } = resolved;
    readAs = note ? [`Read "${asked}" as ${longDate(date)} (${note}).`] : [];
    trip = ctx.library.tripsOn(date, role)[0];
    if (!trip) return noTravel(ctx.library, date, role, 'route', readAs, resolved);
  }
  if (!trip) throw new UserError('NOT_FOUND', 'No trip is loaded.', 'Run npm run ingest');
  const { title, firstDay, lastDay, traveler } = trip.itinerary.trip;
  const days = trip.days.map((date, i) => ({
    date,
    day: i + 1,
    stops: stopsOn(trip, date).map((s) => ({
      city: s.city,
      country: s.country,
      basis: s.basis,
      dates: s.dates,
    })),
  }));
  const lines = days.map(
    (d) =>
      `Day ${d.day}, ${shortDate(d.date)}: ${
        d.stops
          .map((s) => `${s.city ?? s.country}${s.basis === 'inferred' ? ' (inferred)' : ''}`)
          .join(' → ') || 'no stay on record (departure or travel)'
      }`,
  );
  const stops = trip.itinerary.stops.map((s) => stopOnDay(trip, s));
  return {
    data: {
      trip: trip.id,
      title,
      traveler,
      firstDay,
      lastDay,
      route: trip.itinerary.trip.route,
      days,
      stops,
    },
    // How a typed date was read goes in the first line when it could mean another day.
    reply: answer(
      `${title} (${dateSpan(firstDay, lastDay)}${resolved?.brief ? `; ${resolved.brief}` : ''})`,
      {
        lead: `${traveler}: ${stops.map((s) => s.city ?? s.country).join(' → ')}.`,
        sections: [{ lines }],
        sources: [
          ...readAs,
          ...stops
            .filter((s) => s.basis === 'inferred')
            .map((s) => `${placeName(s)} (inferred): ${s.reason}`),
          ...datesNotes(stops),
          `Trip id: ${trip.id}`,
        ],
      },
    ),
  };
}
