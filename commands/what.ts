import type { CommandDefinition } from './types.js';
import { travelerOption } from './traveler.js';
import { runFrom } from './run-from.js';

export const what: CommandDefinition = {
  name: 'what',
  summary:
    'What was discussed on a date or at a place’s latest visit: the record’s remarks and the trip page’s topics',
  usage: '/trip what [president|secretary] <date or place>',
  examples: ['/trip what Baghdad', '/trip what 2023-11-07', '/trip what president Berlin'],
  options: [
    travelerOption,
    {
      name: 'query',
      kind: 'query',
      description: 'A date (2023-11-07) or a place (Baghdad, Türkiye)',
      required: true,
    },
  ],
  run: runFrom(() => import('./answers/what.js')),
};
