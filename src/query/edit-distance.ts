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
