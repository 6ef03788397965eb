import { distance } from 'fastest-levenshtein';

/**
 * Levenshtein distance (fastest-levenshtein: bit-parallel, so a vocabulary of a few
 * thousand words is scanned in well under a millisecond). Returns max + 1 when the
 * lengths alone already differ by more than max.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return distance(a, b);
}

export function withinEdits(a: string, b: string, max: number): boolean {
  return editDistance(a, b, max) <= max;
}

/**
 * Optimal string alignment distance: Levenshtein where swapping two neighbouring letters
 * ("isreal", "dehli") is one edit, as people mistype place names. Returns max + 1 once the
 * distance is known to exceed max.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[rows * cols - 1]!;
}

/**
 * A name as it sounds, for transliterations ("Shukri" / "Shoukry", "Sergei" / "Sergey"):
 * y as i, ou and oo as u, ph as f, kh and q as k, doubled letters once.
 */
export function soundKey(word: string): string {
  let key = soundKeys.get(word);
  if (key === undefined) {
    key = word
      .replace(/ph/g, 'f')
      .replace(/kh|ck|q/g, 'k')
      .replace(/ou|oo/g, 'u')
      .replace(/y/g, 'i')
      .replace(/(.)\1+/g, '$1');
    if (soundKeys.size > 50_000) soundKeys.clear(); // the record's vocabulary is a few thousand words
    soundKeys.set(word, key);
  }
  return key;
}
const soundKeys = new Map<string, string>();

/** Two different spellings of one name: the same sound key, for words of four letters or more. */
export function soundsAlike(a: string, b: string): boolean {
  return a.length >= 4 && b.length >= 4 && a !== b && soundKey(a) === soundKey(b);
}
