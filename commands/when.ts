import type { CommandDefinition } from './types.js';
import { travelerIn, travelerOption } from './traveler.js';
import { whenAt } from '../src/query/places.js';
import { datesNotes, stayListLine } from '../src/query/stays.js';
import { dateSpan } from '../src/itinerary/calendar.js';
import { answer } from '../src/reply/model.js';
import { UserError } from '../src/errors.js';

/** Lines shown in a chat answer; `--json` has every stay. */
export const LIST_LIMIT = 20;

export const when: CommandDefinition = {
  name: 'when',
  summary: 'Every visit to a city or country, newest first, with who went',
  usage: '/trip when [president|secretary] <place>',
  examples: ['/trip when Kyiv', '/trip when president Beijing', '/trip when Turkey', '/trip when Delhi'],
  options: [
    travelerOption,
    {
      name: 'place',
      kind: 'place',
      description: 'A city or country: Kyiv, Peking, Türkiye, ROK, U.S.S.R.',
      required: true,
    },
  ],
  run(ctx) {
    const query = ctx.options.place ?? '';
    const role = travelerIn(ctx.options);
    const result = whenAt(ctx.library, query, role);
    if (result.stops.length === 0) {
      throw new UserError(
        'NOT_FOUND',
        `No visit to "${query.slice(0, 60)}" is on record${role ? ` for the ${role === 'president' ? 'President' : 'Secretary'}` : ''}.`,
        'The record lists foreign travel only. Try /trip when Beijing, /trip when Kiev, /trip when Turkey',
      );
    }
    const { stops } = result;
    const newest = stops[0]!;
    const shown = stops.slice(0, LIST_LIMIT).map(stayListLine);
    if (stops.length > LIST_LIMIT)
      shown.push(`… and ${stops.length - LIST_LIMIT} earlier (all of them: --json)`);
    const travellers = new Set(stops.map((s) => s.person)).size;
    const lead =
      stops.length === 1
        ? `${newest.person} was in ${result.matched} ${dateSpan(newest.from, newest.to)}.`
        : `${stops.length} stays in ${result.matched} on record (${travellers} traveller${travellers === 1 ? '' : 's'}); the latest: ${newest.person}, ${dateSpan(newest.from, newest.to)}.`;
    return {
      data: result,
      reply: answer(`${result.matched}: ${stops.length} stay${stops.length === 1 ? '' : 's'}`, {
        lead,
        sections: [{ heading: 'Newest first', lines: shown }],
        sources: [
          ...(result.matched !== query ? [`Read "${query.slice(0, 60)}" as ${result.matched}.`] : []),
          ...datesNotes(stops),
        ],
      }),
    };
  },
};
