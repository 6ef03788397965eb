import type { CommandDefinition } from './types.js';
import { runFrom } from './run-from.js';

export const search: CommandDefinition = {
  name: 'search',
  summary: 'Search across documents, topics, people, places and the Historian’s remarks',
  usage: '/trip search <text>',
  examples: ['/trip search G7', '/trip search humanitarian assistance', '/trip search NATO'],
  options: [
    { name: 'query', kind: 'query', description: 'Words to look for: G7, hostages, NATO', required: true },
  ],
  run: runFrom(() => import('./answers/search.js')),
};
