import { indexesOf } from './lazy-indexes.js';
import type { Library } from './library.js';
import type { Choice } from './indexes.js';
import { fold, truncate } from '../itinerary/text.js';
import { findPeople } from './people.js';

export interface Suggestion {
  name: string;
  value: string;
}

const MAX_NAME = 100;

const clip = (text: string) => truncate(text, MAX_NAME);

/** Prefix matches first, then substring matches, from a prebuilt list. */
function filterChoices(choices: readonly Choice[], text: string, limit: number): Suggestion[] {
  const key = fold(text);
  if (!key) return choices.slice(0, limit).map(({ name, value }) => ({ name, value }));
  const starts: Choice[] = [];
  const contains: Choice[] = [];
  for (const c of choices) {
    if (c.key.startsWith(key) || c.key.includes(` ${key}`)) starts.push(c);
    else if (c.key.includes(key)) contains.push(c);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit).map(({ name, value }) => ({ name, value }));
}

/**
 * Day choices whose ISO date starts with the typed digits ("1963-06"), newest first:
 * a binary search in the newest-first list instead of a scan of every trip day.
 */
function dayPrefix(days: readonly Choice[], key: string, limit: number): Suggestion[] | undefined {
  if (!/^\d{4}(-\d{0,2}(-\d{0,2})?)?$/.test(key)) return undefined;
  // days are newest first, so values descend: find the first value <= key's upper bound.
  const upper = `${key}\uffff`;
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]!.value > upper) lo = mid + 1;
    else hi = mid;
  }
  const out: Suggestion[] = [];
  for (let i = lo; i < days.length && days[i]!.value.startsWith(key) && out.length < limit; i++) {
    out.push({ name: days[i]!.name, value: days[i]!.value });
  }
  return out;
}

/**
 * Autocomplete choices for an option, best first, at most `limit` (Discord allows 25).
 * Everything comes from indexes built at load; nothing is rebuilt here.
 */
export function suggest(
  library: Library,
  kind: 'date' | 'place' | 'name' | 'query' | string,
  text: string,
  limit = 25,
): Suggestion[] {
  const input = text.slice(0, 100);
  const { dayChoices, placeChoices } = indexesOf(library);
  switch (kind) {
    case 'date':
      return dayPrefix(dayChoices, input.trim(), limit) ?? filterChoices(dayChoices, input, limit);
    case 'place': {
      const direct = filterChoices(placeChoices, input, limit);
      if (direct.length > 0 || !input.trim()) return direct;
      return indexesOf(library)
        .places.search(fold(input), limit)
        .map((r) => {
          const first = r.value[0]!;
          const name = first.names.find((n) => fold(n) === r.key) ?? first.stop.country;
          return { name, value: name };
        })
        .filter((s, i, all) => all.findIndex((o) => o.value === s.value) === i);
    }
    case 'name': {
      if (!input.trim()) {
        return library.people
          .slice(0, limit)
          .map((v) => ({ name: clip(`${v.person.name}, ${v.person.roles[0]}`), value: v.person.name }));
      }
      return findPeople(library, input, limit).map(({ view }) => ({
        name: clip(
          `${view.person.name}, ${view.person.roles[0]}${view.person.country ? ` (${view.person.country})` : ''}`,
        ),
        value: truncate(view.person.name, MAX_NAME, { mark: '' }),
      }));
    }
    default:
      return [];
  }
}
