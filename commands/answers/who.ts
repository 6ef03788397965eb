import type { CommandContext, CommandOutput } from '../types.js';
import { travelerIn, officeName } from '../traveler.js';
import { findPeople } from '../../src/query/people.js';
import { findTravelers, type TravelerMatch } from '../../src/query/travelers.js';
import { dateSpan, longDate } from '../../src/itinerary/calendar.js';
import { datesNotes, placeName, stopOnDay } from '../../src/query/stays.js';
import { itemDate, localDateText } from '../../src/query/local-dates.js';
import type { PersonView } from '../../src/query/library.js';
import { answer, type Section } from '../../src/reply/model.js';
import { UserError } from '../../src/errors.js';
import { LIST_LIMIT } from './lists.js';

/** The sentence of a record's remarks that names the person, else the whole remarks. */
function remarkSentence(remarks: string, name: string, familyName: string): string {
  // A sentence ends after a word of two lower-case letters or more: not after "J." or "III.".
  const sentences = remarks.split(/(?<=[a-z]{2}[.;])\s+(?=[A-Z])/);
  return sentences.find((s) => s.includes(familyName) || s.includes(name)) ?? remarks;
}

/** Each person's appearances as answers give them, newest first: made once per person. */
const appearancesByPerson = new WeakMap<PersonView, ReturnType<typeof describeAppearances>>();
function appearancesOf(view: PersonView): ReturnType<typeof describeAppearances> {
  let appearances = appearancesByPerson.get(view);
  if (!appearances) appearancesByPerson.set(view, (appearances = describeAppearances(view)));
  return appearances;
}

