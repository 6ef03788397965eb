import type { CommandDefinition } from './types.js';
import { travelerOption } from './traveler.js';
import { runFrom } from './run-from.js';

export const trips: CommandDefinition = {
  name: 'trips',
  summary: 'Trips, newest first: all, or by year, traveller or country (10 a page)',
  usage: '/trip trips [president|secretary] [year | name | place] [page N]',
  examples: [
    '/trip trips',
    '/trip trips 1990',
    '/trip trips kissinger',
    '/trip trips president China',
    '/trip trips page 2',
  ],
  options: [
    travelerOption,
    {
      name: 'query',
      kind: 'query',
      description: 'A year (1990), a traveller (baker) or a place (China); add "page 2" for more',
      required: false,
    },
  ],
  run: runFrom(() => import('./answers/trips.js')),
};
