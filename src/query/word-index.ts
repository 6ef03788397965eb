import Fuse from 'fuse.js';
import { words } from './indexes.js';

/**
 * Fuzzy full-text search that scales with the vocabulary, not the corpus: each record's
 * words go into an inverted index once; a query word is matched exactly and, fuzzily,
 * against the unique words only (fuse.js over the word list); records score by the
 * idf-weighted query words they contain.
 */
export class WordIndex<T> {
  private readonly postings = new Map<string, number[]>();
  private readonly vocabulary: Fuse<string>;
  constructor(
    private readonly items: readonly T[],
    text: (item: T) => string,
    threshold = 0.3,
  ) {
    items.forEach((item, i) => {
      for (const w of new Set(words(text(item)))) {
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
    this.vocabulary = new Fuse([...this.postings.keys()], {
      includeScore: true,
      ignoreLocation: true,
      threshold,
    });
  }

  search(query: string, { limit }: { limit: number }): { item: T; score: number }[] {
    const terms = [...new Set(words(query))];
    if (terms.length === 0) return [];
    const n = this.items.length;
    const scores = new Map<number, number>();
    let possible = 0;
    for (const term of terms) {
      const best = new Map<number, number>();
      const candidates = this.postings.has(term)
        ? [{ item: term, score: 0 }]
        : this.vocabulary.search(term.slice(0, 32), { limit: 5 });
      for (const { item: word, score = 1 } of candidates) {
        const postings = this.postings.get(word) ?? [];
        const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
        for (const i of postings) best.set(i, Math.max(best.get(i) ?? 0, idf * (1 - score)));
      }
      const df = this.postings.get(term)?.length ?? 1;
      possible += Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (const [i, s] of best) scores.set(i, (scores.get(i) ?? 0) + s);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i, s]) => ({ item: this.items[i]!, score: Math.max(0, 1 - s / possible) }));
  }
}
