import type { CommandDefinition } from './types.js';
import { travelerIn, travelerOption, officeName } from './traveler.js';
import { findPeople } from '../src/query/people.js';
import { findTravelers, type TravelerMatch } from '../src/query/travelers.js';
import { dateSpan, longDate } from '../src/itinerary/calendar.js';
import { datesNotes, placeName, stopOnDay } from '../src/query/stays.js';
import { itemDate, localDateText } from '../src/query/local-dates.js';
import type { PersonView } from '../src/query/library.js';
import { answer, type Section } from '../src/reply/model.js';
import { UserError } from '../src/errors.js';
import { LIST_LIMIT } from './when.js';

/** The sentence of a record's remarks that names the person, else the whole remarks. */
function remarkSentence(remarks: string, name: string, familyName: string): string {
  // A sentence ends after a word of two lower-case letters or more: not after "J." or "III.".
  const sentences = remarks.split(/(?<=[a-z]{2}[.;])\s+(?=[A-Z])/);
  return sentences.find((s) => s.includes(familyName) || s.includes(name)) ?? remarks;
}

function appearancesOf(view: PersonView) {
  return view.appearances
    .map((a) => {
      const trip = a.trip.itinerary.trip;
      const stop = a.stop ? stopOnDay(a.trip, a.stop) : undefined;
      const dated = a.document ? itemDate(a.trip, a.document) : undefined;
      return {
        date: a.date,
        to: a.document ? a.date : (a.stop?.to ?? a.date),
        city: a.stop?.city ?? null,
        country: a.stop?.country ?? null,
        title: a.document
          ? a.document.title
          : remarkSentence(a.stop?.remarks ?? '', view.person.name, view.person.familyName),
        person: trip.traveler,
        traveler: trip.role,
        role: a.role ?? null,
        source: a.document
          ? { kind: 'page', document: a.document.id, documentKind: a.document.kind }
          : {
              kind: 'historian',
              records: a.stop?.sources.flatMap((s) => (s.kind === 'historian' ? s.records : [])) ?? [],
            },
        dates: a.document ? ('washington' as const) : (stop?.dates ?? ('local' as const)),
        /** A page item's likely local date, where it differs from its Washington date. */
        ...(dated?.local ? { localDate: dated.local, localNote: localDateText(dated) } : {}),
      };
    })
    .reverse();
}

/** "January 26, 2021 – January 20, 2025"; a term still running is "since ...". */
function termsText(match: TravelerMatch): string {
  return match.holder.terms
    .map((t) => (t.to ? dateSpan(t.from, t.to) : `since ${longDate(t.from)}`))
    .join('; ');
}

function travelerSection(match: TravelerMatch): Section {
  const terms = termsText(match);
  const first = match.trips[0]?.itinerary.trip;
  const last = match.trips.at(-1)?.itinerary.trip;
  return {
    heading: `${match.holder.name}, ${officeName(match.office)}`,
    lines: [
      `In office: ${terms}.`,
      match.trips.length
        ? `${match.trips.length} foreign trip${match.trips.length === 1 ? '' : 's'} on record, ${first!.firstDay} to ${last!.lastDay}; the latest: ${last!.title}, ${dateSpan(last!.firstDay, last!.lastDay)}.`
        : 'No foreign trip on record.',
    ],
  };
}

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
  run(ctx) {
    const query = ctx.options.name ?? '';
    const role = travelerIn(ctx.options);
    const travellers = findTravelers(ctx.library, query).filter((t) => !role || t.office === role);
    const matches = travellers.length ? [] : findPeople(ctx.library, query, 5);
    if (matches.length === 0 && travellers.length === 0) {
      throw new UserError(
        'NOT_FOUND',
        `No one on record matches "${query.slice(0, 60)}".`,
        'Try a surname or a role: /trip who gorbachev, /trip who foreign minister',
      );
    }
    if (travellers.length) {
      const best = travellers[0]!;
      return {
        data: {
          matches: [],
          officeholders: travellers.map((t) => ({
            name: t.holder.name,
            office: t.office,
            terms: t.holder.terms,
            trips: t.trips.length,
            latestTrip: t.trips.at(-1)?.id ?? null,
          })),
        },
        reply: answer(`${best.holder.name}, ${officeName(best.office)}`, {
          lead: `${best.holder.name} was ${officeName(best.office)} (${termsText(best)}): ${best.trips.length} foreign trip${best.trips.length === 1 ? '' : 's'} on record.`,
          sections: travellers.map(travelerSection),
          sources: [
            best.office === 'secretary'
              ? 'Terms: Office of the Historian, Principal Officers (pocom). Trips: the Historian’s travels record.'
              : 'Terms: dates of inauguration and succession (hand-kept table). Trips: the Historian’s travels record.',
          ],
          hint: `Try /trip trips ${best.holder.name.split(' ').at(-1)}`,
        }),
      };
    }
    const data = {
      matches: matches
        .map(({ view, match }) => ({
          id: view.person.id,
          name: view.person.name,
          role: view.person.roles[0],
          roles: view.person.roles,
          country: view.person.country ?? null,
          organisation: view.person.organisation ?? null,
          match,
          appearances: appearancesOf(view).filter((a) => !role || a.traveler === role),
        }))
        .filter((m) => m.appearances.length > 0 || !role),
    };
    if (data.matches.length === 0) {
      throw new UserError(
        'NOT_FOUND',
        `No meeting of the ${officeName(role!)} with "${query.slice(0, 60)}" is on record.`,
        `Try /trip who ${query.slice(0, 40)}`,
      );
    }
    const sections: Section[] = data.matches.map((m) => {
      const lines = m.appearances
        .slice(0, LIST_LIMIT)
        .map(
          (a) =>
            `${dateSpan(a.date, a.to)} · ${a.person} · ${a.city ? placeName({ city: a.city, country: a.country ?? '' }) : (a.country ?? 'no place given')}: ${a.title}${'localNote' in a ? ` (${a.localNote})` : ''}`,
        );
      if (m.appearances.length > LIST_LIMIT)
        lines.push(`… and ${m.appearances.length - LIST_LIMIT} earlier (all of them: --json)`);
      return {
        heading: `${m.name}: ${m.roles.slice(0, 3).join('; ')}${m.country ? `, ${m.country}` : ''}${m.organisation ? `, ${m.organisation}` : ''}`,
        lines: lines.length ? lines : ['Named in a trip summary only; no dated document or record.'],
      };
    });
    const best = data.matches[0]!;
    const count = best.appearances.length;
    const latest = best.appearances[0];
    return {
      data,
      reply: answer(best.name, {
        lead:
          `${best.name}, ${best.role}${best.country ? ` (${best.country})` : best.organisation ? ` (${best.organisation})` : ''}: ${count} appearance${count === 1 ? '' : 's'} on record` +
          (latest
            ? `; the latest ${longDate(latest.date)} with ${latest.person}${latest.city ? ` in ${latest.city}` : ''}.`
            : '.'),
        sections,
        sources: [
          'Names and offices as the Historian’s remarks and the trip page’s document titles give them.',
          ...datesNotes(best.appearances.map((a) => ({ dates: a.dates }))),
        ],
      }),
    };
  },
};
