import type { CommandDefinition } from './types.js';
import { travelerOption } from './traveler.js';
import { runFrom } from './run-from.js';

export const who: CommandDefinition = {
  name: 'who',
  summary: 'Whom the Secretary or the President met (fuzzy: misspellings, either name order, role words)',
  usage: '/trip who [president|secretary] <name or role>',
  examples: ['/trip who gorbachev', '/trip who jaishankar', '/trip who Kishida Fumio', '/trip who blinken'],
  options: [
    travelerOption,
    {
      name: 'name',
      kind: 'name',
      description: 'A name or role: gorbachev, jaishankr, Fumio Kishida, foreign minister',
      required: true,
    },
  ],
  run: runFrom(() => import('./answers/who.js')),
};
