import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { latencyOf } from '../lib/stats.js';
import type { Row, Scale } from '../lib/report.js';

const PROBE = fileURLToPath(new URL('../startup-probe.ts', import.meta.url));

export interface Probe {
  mode: 'tripbot' | 'bare';
  trips: number;
  people?: number;
  bootMs: number;
  modulesMs: number;
  readMs: number;
  indexMs: number;
  answerMs: number;
  totalMs: number;
  heapBytes: number;
  libraryHeapBytes: number;
  rssBytes: number;
  gc: boolean;
}

const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const ms = (values: number[]) => `${median(values).toFixed(0)} ms`;

function probe(args: string[]): Probe {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', PROBE, ...args], {
    encoding: 'utf8',
  });
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as Probe;
  if (!result.gc) throw new Error('start-up probe ran without --expose-gc: its heap figures would be noise');
  return result;
}

function rowOf(probes: Probe[], name: string, scale: Scale, note: string): Row {
  const latency = latencyOf(probes.map((p) => p.totalMs));
  return {
    section: 'start-up',
    name,
    scale,
    p50: latency.p50,
    p99: latency.max,
    mean: latency.mean,
    samples: probes.length,
    memory: {
      heapMiB: mib(median(probes.map((p) => p.heapBytes))),
      rssMiB: mib(median(probes.map((p) => p.rssBytes))),
    },
    note,
  };
}

/**
 * Cold start to first answer, each run in a fresh process, alternating with the bare baseline
 * (read + JSON.parse only): tripbot's row times read + validate (zod) + build the Library and
 * indexes + answer one `where`; module loading and Node start-up are timed apart, in the note.
 * Memory: the heap the whole process holds after a full GC, once the library is loaded.
 */
export function benchStartup(dir: string, scale: Scale, runs: number): Row[] {
  const ours: Probe[] = [];
  const bare: Probe[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(probe([dir]));
    bare.push(probe(['--bare', dir]));
  }
  const first = ours[0]!;
  return [
    rowOf(
      ours,
      'cold start to first answer',
      scale,
      `${first.trips} trips, ${first.people ?? 0} people; read+validate ${ms(ours.map((p) => p.readMs))}, ` +
        `indexes ${ms(ours.map((p) => p.indexMs))}, first where ${ms(ours.map((p) => p.answerMs))}; ` +
        `not counted: module loading ${ms(ours.map((p) => p.modulesMs))}, Node+tsx boot ${ms(ours.map((p) => p.bootMs))}; ` +
        `heap ${mib(median(ours.map((p) => p.heapBytes)))} MiB (library ${mib(median(ours.map((p) => p.libraryHeapBytes)))} MiB), ` +
        `p99 column = slowest of ${runs}`,
    ),
    {
      ...rowOf(
        bare,
        'bare readFileSync + JSON.parse',
        scale,
        `baseline: same files, no validation, indexes or answer; heap ${mib(median(bare.map((p) => p.heapBytes)))} MiB ` +
          `(parsed JSON ${mib(median(bare.map((p) => p.libraryHeapBytes)))} MiB)`,
      ),
      baselineFor: 'start-up:cold start to first answer',
    },
  ];
}

/** One whole process as a user runs it, timed from outside. */
interface Outside {
  wallMs: number;
  /** ms from spawn to the first byte on stdout (the first line of the answer). */
  firstOutputMs: number;
  /** The largest resident set of the process or any of its children (GNU time's %M). */
  peakRssMiB: number;
}

const TIME = '/usr/bin/time';

/**
 * Runs `command args` under /usr/bin/time (for the peak RSS) in the repository root with no
 * chat credentials, feeding `input` on stdin; the wall clock and the first output are read
 * here, around the spawn.
 */
function outside(command: string, args: string[], input = ''): Promise<Outside> {
  const report = join(mkdtempSync(join(tmpdir(), 'tripbot-time-')), 'time.txt');
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(SLACK_|DISCORD_|npm_)/.test(key)) env[key] = value;
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstOutputMs = NaN;
    const child = spawn(TIME, ['-o', report, '-f', '%M', command, ...args], {
      env: { ...env, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdout.on('data', () => {
      if (Number.isNaN(firstOutputMs)) firstOutputMs = performance.now() - started;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} exited ${code}`));
      const kib = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1));
      resolve({ wallMs, firstOutputMs, peakRssMiB: Math.round((kib / 1024) * 10) / 10 });
    });
    child.stdin.end(input);
  });
}

function outsideRow(
  runs: Outside[],
  name: string,
  scale: Scale,
  pick: (o: Outside) => number,
  note: string,
): Row {
  const latency = latencyOf(runs.map(pick));
  const rss = median(runs.map((r) => r.peakRssMiB));
  return {
    section: 'process',
    name,
    scale,
    p50: latency.p50,
    p99: latency.max,
    mean: latency.mean,
    samples: runs.length,
    memory: { heapMiB: NaN, rssMiB: rss },
    note: `${note}; peak RSS ${rss} MiB (median), p99 column = slowest of ${runs.length}`,
  };
}

export const OUTSIDE = {
  trip: 'npm run trip -- where 2023-11-07',
  start: 'npm start: first console answer',
  npm: 'npm pkg get name',
  node: 'node -e 0',
} as const;

/**
 * Issue 13: start-up as a user waits for it, each a whole process timed from outside, run in
 * turn with npm's own start-up and bare Node so machine load moves all rows alike.
 */
export async function benchOutside(scale: Scale, runs: number): Promise<Row[]> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed for the peak RSS (apt-get install time)`);
  if (!existsSync(join('dist', 'src', 'main.js'))) throw new Error('no dist/: run npm run build first');
  const trip: Outside[] = [];
  const start: Outside[] = [];
  const npm: Outside[] = [];
  const node: Outside[] = [];
  for (let i = 0; i < runs; i++) {
    npm.push(await outside('npm', ['pkg', 'get', 'name']));
    node.push(await outside(process.execPath, ['-e', '0']));
    trip.push(await outside('npm', ['run', '--silent', 'trip', '--', 'where', '2023-11-07']));
    start.push(await outside('npm', ['start', '--silent'], 'where 2023-11-07\n'));
  }
  return [
    outsideRow(trip, OUTSIDE.trip, scale, (o) => o.wallMs, 'wall time, npm and node included'),
    outsideRow(
      start,
      OUTSIDE.start,
      scale,
      (o) => o.firstOutputMs,
      '`where 2023-11-07` piped in; spawn to the first line out',
    ),
    {
      ...outsideRow(npm, OUTSIDE.npm, scale, (o) => o.wallMs, "npm's own start-up"),
      baselineFor: `process:${OUTSIDE.trip}`,
    },
    {
      ...outsideRow(node, OUTSIDE.node, scale, (o) => o.wallMs, 'bare Node start-up'),
      baselineFor: `process:${OUTSIDE.start}`,
    },
  ];
}
