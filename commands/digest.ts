import type { CommandDefinition } from './types.js';
import { UserError } from '../src/errors.js';

const ACTIONS = ['on', 'off', 'status'] as const;
type Action = (typeof ACTIONS)[number];

const isAction = (value: string): value is Action => (ACTIONS as readonly string[]).includes(value);

/** `/trip digest on [HH:MM] [time zone] | off | status`: the daily digest for this channel. */
export const digest: CommandDefinition = {
  name: 'digest',
  summary: "Post the day's schedule to this channel every morning (on, off, status)",
  usage: '/trip digest on [HH:MM] [time zone] | off | status',
  examples: ['/trip digest on 07:30 Europe/Berlin', '/trip digest status', '/trip digest off'],
  options: [
    { name: 'action', kind: 'text', description: 'on, off or status', required: true, choices: ACTIONS },
    { name: 'time', kind: 'text', description: 'For on: local time HH:MM (default 08:00)', required: false },
    {
      name: 'timezone',
      kind: 'text',
      description: 'For on: IANA time zone, e.g. Europe/Berlin',
      required: false,
    },
  ],
  async run(ctx) {
    const action = (ctx.options.action ?? '').trim().toLowerCase();
    if (!isAction(action)) {
      throw new UserError(
        'BAD_ARGUMENT',
        `/trip digest takes on, off or status, not "${action.slice(0, 40)}".`,
        'Try /trip digest on 07:30 Europe/Berlin',
      );
    }
    const service = ctx.services.digest;
    if (!service) {
      throw new UserError(
        'UNAVAILABLE',
        'Digests need the bot running in Slack or Discord with its database; they are not available here.',
        'To read a digest here, try /trip day 2023-11-07',
      );
    }
    const args = [ctx.options.time, ctx.options.timezone].filter(Boolean).join(' ');
    const reply = await service.handle(action, args, ctx.channel);
    return { reply: { ...reply, shareable: false }, data: { action } };
  },
};
