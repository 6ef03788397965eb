import type { CommandDefinition } from './types.js';
import { runFrom } from './run-from.js';

export const calendar: CommandDefinition = {
  name: 'calendar',
  summary: 'Trips as a calendar file (.ics): one all-day event per stay',
  usage: '/trip calendar [trip | year | name]',
  examples: ['/trip calendar 2023-11-07', '/trip calendar 2023', '/trip calendar blinken'],
  options: [
    {
      name: 'trips',
      kind: 'query',
      description: 'A date in a trip, a trip id, a year or a name (default: the latest trip)',
      required: false,
    },
  ],
  run: runFrom(() => import('./answers/calendar.js')),
};
