import { typoDistance } from './edit-distance.js';

/** A misspelt name is within a couple of letters of the right one's length. */
const LENGTH_SLACK = 2;

export interface FuzzyHit<T> {
  key: string;
  value: T;
  /** Edits over the longer name's length: 0 is the name itself. */
  score: number;
  edits: number;
}

/** Edits a typo of a name this long may have: none below 4 letters, 2 up to 8, then 3. */
export function allowedEdits(length: number): number {
  return length < 4 ? 0 : length <= 8 ? 2 : 3;
}

/**
 * Typo-tolerant look-up of a typed name among many keys (folded place names): the keys
 * within a few edits (a swap of neighbours counts as one), fewest edits first, then the
 * key that keeps the first letter, then the one with the most weight (more stays). "soel" is
 * Seoul, not Basel.
 */
export class FuzzyKeys<T> {
  private readonly byLength = new Map<number, { key: string; value: T }[]>();

  constructor(
    entries: Map<string, T>,
    private readonly weight: (value: T) => number = () => 0,
  ) {
    for (const [key, value] of entries) {
      const list = this.byLength.get(key.length);
      if (list) list.push({ key, value });
      else this.byLength.set(key.length, [{ key, value }]);
    }
  }

  /** Keys resembling the query, best first. */
  search(query: string, limit = 5): FuzzyHit<T>[] {
    const max = allowedEdits(query.length);
    if (max === 0) return [];
    const hits: FuzzyHit<T>[] = [];
    for (let length = query.length - LENGTH_SLACK; length <= query.length + LENGTH_SLACK; length++) {
      for (const { key, value } of this.byLength.get(length) ?? []) {
        const edits = typoDistance(query, key, max);
        if (edits <= max) hits.push({ key, value, edits, score: edits / Math.max(query.length, key.length) });
      }
    }
    return hits
      .sort(
        (a, b) =>
          a.edits - b.edits ||
          // People seldom mistype a name's first letter: "orenada" is Oreanda before Grenada.
          Number(b.key[0] === query[0]) - Number(a.key[0] === query[0]) ||
          this.weight(b.value) - this.weight(a.value) ||
          a.key.localeCompare(b.key),
      )
      .slice(0, limit);
  }
}
