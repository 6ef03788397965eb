import type { CommandContext, CommandOutput } from '../types.js';
import { travelerIn } from '../traveler.js';
import { listTrips } from '../../src/query/trips.js';
import { dateSpan } from '../../src/itinerary/calendar.js';
import { answer } from '../../src/reply/model.js';
import { UserError } from '../../src/errors.js';

export const PAGE_SIZE = 10;

/** "1990 page 2" -> query "1990", page 2. */
function splitPage(text: string): { query: string; page: number } {
  const m = /^(.*?)\s*(?:\bpage\s*|\bp)(\d{1,4})$/i.exec(text.trim());
  return m ? { query: m[1]!.trim(), page: Math.max(1, Number(m[2])) } : { query: text.trim(), page: 1 };
}

/** Answers /trip trips (the definition, with its options, is commands/trips.ts). */
export function run(ctx: CommandContext): CommandOutput {
  const { query, page } = splitPage(ctx.options.query ?? '');
  const role = travelerIn(ctx.options);
  const list = listTrips(ctx.library, { ...(role ? { role } : {}), query });
  if (list.trips.length === 0) {
    throw new UserError(
      'NOT_FOUND',
      `No trip on record matches "${query.slice(0, 60)}".`,
      'Try a year, a traveller or a country: /trip trips 1990, /trip trips baker, /trip trips Japan',
    );
  }
  const pages = Math.ceil(list.trips.length / PAGE_SIZE);
  if (page > pages) {
    throw new UserError(
      'NOT_FOUND',
      `There ${pages === 1 ? 'is 1 page' : `are ${pages} pages`} of trips, not ${page}.`,
      `Try /trip trips ${query} page ${pages}`.replace(/\s+/g, ' '),
    );
  }
  const shown = list.trips.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const lines = shown.map(
    (t) =>
      `${dateSpan(t.itinerary.trip.firstDay, t.itinerary.trip.lastDay)} · ${t.itinerary.trip.title} (${t.id})`,
  );
  const what = list.by === 'all' ? 'on record' : `for ${list.matched}`;
  // A typo's reading is said in the first line, once.
  const title = `${list.trips.length} trip${list.trips.length === 1 ? '' : 's'} ${what}${list.typo ? ` (read "${query.slice(0, 60)}" as ${list.matched})` : ''}`;
  return {
    data: {
      query,
      by: list.by,
      matched: list.matched ?? null,
      total: list.trips.length,
      page,
      pages,
      trips: shown.map((t) => ({
        id: t.id,
        title: t.itinerary.trip.title,
        traveler: t.itinerary.trip.traveler,
        role: t.itinerary.trip.role,
        firstDay: t.itinerary.trip.firstDay,
        lastDay: t.itinerary.trip.lastDay,
        stops: t.itinerary.stops.length,
      })),
    },
    reply: answer(title, {
      lead: `Newest first${pages > 1 ? `, page ${page} of ${pages}` : ''}.`,
      sections: [{ lines }],
      sources: [
        'The Office of the Historian’s record of foreign travel (Secretaries 1866–2025, Presidents 1906–2024).',
      ],
      ...(page < pages
        ? {
            hint: `More: /trip trips ${[role, query].filter(Boolean).join(' ')} page ${page + 1}`.replace(
              /\s+/g,
              ' ',
            ),
          }
        : {}),
    }),
  };
}
