import type { CommandDefinition } from './types.js';
import { travelerOption } from './traveler.js';
import { runFrom } from './run-from.js';

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
  run: runFrom(() => import('./answers/when.js')),
};
