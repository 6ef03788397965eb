import type { CommandDefinition } from './types.js';
import { resolveDate } from '../src/query/dates.js';
import { topicsAtPlace, topicsFor, type StopTopics } from '../src/query/topics.js';
import { stopsOn } from '../src/query/where.js';
import { longDate } from '../src/itinerary/calendar.js';
import { answer } from '../src/reply/model.js';
import { UserError, isUserError } from '../src/errors.js';

function looksLikeDate(text: string): boolean {
  return /\d/.test(text) || /^(today|yesterday|tomorrow)$/i.test(text.trim());
}

export const what: CommandDefinition = {
  name: 'what',
  summary: 'What was discussed at a stop or on a date, from the trip summary',
  usage: '/trip what <date or place>',
  examples: ['/trip what Baghdad', '/trip what Türkiye', '/trip what 2023-11-07'],
  options: [
    {
      name: 'query',
      kind: 'query',
      description: 'A date (2023-11-07) or a place (Baghdad, Türkiye)',
      required: true,
    },
  ],
  run(ctx) {
    const query = ctx.options.query ?? '';
    let stops: StopTopics[] = [];
    let label = query;
    if (looksLikeDate(query)) {
      try {
        const { date } = resolveDate(query, ctx.library, ctx.now, ctx.timeZone);
        label = longDate(date);
        stops = ctx.library.tripsOn(date).flatMap((trip) =>
          stopsOn(trip, date).map((s) => ({
            trip: trip.id,
            city: s.city,
            country: s.country,
            topics: topicsFor(trip, s.id),
          })),
        );
      } catch (error) {
        if (!isUserError(error)) throw error;
        if (!/[a-z]{3}/i.test(query)) throw error;
      }
    }
    if (stops.length === 0 && label === query) {
      const found = topicsAtPlace(ctx.library, query);
      stops = found.stops;
      label = found.matched;
    }
    if (stops.length === 0) {
      throw new UserError(
        'NOT_FOUND',
        `No stop on record matches "${query.slice(0, 60)}".`,
        'Try /trip what Baghdad or /trip what 2023-11-07',
      );
    }
    const paragraphs = [...new Set(stops.flatMap((s) => s.topics.map((t) => t.paragraph)))];
    const planned = stops.some((s) => s.topics.some((t) => t.status === 'planned'));
    return {
      data: { query, matched: label, stops },
      reply: answer(`What was discussed: ${stops.map((s) => s.city).join(', ')}`, {
        lead: `Topics for ${label}, from the trip summary.`,
        sections: stops.map((s) => ({
          heading: `${s.city}, ${s.country}`,
          lines: s.topics.length
            ? s.topics.map((t) =>
                t.status === 'planned'
                  ? `[Planned agenda, written before the visit; not a record] ${t.text}`
                  : t.text,
              )
            : ['The summary names no topic for this stop.'],
        })),
        sources: [
          `Quoted from the State Department trip page summary, paragraph${paragraphs.length === 1 ? '' : 's'} ${paragraphs.join(', ') || '-'}; a country named there is mapped to the city visited.`,
          ...(planned
            ? [
                'Sentences in the future tense come from the pre-trip announcement: they are the planned agenda.',
              ]
            : []),
        ],
      }),
    };
  },
};
