import { compareDates } from '../itinerary/calendar.js';
import { indexesOf } from './lazy-indexes.js';
import type { Library, PersonView } from './library.js';
import type { PersonRecord } from './indexes.js';
import { words } from './words.js';
import { soundsAlike, withinEdits } from './edit-distance.js';

export interface PersonMatch {
  view: PersonView;
  /** How the match was found: every word exact, fuzzy, or one name word exact. */
  match: 'exact' | 'fuzzy' | 'partial';
  /**
   * Whether the query names the person ("fidan", "shukri") rather than only an office or a
   * country ("foreign minister", "iran"): a role query lists the holders, newest first.
   */
  byName: boolean;
  /** For a role query: the office as the latest appearance holding it gives it ("Crown Prince and Prime Minister"). */
  office?: string;
}

/**
 * Officials best matching a name or role, best first. Exact words win ("defense
 * minister indian" -> Rajnath Singh; the last word may be unfinished), then fuzzy word matches (fuse.js over the vocabulary) ("jaishankr"),
 * then anyone sharing one name word ("narendra modi" -> Modi).
 */
export function findPeople(
  library: Library,
  query: string,
  limit = 5,
  /** Every exact match, however many (an office's holders), then fuzzy ones up to `limit`. */
  { allExact = false }: { allExact?: boolean } = {},
): PersonMatch[] {
  const { people, personRecords: records } = indexesOf(library);
  const terms = words(query);
  if (terms.length === 0) return [];
  const out: PersonMatch[] = [];
  const seen = new Set<PersonView>();
  const add = (view: PersonView, match: PersonMatch['match'], byName: boolean, office?: string) => {
    if (!seen.has(view) && (out.length < limit || (allExact && match === 'exact'))) {
      seen.add(view);
      out.push({ view, match, byName, ...(office ? { office } : {}) });
    }
  };
  const last = terms.length - 1;
  // The last word may be unfinished ("foreign min"): the words it begins, looked up once.
  const lastTerm = terms[last]!;
  const completions = lastTerm.length >= 3 ? people.wordsWithPrefix(lastTerm) : [];
  const candidates = records
    .filter((r) =>
      terms.every((t, i) => r.allWords.has(t) || (i === last && completions.some((w) => r.allWords.has(w)))),
    )
    .map((r) => ({
      r,
      names: nameHits(r, terms),
      closeness: closeness(r, terms),
      ...latestInRole(r, terms),
      count: r.view.appearances.length,
    }));
  // A role query ("prime minister") is answered by those who held that office, not a
  // deputy of it ("Deputy Prime Minister") nor someone whose words merely include it.
  const heldOther = new Set(candidates.filter((m) => m.names === 0 && m.recency === null).map((m) => m.r));
  const exact = candidates
    .filter((m) => !heldOther.has(m.r))
    // A query of names only ("herzog") prefers the person on record most often; a role
    // query ("japanese foreign minister") the latest holder of the office on record, then
    // the office closest to the words typed.
    .sort(
      (a, b) =>
        b.names - a.names ||
        (a.names === terms.length ? b.count - a.count : 0) ||
        compareDates(b.recency ?? '', a.recency ?? '') ||
        a.closeness - b.closeness ||
        b.count - a.count,
    );
  for (const { r, names, office } of exact) add(r.view, 'exact', names > 0, office);
  if (out.length >= limit) return out;
  const cutoff = exact.length > 0 ? STRONG : WEAK;
  const fuzzy = people.search(query.slice(0, 64), { limit });
  const best = fuzzy[0]?.score ?? 1;
  for (const r of fuzzy) {
    const score = r.score ?? 1;
    if (
      !heldOther.has(r.item) &&
      score <= cutoff &&
      score <= best + CLOSE &&
      terms.every((t) => resemblesAny(t, r.item.allWords))
    ) {
      add(
        r.item.view,
        'fuzzy',
        terms.some((t) => resemblesAny(t, r.item.nameWords)),
      );
    }
  }
  if (out.length === 0) {
    for (const r of records)
      if (terms.some((t) => t.length > 2 && r.nameWords.has(t))) add(r.view, 'partial', true);
  }
  return out;
}

/** Fuzzy scores (0 = perfect) accepted beside exact matches, and on their own. */
const STRONG = 0.1;
const WEAK = 0.45;
/** Fuzzy matches much worse than the best one are noise ("kishda" is not Jaishankar). */
const CLOSE = 0.15;

/** Words a name or role has beyond the query's: "Foreign Minister" is closer than "Deputy Prime Minister and Foreign Minister". */
function closeness(record: PersonRecord, terms: string[]): number {
  let best = Infinity;
  for (const w of record.phrases) {
    if (terms.every((t, i) => w.includes(t) || (i === terms.length - 1 && hasPrefix(w, t))))
      best = Math.min(best, w.length - terms.length);
  }
  return best;
}

/**
 * Every query word must look like one of the record's words (a prefix, or a word
 * within a typo or two), so "turkish foreign minister" does not answer with the
 * Egyptian one just because two of three words fit.
 */
function resemblesAny(term: string, recordWords: Set<string>): boolean {
  const allowed = term.length <= 4 ? 1 : 2;
  for (const word of recordWords) {
    if (word.startsWith(term) || withinEdits(term, word, allowed) || soundsAlike(term, word)) return true;
  }
  return false;
}

/** The last word of a query may be unfinished ("foreign min"), as people type it. */
function hasPrefix(recordWords: Iterable<string>, term: string): boolean {
  if (term.length < 3) return false;
  for (const word of recordWords) if (word.startsWith(term)) return true;
  return false;
}

/** Words that make an office a different one: a deputy prime minister is not the prime minister. */
const LESSER = ['deputy', 'vice', 'former', 'assistant', 'under'];

/**
 * The latest date the person appears in an office the query names ("foreign minister"):
 * the current holder of an office comes before earlier ones. When the query names no office
 * (a name, or a country alone), the latest appearance ('' for none); null when the person never held the office asked
 * for, only one that shares its words ("Deputy Prime Minister" for "prime minister").
 */
function latestInRole(record: PersonRecord, terms: string[]): { recency: string | null; office?: string } {
  const wanted = terms.filter((t) => record.roleWords.has(t) && !record.nameWords.has(t));
  if (wanted.length === 0) return { recency: record.appearanceRoles.at(-1)?.date ?? '' };
  const lesser = LESSER.filter((w) => !wanted.includes(w));
  let latest: { recency: string; office: string } | undefined;
  for (const a of record.appearanceRoles) {
    const holds = a.offices.some(
      (office) => wanted.every((t) => office.has(t)) && !lesser.some((w) => office.has(w)),
    );
    if (holds && (!latest || a.date >= latest.recency)) latest = { recency: a.date, office: a.title };
  }
  return latest ?? { recency: null };
}

function nameHits(record: PersonRecord, terms: string[]): number {
  return terms.filter((t) => record.nameWords.has(t)).length;
}
