/** Text normalisation shared by ingest and search, and the one truncation helper. */

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

/** Runs of whitespace as one space, trimmed: a message or a description on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface TruncateOptions {
  /** What marks a cut; '' for a bare cut (a value that must stay usable). Default "…". */
  mark?: string;
  /** The size of a piece of text; default its UTF-16 length, what JavaScript and the chat APIs count. */
  measure?: (piece: string) => number;
}

/**
 * `text` if it fits in `max`, else its longest start that fits with `mark` after it (and
 * no space before the mark). The cut falls between code points, so never inside an
 * emoji's surrogate pair. The one truncation helper: every platform limit, quoted input
 * and cut map label goes through it.
 */
export function truncate(text: string, max: number, options: TruncateOptions = {}): string {
  const { mark = '…', measure = (piece: string) => piece.length } = options;
  if (measure(text) <= max) return text;
  if (measure(mark) > max) return truncate(text, max, { mark: '', measure });
  const room = max - measure(mark);
  let kept = 0;
  let used = 0;
  for (const char of text) {
    used += measure(char);
    if (used > room) break;
    kept += char.length;
  }
  return mark ? `${text.slice(0, kept).trimEnd()}${mark}` : text.slice(0, kept);
}
