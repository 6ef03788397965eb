import type { CommandDefinition } from './types.js';
import { travelerOption } from './traveler.js';
import { runFrom } from './run-from.js';

export const route: CommandDefinition = {
  name: 'route',
  summary: 'A whole trip, day by day (the trip covering a date, or the latest)',
  usage: '/trip route [president|secretary] [date or trip id]',
  examples: ['/trip route', '/trip route 1990-08-02', '/trip route president 1972-02-21'],
  options: [
    travelerOption,
    {
      name: 'trip',
      kind: 'date',
      description: 'A date in the trip, or a trip id (default: the latest trip)',
      required: false,
    },
  ],
  run: runFrom(() => import('./answers/route.js')),
};
