import Fuse from 'fuse.js';
import { editDistance } from './edit-distance.js';

/** A misspelt name is within a couple of letters of the right one's length. */
const LENGTH_SLACK = 2;

export interface FuzzyHit<T> {
  key: string;
  value: T;
  score: number;
}

/**
 * Fuzzy look-up of a typed name among many keys (folded place names). fuse.js scores the
 * keys of similar length only, and ties go to the key fewest edits away: "seol" is Seoul,
 * not Brussels, though fuse.js scores both 0.25.
 */
export class FuzzyKeys<T> {
  private readonly byLength = new Map<number, Fuse<{ key: string; value: T }>>();

  constructor(entries: Map<string, T>) {
    const lengths = new Map<number, { key: string; value: T }[]>();
    for (const [key, value] of entries) {
      const list = lengths.get(key.length);
      if (list) list.push({ key, value });
      else lengths.set(key.length, [{ key, value }]);
    }
    for (const [length, list] of lengths) {
      this.byLength.set(
        length,
        new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.3, keys: ['key'] }),
      );
    }
  }

  /** Keys resembling the query, best first. */
  search(query: string, limit = 5): FuzzyHit<T>[] {
    const hits: (FuzzyHit<T> & { edits: number })[] = [];
    for (let length = query.length - LENGTH_SLACK; length <= query.length + LENGTH_SLACK; length++) {
      for (const r of this.byLength.get(length)?.search(query) ?? []) {
        hits.push({
          key: r.item.key,
          value: r.item.value,
          score: r.score ?? 1,
          edits: editDistance(query, r.item.key),
        });
      }
    }
    return hits
      .sort((a, b) => a.score - b.score || a.edits - b.edits || a.key.localeCompare(b.key))
      .slice(0, limit)
      .map(({ key, value, score }) => ({ key, value, score }));
  }
}
