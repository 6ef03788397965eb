import type { CommandDefinition } from './types.js';
import { findPeople } from '../src/query/people.js';
import { longDate } from '../src/itinerary/calendar.js';
import { DATES_NOTE } from '../src/query/sources.js';
import { answer, type Section } from '../src/reply/model.js';
import { UserError } from '../src/errors.js';

export const who: CommandDefinition = {
  name: 'who',
  summary:
    'Officials the Secretary met or appeared with (fuzzy: misspellings, either name order, role words)',
  usage: '/trip who <name or role>',
  examples: ['/trip who jaishankar', '/trip who Kishida Fumio', '/trip who japanese foreign minister'],
  options: [
    {
      name: 'name',
      kind: 'name',
      description: 'A name or role: jaishankr, Fumio Kishida, foreign minister',
      required: true,
    },
  ],
  run(ctx) {
    const query = ctx.options.name ?? '';
    const matches = findPeople(ctx.library, query, 5);
    if (matches.length === 0) {
      throw new UserError(
        'NOT_FOUND',
        `No official on record matches "${query.slice(0, 60)}".`,
        'Try a surname or a role: /trip who lazzarini, /trip who foreign minister',
      );
    }
    const data = {
      matches: matches.map(({ view, match }) => ({
        id: view.person.id,
        name: view.person.name,
        role: view.person.roles[0],
        roles: view.person.roles,
        country: view.person.country,
        organisation: view.person.organisation,
        match,
        appearances: view.appearances.map((a) => ({
          date: a.date,
          city: a.stop?.city ?? null,
          title: a.document.title,
          kind: a.document.kind,
          section: a.document.section,
        })),
      })),
    };
    const sections: Section[] = data.matches.map((m) => ({
      heading: `${m.name}: ${m.roles.join('; ')}${m.country ? `, ${m.country}` : ''}${m.organisation ? `, ${m.organisation}` : ''}`,
      lines: m.appearances.length
        ? m.appearances.map((a) => `${longDate(a.date)}, ${a.city ?? a.section}: ${a.title} (${a.kind})`)
        : ['Named in the trip summary only; no dated document.'],
    }));
    const best = data.matches[0]!;
    return {
      data,
      reply: answer(best.name, {
        lead: `${best.name}, ${best.role}${best.country ? ` (${best.country})` : best.organisation ? ` (${best.organisation})` : ''}: ${best.appearances.length} appearance${best.appearances.length === 1 ? '' : 's'}.`,
        sections,
        sources: [
          'Names and titles as the document titles on the State Department trip page give them.',
          DATES_NOTE,
        ],
      }),
    };
  },
};
