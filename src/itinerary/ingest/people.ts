import { DEMONYMS, countryName } from '../places.js';
import { fold, slug } from '../text.js';

/** One way a person is written in one place: "Indian External Affairs Minister Jaishankar". */
export interface Mention {
  name: string;
  role: string;
  countryCode?: string;
  organisation?: string;
}

/** Offices, longest first so "Deputy Prime Minister and Foreign Minister" wins over "Prime Minister". */
export const ROLES = [
  'Prime Minister and Minister of Foreign Affairs',
  'Deputy Prime Minister and Foreign Minister',
  'Assistant Secretary(?: of State)? for [A-Z][A-Za-z ]*? Affairs',
  'Under Secretary(?: of State)? for [A-Z][A-Za-z ]*? Affairs',
  'Minister (?:of|for) (?:External|Foreign) Affairs',
  'External Affairs Minister',
  'National Security Advisor',
  'Caretaker Prime Minister',
  'Crown Prince',
  'Secretary of Defense',
  'Secretary General',
  'Secretary-General',
  'Commissioner General',
  'Commissioner-General',
  'Minister of Defense',
  'Defense Minister',
  'Foreign Minister',
  'Opposition Leader',
  'Prime Minister',
  'Vice President',
  'Ambassador',
  'President',
  'Minister',
  'King',
  'Emir',
  'FM',
];
/** Abbreviations the page uses for an office, written out. */
export const ROLE_ABBREVIATIONS: Record<string, string> = { FM: 'Foreign Minister' };
/** Offices that, unqualified on a State Department page, are U.S. officials. */
export const US_ROLES = /^(?:Secretary of Defense|Assistant Secretary|Under Secretary)/;
export const FAMILY_FIRST = new Set(['JP', 'KR', 'KP', 'CN']);
/** Corrections of misspellings on the page; the page's spelling stays as an alias. */
const SPELLING: Record<string, string> = { Phillipe: 'Philippe' };

const STOP_WORDS = 'And|At|Before|With|On|Remarks|Their|The|Of|For|In|During|After|To';
const WORD = `(?!(?:${STOP_WORDS})\\b)(?:(?:al-|el-|bin |ibn )?[A-Z][\\p{L}’'.-]*|[IVX]+\\b)`;
const NAME = `${WORD}(?:\\s+${WORD})*`;
const QUALIFIER = `(${Object.keys(DEMONYMS)
  .sort((a, b) => b.length - a.length)
  .join('|')}|[A-Z]{2,}[A-Z0-9]*)`;
