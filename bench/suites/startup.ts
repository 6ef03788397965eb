import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { latencyOf } from '../lib/stats.js';
import type { Row, Scale } from '../lib/report.js';

const PROBE = fileURLToPath(new URL('../startup-probe.ts', import.meta.url));

interface Probe {
  trips: number;
  people: number;
  readMs: number;
  indexMs: number;
  totalMs: number;
  heapBytes: number;
  rssBytes: number;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/**
 * Cold start-up, each run in a fresh process: read + validate (zod) every trip, then build
 * the Library and its indexes; and the heap and RSS that the loaded library holds.
 */
export function benchStartup(dirs: readonly string[], scale: Scale, runs: number): Row {
  const probes: Probe[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', PROBE, ...dirs], {
      encoding: 'utf8',
    });
    probes.push(JSON.parse(out.trim().split('\n').at(-1)!) as Probe);
  }
  const latency = latencyOf(probes.map((p) => p.totalMs));
  const first = probes[0]!;
  return {
    section: 'start-up',
    name: 'load + validate + index',
    scale,
    p50: latency.p50,
    p99: latency.max,
    mean: latency.mean,
    samples: probes.length,
    memory: {
      heapMiB: Math.round((median(probes.map((p) => p.heapBytes)) / 2 ** 20) * 10) / 10,
      rssMiB: Math.round((median(probes.map((p) => p.rssBytes)) / 2 ** 20) * 10) / 10,
    },
    note:
      `${first.trips} trips, ${first.people} people; read+validate ${median(probes.map((p) => p.readMs)).toFixed(0)} ms, ` +
      `indexes ${median(probes.map((p) => p.indexMs)).toFixed(0)} ms; holds heap ${mb(median(probes.map((p) => p.heapBytes)))}, ` +
      `RSS ${mb(median(probes.map((p) => p.rssBytes)))} (p99 column = slowest of ${probes.length} cold runs)`,
  };
}