function describeAppearances(view: PersonView) {
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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "88 foreign trips on record, March 15, 2021 to ...; the latest: ..." (the count left out where the first line gives it). */
function tripsLine(match: TravelerMatch, count = true): string {
  const first = match.trips[0]?.itinerary.trip;
  const last = match.trips.at(-1)?.itinerary.trip;
  if (!first || !last) return 'No foreign trip on record.';
  const span = `${longDate(first.firstDay)} to ${longDate(last.lastDay)}; the latest: ${last.title}, ${dateSpan(last.firstDay, last.lastDay)}.`;
  return count ? `${plural(match.trips.length, 'foreign trip')} on record, ${span}` : `From ${span}`;
}

/** Another officeholder the name also fits ("who bush": both Presidents Bush). */
function travelerSection(match: TravelerMatch): Section {
  return {
    heading: `Also: ${match.holder.name}, ${officeName(match.office)}`,
    lines: [`In office: ${termsText(match)}.`, tripsLine(match)],
  };
}

/** How many officials a role query lists in text (all of them are in --json). */
export const ROSTER_LIMIT = 10;
/** A name given alone, in different offices this many years apart, may be several people. */
const NAME_ONLY_SPAN_YEARS = 15;

/** Answers /trip who (the definition, with its options, is commands/who.ts). */
export function run(ctx: CommandContext): CommandOutput {
  const query = ctx.options.name ?? '';
  const shown = query.slice(0, 60);
  const role = travelerIn(ctx.options);
  const travellers = findTravelers(ctx.library, query).filter((t) => !role || t.office === role);
  if (travellers.length) {
    const best = travellers[0]!;
    const trips = best.trips.length;
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
      reply: answer(
        `${best.holder.name}, ${officeName(best.office)} (${termsText(best)}): ${plural(trips, 'foreign trip')} on record`,
        {
          sections: [
            ...(trips ? [{ heading: 'Trips', lines: [tripsLine(best, false)] }] : []),
            ...travellers.slice(1).map(travelerSection),
          ],
          sources: [
            best.office === 'secretary'
              ? 'Terms: Office of the Historian, Principal Officers (pocom). Trips: the Historian’s travels record.'
              : 'Terms: dates of inauguration and succession (hand-kept table). Trips: the Historian’s travels record.',
          ],
          hint: `Try /trip trips ${best.holder.name.split(' ').at(-1)}`,
        },
      ),
    };
  }
  // Every holder of an office asked for; a name's best five.
  const found = findPeople(ctx.library, query, 5, { allExact: true });
  // One name word in common ("Sergei Shoigu" and Sergei Lavrov) is another person: a suggestion, not an answer.
  if (found.length === 0 || found[0]!.match === 'partial') {
    const maybe = [...new Set(found.map((m) => m.view.person.name))].slice(0, 3);
    throw new UserError(
      'NOT_FOUND',
      `No one on record matches "${shown}".`,
      maybe.length
        ? `Did you mean ${maybe.join(' or ')}? Try /trip who ${maybe[0]}`
        : 'Try a surname or a role: /trip who gorbachev, /trip who foreign minister',
    );
  }
  // A query naming no one ("foreign minister", "iran") lists the holders, newest first.
  const roleQuery = !found[0]!.byName;
  const exactRoles = found.filter((m) => !m.byName && m.match === 'exact');
  const picked = roleQuery
    ? exactRoles.length
      ? exactRoles
      : found.filter((m) => !m.byName).slice(0, 5)
    : found.slice(0, 5);
  const all = picked
    .map(({ view, match, office }) => ({
      id: view.person.id,
      name: view.person.name,
      role: roleQuery && office ? office : view.person.roles[0],
      roles: view.person.roles,
      country: view.person.country ?? null,
      organisation: view.person.organisation ?? null,
      match,
      appearances: role ? appearancesOf(view).filter((a) => a.traveler === role) : appearancesOf(view),
    }))
    .filter((m) => m.appearances.length > 0 || !role);
  if (all.length === 0) {
    throw new UserError(
      'NOT_FOUND',
      `No meeting of the ${officeName(role!)} with "${shown}" is on record.`,
      `Try /trip who ${query.slice(0, 40)}`,
    );
  }
  const where = (m: (typeof all)[number]) => m.country ?? m.organisation;
  const place = (a: (typeof all)[number]['appearances'][number]) =>
    a.city ? placeName({ city: a.city, country: a.country ?? '' }) : (a.country ?? 'no place given');
  const appearanceLines = (m: (typeof all)[number]) => {
    const lines = m.appearances
      .slice(0, LIST_LIMIT)
      .map(
        (a) =>
          `${dateSpan(a.date, a.to)} · ${a.person} · ${place(a)}: ${a.title}${'localNote' in a ? ` (${a.localNote})` : ''}`,
      );
    if (m.appearances.length > LIST_LIMIT)
      lines.push(`… and ${m.appearances.length - LIST_LIMIT} earlier (all of them: --json)`);
    return lines.length ? lines : ['Named in a trip summary only; no dated document or record.'];
  };
  const best = all[0]!;
  const latest = best.appearances[0];
  /** Where names come from, and the calendars of the dates shown. */
  const sourcesFor = (shown: readonly { dates: 'local' | 'washington' }[]) => [
    'Names and offices as the Historian’s remarks and the trip page’s document titles give them.',
    ...datesNotes(shown.map((a) => ({ dates: a.dates }))),
  ];
  if (roleQuery) {
    const listed = all.slice(0, ROSTER_LIMIT);
    // The roster shows each official's latest appearance only.
    const sources = sourcesFor(listed.flatMap((m) => m.appearances.slice(0, 1)));
    return {
      data: { matches: all, total: all.length },
      reply: answer(
        `"${shown}": ${plural(all.length, 'official')} on record; the latest ${best.name}${where(best) ? ` (${where(best)})` : ''}${latest ? `, ${longDate(latest.date)}` : ''}`,
        {
          sections: [
            {
              heading: `Newest first${all.length > listed.length ? ` (${listed.length} of ${all.length}; all of them: --json)` : ''}`,
              lines: listed.map((m) => {
                const a = m.appearances[0];
                return (
                  `${m.name}, ${m.role}${where(m) ? `, ${where(m)}` : ''}: ${plural(m.appearances.length, 'appearance')}` +
                  (a ? `, the latest ${dateSpan(a.date, a.to)} with ${a.person} in ${place(a)}` : '')
                );
              }),
            },
          ],
          sources,
          hint: `One of them in full: /trip who ${best.name}`,
        },
      ),
    };
  }
  const data = { matches: all };
  const readAs = best.match === 'fuzzy' ? `Read "${shown}" as ` : '';
  const office = [best.role, where(best)].filter(Boolean).join(', ');
  // A name the sources give alone ("Premier Kim", "President Kim") joins every appearance
  // under it: when those hold different offices decades apart (Kim 1973-2011, Schroeder
  // 1962-2005), they are likely different people, and the answer says so.
  const years = best.appearances.map((a) => Number(a.date.slice(0, 4)));
  const nameOnly =
    !/\s/.test(best.name.trim()) &&
    best.roles.length > 1 &&
    Math.max(...years) - Math.min(...years) >= NAME_ONLY_SPAN_YEARS;
  return {
    data,
    reply: answer(
      `${readAs}${best.name}${office ? ` (${office})` : ''}: ${plural(best.appearances.length, 'appearance')}` +
        (latest ? `; the latest ${longDate(latest.date)}${latest.city ? `, ${latest.city}` : ''}` : ''),
      {
        ...(nameOnly
          ? {
              lead: `The sources give only the name "${best.name}", in different offices over ${Math.max(...years) - Math.min(...years)} years: these may be different people.`,
            }
          : {}),
        sections: all.map((m, i) => ({
          heading:
            i === 0
              ? `Every appearance, newest first${m.roles.length > 1 ? ` (offices: ${m.roles.slice(0, 3).join('; ')})` : ''}`
              : `Also matching: ${m.name}, ${[m.roles.slice(0, 3).join('; '), where(m)].filter(Boolean).join(', ')}`,
          lines: appearanceLines(m),
        })),
        sources: sourcesFor(all.flatMap((m) => m.appearances.slice(0, LIST_LIMIT))),
      },
    ),
  };
}
