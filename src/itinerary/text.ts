/** Text normalisation shared by ingest and search. */

/** Folds case, diacritics (Türkiye -> turkiye), curly quotes and dashes for matching. */
export function fold(text: string): string {
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
