import { writeFileSync } from 'node:fs';
import type { Machine } from './machine.js';

/** What the run measures over: the Historian's whole record (data/library). */
export type Scale = 'whole record';

/** One measured row of the table. Times in milliseconds. */
export interface Row {
  section:
    | 'command'
    | 'autocomplete'
    | 'fuzzy'
    | 'start-up'
    | 'process'
    | 'slack'
    | 'discord'
    | 'map'
    | 'calendar'
    | 'replicas'
    | 'saturation';
  name: string;
  scale: Scale;
  p50: number;
  p99: number;
  mean: number;
  samples: number;
  note?: string;
  /** A baseline row: the `section:name` of the row it is the bare baseline for. */
  baselineFor?: string;
  /** Start-up rows: what the loaded library holds, median of the runs, in MiB. */
  memory?: { heapMiB: number; rssMiB: number };
  /** Fan-out rows: posts per channel per day over the run (both must be 1). */
  postsPerChannel?: { min: number; max: number };
  /** Saturation rows: answers completed per second. */
  perSecond?: number;
}

export interface Budget {
  what: string;
  limit: string;
  actual: string;
  pass: boolean;
  /** The bare baseline measured beside it in the same run, for scale. */
  baseline?: string;
}

export interface Results {
  date: string;
  command: string;
  machine: Machine;
  library: Record<string, unknown>;
  rows: Row[];
  budgets: Budget[];
}

const ms = (n: number) =>
  Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(3)) : '-';
const color = process.stdout.isTTY;
const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);

function table(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [row(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(row)].join('\n');
}

/** The results as Markdown tables (also what docs/performance.md shows). */
export function formatResults(rows: readonly Row[], budgets: readonly Budget[]): string {
  const measured = table(
    ['what', 'scale', 'p50 ms', 'p99 ms', 'samples', 'note'],
    rows.map((r) => [
      `${r.section}: ${r.name}`,
      r.scale,
      ms(r.p50),
      ms(r.p99),
      String(r.samples),
      r.note ?? '',
    ]),
  );
  const checks = table(
    ['budget', 'limit', 'measured', 'result', 'bare baseline'],
    budgets.map((b) => [b.what, b.limit, b.actual, b.pass ? 'PASS' : 'FAIL', b.baseline ?? '']),
  );
  return `${measured}\n\n${checks}`;
}

export function printResults(rows: readonly Row[], budgets: readonly Budget[]): void {
  const text = formatResults(rows, budgets)
    .replace(/\| PASS( +)\|/g, (_, pad: string) => `| ${paint(32, 'PASS')}${pad}|`)
    .replace(/\| FAIL( +)\|/g, (_, pad: string) => `| ${paint(31, 'FAIL')}${pad}|`);
  console.log(`\n${text}\n`);
  const failed = budgets.filter((b) => !b.pass);
  if (failed.length === 0) console.log(paint(32, `All ${budgets.length} budgets pass.`));
  else {
    console.log(paint(31, `${failed.length} of ${budgets.length} budgets FAIL:`));
    for (const b of failed) console.log(paint(31, `  FAIL ${b.what}: ${b.actual} (limit ${b.limit})`));
  }
}

export function writeResults(file: string, results: Results): void {
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

export { ms as formatMs };
