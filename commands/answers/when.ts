import type { CommandContext, CommandOutput } from '../types.js';
import { travelerIn } from '../traveler.js';
import { whenAt } from '../../src/query/places.js';
import { datesNotes, stayListLine } from '../../src/query/stays.js';
import { dateSpan } from '../../src/itinerary/calendar.js';
import { answer } from '../../src/reply/model.js';
import { UserError } from '../../src/errors.js';
import { LIST_LIMIT } from './lists.js';

/** Answers /trip when (the definition, with its options, is commands/when.ts). */
export function run(ctx: CommandContext): CommandOutput {
  const query = ctx.options.place ?? '';
  const role = travelerIn(ctx.options);
  const result = whenAt(ctx.library, query, role);
  if (result.stops.length === 0) {
    const who = role ? ` for the ${role === 'president' ? 'President' : 'Secretary'}` : '';
    const [closest] = result.suggestions;
    throw new UserError(
      'NOT_FOUND',
      result.unvisited || result.how === 'exact'
        ? `No visit to ${query.slice(0, 60)} is on record${who}.`
        : `No place on record matches "${query.slice(0, 60)}"${who}.`,
      closest
        ? `Nearest on record: ${result.suggestions.join('; ')}. The record lists foreign travel only. Try /trip when ${closest.split(',')[0]}`
        : 'The record lists foreign travel only. Try /trip when Beijing, /trip when Kiev',
    );
  }
  const { stops } = result;
  const newest = stops[0]!;
  const shown = stops.slice(0, LIST_LIMIT).map(stayListLine);
  if (stops.length > LIST_LIMIT)
    shown.push(`… and ${stops.length - LIST_LIMIT} earlier (all of them: --json)`);
  const travellers = new Set(stops.map((s) => s.person)).size;
  // How a typo was read is said once, in the title (the first line).
  const lead =
    stops.length === 1
      ? `${newest.person} was in ${result.matched} ${dateSpan(newest.from, newest.to)}.`
      : `${stops.length} stays in ${result.matched} on record (${travellers} traveller${travellers === 1 ? '' : 's'}); the latest: ${newest.person}, ${dateSpan(newest.from, newest.to)}.`;
  return {
    data: result,
    reply: answer(
      `${result.matched}: ${stops.length} stay${stops.length === 1 ? '' : 's'}${result.how === 'typo' ? ` (read "${query.slice(0, 40)}" as ${result.matched})` : ''}`,
      {
        lead,
        sections: [{ heading: 'Newest first', lines: shown }],
        sources: [...datesNotes(stops)],
      },
    ),
  };
}
