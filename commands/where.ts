import type { CommandDefinition } from './types.js';
import { travelerOption } from './traveler.js';
import { runFrom } from './run-from.js';

export const where: CommandDefinition = {
  name: 'where',
  summary: 'Where the Secretary (or the President) was on a date, and who held the office',
  usage: '/trip where [president|secretary] [date]',
  examples: [
    '/trip where 2023-11-07',
    '/trip where president 1963-06-26',
    '/trip where Nov 6',
    '/trip where today',
  ],
  options: [
    travelerOption,
    {
      name: 'date',
      kind: 'date',
      description: 'A date: 2023-11-07, Nov 7, today (default: today)',
      required: false,
    },
  ],
  run: runFrom(() => import('./answers/where.js')),
};
