/** Text normalisation shared by ingest and search. */

const folded = new Map<string, string>();
/** Index building folds the same names thousands of times; the memo is bounded for user input. */
const FOLD_MEMO_LIMIT = 50_000;

/** Folds case, diacritics (Türkiye -> turkiye), curly quotes and dashes for matching. */
export function fold(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  if (folded.size >= FOLD_MEMO_LIMIT) folded.clear();
  const result = foldText(text);
  folded.set(text, result);
  return result;
}

function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―−]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A url-safe id: "New Delhi" -> "new-delhi". */
export function slug(text: string, max = 60): string {
  const s = fold(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s.slice(0, max).replace(/-$/, '');
}

/** The values without repeats or empties, compared folded ("Türkiye" = "Turkiye"), minus the excluded ones; first spelling kept. */
export function uniqueFolded(values: readonly string[], exclude: readonly (string | null)[] = []): string[] {
  const seen = new Set(exclude.filter((e): e is string => Boolean(e)).map(fold));
  return values.filter((v) => v && !seen.has(fold(v)) && (seen.add(fold(v)), true));
}