const PHRASE = new RegExp(
  `(?:${QUALIFIER}\\s+)?(${ROLES.join('|')})\\s+(${NAME})(?:\\s+of\\s+([A-Z][\\p{L}]+))?`,
  'gu',
);
const INTERVIEWER = /\bWith ((?:[A-Z][\p{L}.'’-]*\s+)+?)of ([A-Z][\w&]*)$/u;

/** Long organisation names with an acronym in parentheses become the acronym. */
export function shortenOrganisations(text: string): string {
  return text.replace(/\b(?:[A-Z][A-Za-z]*\s+(?:(?:and|for|in|the|of)\s+)*)+\(([A-Z]{2,})\)/g, '$1');
}

function cleanName(name: string): string {
  return name.trim().replace(/(\S{3,})\.$/u, '$1');
}

/** Finds the officials a title or summary sentence names, with their offices. */
export function findMentions(text: string): Mention[] {
  const source = shortenOrganisations(text);
  const mentions: Mention[] = [];
  for (const m of source.matchAll(PHRASE)) {
    const [, qualifier, role = '', rawName = '', ofPlace] = m;
    const name = cleanName(rawName);
    if (!name || /^(?:Blinken|Antony)/.test(name)) continue;
    const demonym = qualifier && DEMONYMS[qualifier];
    const ofCode = ofPlace && Object.entries(DEMONYMS).find(([, code]) => countryName(code) === ofPlace)?.[1];
    const countryCode = demonym || ofCode || (US_ROLES.test(role) ? 'US' : undefined);
    const organisation = qualifier && !demonym ? qualifier : undefined;
    mentions.push({
      name,
      role: ROLE_ABBREVIATIONS[role] ?? role,
      ...(countryCode ? { countryCode } : {}),
      ...(organisation ? { organisation } : {}),
    });
  }
  const interviewer = INTERVIEWER.exec(source);
  if (interviewer?.[1] && interviewer[2]) {
    mentions.push({ name: cleanName(interviewer[1]), role: 'Interviewer', organisation: interviewer[2] });
  }
  return mentions;
}

/** Tokens that identify a person: no particles, initials or regnal numbers. */
export function nameKey(name: string): Set<string> {
  return new Set(
    fold(name)
      .replace(/\b(?:al|el|bin|ibn)[- ]/g, '')
      .split(/[\s-]+/)
      .filter((t) => t.length > 1 && !/^[ivx]+$/.test(t) && !t.endsWith('.')),
  );
}

export interface PersonDraft {
  names: string[];
  roles: string[];
  countryCode?: string;
  organisation?: string;
  documentIds: string[];
}

function subset(a: Set<string>, b: Set<string>): boolean {
  return a.size > 0 && [...a].every((t) => b.has(t));
}

/** Adds a mention to the person it names (same tokens, compatible country), or a new person. */
export function addMention(people: PersonDraft[], mention: Mention, documentId?: string): void {
  const key = nameKey(mention.name);
  const same = people.find((p) => {
    if (mention.countryCode && p.countryCode && mention.countryCode !== p.countryCode) return false;
    if (mention.organisation && p.organisation && mention.organisation !== p.organisation) return false;
    return p.names.some((n) => {
      const other = nameKey(n);
      return subset(key, other) || subset(other, key);
    });
  });
  const person = same ?? { names: [], roles: [], documentIds: [] };
  if (!same) people.push(person);
  if (!person.names.includes(mention.name)) person.names.push(mention.name);
  if (!person.roles.some((r) => fold(r).replace(/-/g, ' ') === fold(mention.role).replace(/-/g, ' '))) {
    person.roles.push(mention.role);
  } else if (mention.role.includes('-')) {
    person.roles = person.roles.map((r) =>
      fold(r).replace(/-/g, ' ') === fold(mention.role).replace(/-/g, ' ') ? mention.role : r,
    );
  }
  person.countryCode ??= mention.countryCode;
  person.organisation ??= mention.organisation;
  if (documentId && !person.documentIds.includes(documentId)) person.documentIds.push(documentId);
}

export interface PersonName {
  id: string;
  name: string;
  familyName: string;
  nameOrder: 'given-first' | 'family-first';
  aliases: string[];
}

/** The display name (the fullest form, spelling corrected), family name and search aliases. */
export function nameOf(draft: PersonDraft): PersonName {
  const fullest = [...draft.names].sort((a, b) => nameKey(b).size - nameKey(a).size)[0] ?? '';
  const name = fullest
    .split(' ')
    .map((w) => SPELLING[w] ?? w)
    .join(' ');
  const familyFirst = draft.countryCode !== undefined && FAMILY_FIRST.has(draft.countryCode);
  const words = name.split(' ').filter((w) => !/^(?:[IVX]+|Jr\.?|Sr\.?)$/.test(w));
  let familyName: string;
  if (familyFirst) familyName = words[0] ?? name;
  else {
    const last = words.length - 1;
    const particle = last > 0 && /^(?:Al|al|bin|ibn|de|van|von)$/.test(words[last - 1] ?? '');
    familyName = words.slice(particle ? last - 1 : last).join(' ');
  }
  const swapped = familyFirst && words.length > 1 ? [`${words.slice(1).join(' ')} ${words[0]}`] : [];
  const aliases = [...draft.names, ...swapped].filter((n) => n !== name);
  return {
    id: slug(name),
    name,
    familyName,
    nameOrder: familyFirst ? 'family-first' : 'given-first',
    aliases: [...new Set(aliases)],
  };
}
