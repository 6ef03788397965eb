import type { CommandContext, CommandOutput } from '../types.js';
import { basisWords, searchAll, searchTokens, type SearchHit } from '../../src/query/search.js';
import { answer } from '../../src/reply/model.js';
import { UserError } from '../../src/errors.js';

/** One result line: what it is, how it is known (documented / inferred / planned agenda), where from. */
export function hitLine(h: SearchHit): string {
  const tag = h.basis ? `${h.type} · ${basisWords(h.basis)}` : h.type;
  const via = h.via ? `; found through “${h.via}”` : '';
  return `[${tag}] ${h.label}${h.detail || via ? ` (${h.detail ?? ''}${via})` : ''}`;
}

/** Answers /trip search (the definition, with its options, is commands/search.ts). */
export function run(ctx: CommandContext): CommandOutput {
  const query = ctx.options.query ?? '';
  if (searchTokens(query).length === 0) {
    throw new UserError(
      'BAD_ARGUMENT',
      `Nothing to search for in "${query.slice(0, 60)}": mentions and punctuation are left out.`,
      'Type the words to look for: /trip search G7',
    );
  }
  const hits = searchAll(ctx.library, query, 10);
  if (hits.length === 0) {
    throw new UserError(
      'NOT_FOUND',
      `Nothing on record matches "${query.slice(0, 60)}".`,
      'Try fewer or other words: /trip search G7',
    );
  }
  const shown = searchTokens(query).join(' ').slice(0, 80);
  const synonyms = [...new Set(hits.flatMap((h) => (h.via ? [h.via] : [])))];
  const planned = hits.some((h) => h.basis === 'planned');
  return {
    data: { query, hits },
    reply: answer(`Search: ${shown}`, {
      lead:
        `${hits.length} result${hits.length === 1 ? '' : 's'} for "${shown}", best first.` +
        (synonyms.length && hits.every((h) => h.via)
          ? ` None says "${shown}" itself: found through ${synonyms.map((v) => `“${v}”`).join(', ')}.`
          : ''),
      sections: [{ lines: hits.map(hitLine) }],
      sources: [
        'Documents and summary sentences: the State Department trip page. Remarks and places: the Office of the Historian’s record.',
        ...(planned
          ? [
              '“Planned agenda”: a summary sentence in the future tense, from the pre-trip announcement; not a record.',
            ]
          : []),
        ...(synonyms.length ? ['Synonyms: data/synonyms.json.'] : []),
      ],
    }),
  };
}
