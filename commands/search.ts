import type { CommandDefinition } from './types.js';
import { searchAll } from '../src/query/search.js';
import { answer } from '../src/reply/model.js';
import { UserError } from '../src/errors.js';

export const search: CommandDefinition = {
  name: 'search',
  summary: 'Fuzzy search across documents, topics, people and places',
  usage: '/trip search <text>',
  examples: ['/trip search G7', '/trip search humanitarian assistance', '/trip search NATO'],
  options: [
    { name: 'query', kind: 'query', description: 'Words to look for: G7, hostages, NATO', required: true },
  ],
  run(ctx) {
    const query = ctx.options.query ?? '';
    const hits = searchAll(ctx.library, query, 10);
    if (hits.length === 0) {
      throw new UserError(
        'NOT_FOUND',
        `Nothing on record matches "${query.slice(0, 60)}".`,
        'Try fewer or other words: /trip search G7',
      );
    }
    return {
      data: { query, hits },
      reply: answer(`Search: ${query.slice(0, 80)}`, {
        lead: `${hits.length} result${hits.length === 1 ? '' : 's'} for "${query.slice(0, 80)}".`,
        sections: [{ lines: hits.map((h) => `[${h.type}] ${h.label}${h.detail ? ` (${h.detail})` : ''}`) }],
        sources: ['Documents and summary text from the State Department trip page.'],
      }),
    };
  },
};
