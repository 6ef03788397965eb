/** Depth below which objects and arrays are laid out one member a line; deeper ones stay on one line. */
const PRETTY_DEPTH = 4;

/**
 * The one JSON layout of the library files: stable, so a re-run of ingest produces no diff,
 * and reviewable: one stop, document or person a line (a trip's stops sit at depth 4).
 */
export function serialise(value: unknown): string {
  return `${layout(value, 0)}\n`;
}

function layout(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object' || depth >= PRETTY_DEPTH) return JSON.stringify(value);
  const pad = '  '.repeat(depth + 1);
  const end = '  '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + layout(v, depth + 1)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${layout(v, depth + 1)}`).join(',\n')}\n${end}}`;
}
