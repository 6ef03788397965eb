import { execFileSync } from 'node:child_process';
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
