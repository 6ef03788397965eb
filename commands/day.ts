import type { CommandDefinition } from './types.js';
import { travelerOption } from './traveler.js';
import { runFrom } from './run-from.js';

export const day: CommandDefinition = {
  name: 'day',
  summary: 'The full schedule of a day: stops, meetings, remarks, statements, calls, topics',
  usage: '/trip day [president|secretary] <date>',
  examples: ['/trip day 2023-11-07', '/trip day president 1963-06-26'],
  options: [
    travelerOption,
    { name: 'date', kind: 'date', description: 'A date: 2023-11-07, Nov 7, today', required: true },
  ],
  run: runFrom(() => import('./answers/day.js')),
};
