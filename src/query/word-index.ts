import { words } from './words.js';
import { editDistance, soundKey, typoDistance } from './edit-distance.js';

interface WordMatch {
  word: string;
  /** 0 = the word itself; fuse.js's score otherwise. */
  score: number;
}

/** Prefix matches ("jaish" -> "jaishankar") count as near-exact. */
const PREFIX_SCORE = 0.05;
const MATCHES_PER_TERM = 5;
/** Another spelling of the same sound ("shukri" for "shoukry") counts as about one typo. */
const SOUND_SCORE = 0.15;

/**
 * Fuzzy full-text search that scales with the vocabulary, not the corpus: each record's
 * words go into an inverted index once; a query word is matched exactly, as a prefix,
 * or fuzzily by fuse.js against the distinct words of similar length only; records
 * score by the idf-weighted query words they contain.
 */
export class WordIndex<T> {
  private readonly postings = new Map<string, number[]>();
  /** Distinct words, sorted, for prefix look-ups. */
  private readonly vocabulary: string[];
  /** The vocabulary by word length: a typo changes a word's length by a letter or two. */
  private readonly byLength = new Map<number, string[]>();
  /** The vocabulary by sound key, for another transliteration of a name ("shukri" -> "shoukry"). */
  private readonly bySound = new Map<string, string[]>();

  constructor(
    private readonly items: readonly T[],
    text: (item: T) => string,
    /** The share of a word's letters a typo may change (0.3: one in a short word, two in "jaishankr"). */
    private readonly threshold = 0.3,
  ) {
    items.forEach((item, i) => {
      for (const w of new Set(words(text(item)))) {
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
    this.vocabulary = [...this.postings.keys()].sort();
    for (const w of this.vocabulary) {
      const list = this.byLength.get(w.length);
      if (list) list.push(w);
      else this.byLength.set(w.length, [w]);
      if (w.length >= 4) {
        const key = soundKey(w);
        const same = this.bySound.get(key);
        if (same) same.push(w);
        else this.bySound.set(key, [w]);
      }
    }
  }

  /** Vocabulary words that start with a prefix ("min" -> minister, ministry), by binary search. */
  wordsWithPrefix(prefix: string, most = 50): string[] {
    let lo = 0;
    let hi = this.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocabulary[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (
      let i = lo;
      i < this.vocabulary.length && this.vocabulary[i]!.startsWith(prefix) && out.length < most;
      i++
    )
      out.push(this.vocabulary[i]!);
    return out;
  }

  /** The vocabulary words a query word may stand for, best first. */
  private matches(term: string): WordMatch[] {
    if (this.postings.has(term)) return [{ word: term, score: 0 }];
    const found: WordMatch[] = [];
    if (term.length >= 3) {
      let lo = 0;
      let hi = this.vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.vocabulary[mid]! < term) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < this.vocabulary.length && this.vocabulary[i]!.startsWith(term); i++) {
        found.push({ word: this.vocabulary[i]!, score: PREFIX_SCORE });
        if (found.length >= MATCHES_PER_TERM) break;
      }
    }
    // A word within a few edits of the term: the edits over the longer word's length is the
    // score (one typo in "jaishankr" scores 0.1). Two letters swapped are one edit, as people
    // mistype ("tudmjan" is Tudjman, not Tubman): Levenshtein (fast) counts them as two, so it
    // only screens, and the swap-aware distance decides.
    const spread = term.length <= 4 ? 1 : 2;
    const allowed = Math.max(1, Math.floor(term.length * this.threshold));
    for (let length = term.length - spread; length <= term.length + spread; length++) {
      for (const word of this.byLength.get(length) ?? []) {
        const screened = editDistance(term, word, 2 * allowed);
        if (screened > 2 * allowed) continue;
        const edits = screened <= 1 ? screened : typoDistance(term, word, allowed);
        if (edits > allowed) continue;
        const score = edits / Math.max(term.length, word.length);
        if (score <= this.threshold && !found.some((f) => f.word === word)) found.push({ word, score });
      }
    }
    // Another transliteration of the same name scores as one typo.
    if (term.length >= 4) {
      for (const word of this.bySound.get(soundKey(term)) ?? []) {
        if (!found.some((f) => f.word === word)) found.push({ word, score: SOUND_SCORE });
      }
    }
    return found.sort((a, b) => a.score - b.score).slice(0, MATCHES_PER_TERM);
  }

  /** Records holding every word of the query exactly (for phrase checks), in index order. */
  withEveryWord(query: string): T[] {
    const lists = [...new Set(words(query))].map((w) => this.postings.get(w) ?? []);
    if (lists.length === 0 || lists.some((l) => l.length === 0)) return [];
    lists.sort((a, b) => a.length - b.length);
    const [first, ...rest] = lists;
    const others = rest.map((l) => new Set(l));
    return first!.filter((i) => others.every((set) => set.has(i))).map((i) => this.items[i]!);
  }

  search(query: string, { limit }: { limit: number }): { item: T; score: number }[] {
    const terms = [...new Set(words(query))];
    if (terms.length === 0) return [];
    const n = this.items.length;
    const idf = (df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const scores = new Map<number, number>();
    let possible = 0;
    for (const term of terms) {
      const best = new Map<number, number>();
      let most = idf(1);
      const matches = this.matches(term);
      if (matches.length > 0) most = 0;
      for (const { word, score } of matches) {
        const postings = this.postings.get(word) ?? [];
        most = Math.max(most, idf(postings.length));
        const weight = idf(postings.length) * (1 - score);
        for (const i of postings) best.set(i, Math.max(best.get(i) ?? 0, weight));
      }
      possible += most;
      for (const [i, s] of best) scores.set(i, (scores.get(i) ?? 0) + s);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([i, s]) => ({ item: this.items[i]!, score: Math.max(0, 1 - s / possible) }));
  }
}
