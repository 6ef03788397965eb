import type { CommandContext, CommandOutput } from '../types.js';
import { findTrips } from '../../src/render/find-trips.js';
import { calendarStays, stampOf } from '../../src/render/calendar-input.js';
import { slug } from '../../src/itinerary/text.js';
import { dateSpan } from '../../src/itinerary/calendar.js';
import { answer } from '../../src/reply/model.js';
import { datesNotes } from '../../src/query/stays.js';
import { LIST_LIMIT } from './lists.js';

/** Answers /trip calendar (the definition, with its options, is commands/calendar.ts). */
export async function run(ctx: CommandContext): Promise<CommandOutput> {
  const { trips, readAs } = findTrips(ctx.library, ctx.options.trips ?? '', ctx.now, ctx.timeZone, true);
  const stays = trips.flatMap(calendarStays);
  const first = trips.at(-1)?.itinerary.trip;
  const name = trips.length === 1 && first ? first.title : `tripbot: ${trips.length} trips`;
  const { renderCalendar } = await import('../../src/render/calendar.js'); // ical-generator, on first use
  const ics = renderCalendar({ name, stays, stamp: stampOf(trips) });
  const filename = `${trips.length === 1 && first ? first.id : slug(ctx.options.trips ?? 'trips')}.ics`;
  // The file has every stay; the chat answer lists the first LIST_LIMIT (a name or a
  // year can match hundreds of trips across the whole record).
  const lines = stays.slice(0, LIST_LIMIT).map((s) => `${dateSpan(s.from, s.to)}: ${s.title}`);
  if (stays.length > LIST_LIMIT)
    lines.push(`… and ${stays.length - LIST_LIMIT} more in ${filename} (all of them: --json)`);
  const feeds = [...new Set(trips.map((t) => t.itinerary.trip.role))].map(
    (role) => `GET /calendar/${role}.ics`,
  );
  return {
    data: {
      trips: trips.map((t) => t.id),
      stays: stays.map(({ uid, title, from, to }) => ({ uid, title, from, to })),
    },
    reply: answer(`Calendar: ${name}`, {
      lead: `${stays.length} all-day ${stays.length === 1 ? 'event' : 'events'}, one per stay, in ${filename}.`,
      sections: [{ lines }],
      sources: [
        `Read as ${readAs}.`,
        ...datesNotes(trips.flatMap((t) => t.itinerary.stops)),
        'Each event says whether its dates are documented or inferred, and by which source.',
        `Subscribe instead: ${feeds.join(' or ')} on this bot’s HTTP server.`,
      ],
      attachment: {
        filename,
        contentType: 'text/calendar',
        data: Buffer.from(ics, 'utf8'),
        alt: `${stays.length} events: ${name}`,
      },
    }),
  };
}
