import type { Library, PersonView } from './library.js';
import { words, type PersonRecord } from './indexes.js';

export interface PersonMatch {
  view: PersonView;
  /** How the match was found: every word exact, fuzzy, or one name word exact. */
  match: 'exact' | 'fuzzy' | 'partial';
}

/**
 * Officials best matching a name or role, best first. Exact words win ("defense
 * minister indian" -> Rajnath Singh; the last word may be unfinished), then fuzzy word matches (fuse.js over the vocabulary) ("jaishankr"),
 * then anyone sharing one name word ("narendra modi" -> Modi).
 */
export function findPeople(library: Library, query: string, limit = 5): PersonMatch[] {
  const { people, personRecords: records } = library.indexes;
  const terms = words(query);
  if (terms.length === 0) return [];
  const out: PersonMatch[] = [];
  const seen = new Set<PersonView>();
  const add = (view: PersonView, match: PersonMatch['match']) => {
    if (!seen.has(view) && out.length < limit) {
      seen.add(view);
      out.push({ view, match });
    }
  };
  const last = terms.length - 1;
  const exact = records
    .filter((r) => terms.every((t, i) => r.allWords.has(t) || (i === last && hasPrefix(r.allWords, t))))
    .map((r) => ({ r, names: nameHits(r, terms), closeness: closeness(r, terms) }))
    .sort((a, b) => b.names - a.names || a.closeness - b.closeness);
  for (const { r } of exact) add(r.view, 'exact');
  const cutoff = exact.length > 0 ? STRONG : WEAK;
  const fuzzy = people.search(query.slice(0, 64), { limit });
  const best = fuzzy[0]?.score ?? 1;
  for (const r of fuzzy) {
    const score = r.score ?? 1;
    if (score <= cutoff && score <= best + CLOSE && terms.every((t) => resemblesAny(t, r.item.allWords))) {
      add(r.item.view, 'fuzzy');
    }
  }
  if (out.length === 0) {
    for (const r of records)
      if (terms.some((t) => t.length > 2 && r.nameWords.has(t))) add(r.view, 'partial');
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
    if (word.startsWith(term) || withinEdits(term, word, allowed)) return true;
  }
  return false;
}

/** Levenshtein distance ≤ max, with an early exit. */
function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** The last word of a query may be unfinished ("foreign min"), as people type it. */
function hasPrefix(recordWords: Iterable<string>, term: string): boolean {
  if (term.length < 3) return false;
  for (const word of recordWords) if (word.startsWith(term)) return true;
  return false;
}

function nameHits(record: PersonRecord, terms: string[]): number {
  return terms.filter((t) => record.nameWords.has(t)).length;
}
