import type { CommandContext, CommandOutput } from '../types.js';
import { travelerIn } from '../traveler.js';
import { noTravel } from './no-travel.js';
import { resolveDate, withReading } from '../../src/query/dates.js';
import { composeDigest } from '../../src/reply/day.js';
import { longDate } from '../../src/itinerary/calendar.js';

/** Answers /trip day (the definition, with its options, is commands/day.ts). */
export function run(ctx: CommandContext): CommandOutput {
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
}
