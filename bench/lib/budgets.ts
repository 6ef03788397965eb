import type { Budget, Row } from './report.js';
import { formatMs } from './report.js';
import { OUTSIDE } from '../suites/startup.js';

/**
 * The issue's budgets (issue 9, item 7). Latency budgets are on p99; cold start on the median
 * cold run; heap on the median cold run's heap after load (whole process, after a full GC);
 * end to end on p50 ratios to a bare SDK handler.
 */
export const LIMITS = {
  commandP99Ms: 2,
  autocompleteP99Ms: 1,
  coldStartMs: 500,
  heapAfterLoadMiB: 150,
  endToEndRatio: 1.3,
  mapP50: 150,
  feedP50: 200,
  /** Issue 13, measured from outside the process: `npm run trip -- where ...` vs `npm pkg get name`. */
  tripWallVsNpm: 2,
  tripPeakRssMiB: 100,
  firstConsoleAnswerMs: 500,
};

const within = (what: string, limit: number, actual: number, baseline: string, unit = 'ms'): Budget => ({
  what,
  limit: `≤ ${limit} ${unit}`,
  actual: `${formatMs(actual)} ${unit}`,
  pass: actual <= limit,
  baseline,
});

export function checkBudgets(rows: readonly Row[]): Budget[] {
  const budgets: Budget[] = [];
  const baselineOf = (row: Row) => rows.find((r) => r.baselineFor === `${row.section}:${row.name}`);
  const fuse = rows.find((r) => r.section === 'fuzzy' && r.name === 'bare fuse.js');
  const fuseText = fuse ? `bare fuse.js person search p99 ${formatMs(fuse.p99)} ms` : '';
  for (const row of rows) {
    if (row.baselineFor) continue;
    if (row.section === 'command') {
      budgets.push(within(`${row.name} p99`, LIMITS.commandP99Ms, row.p99, fuseText));
    }
    if (row.section === 'map' && row.name === 'route map PNG') {
      const bare = rows.find((r) => r.section === 'map' && r.name !== row.name);
      budgets.push(
        within(
          'route map PNG p50',
          LIMITS.mapP50,
          row.p50,
          bare ? `${bare.name} p50 ${formatMs(bare.p50)} ms` : '',
        ),
      );
    }
    if (row.section === 'calendar' && row.name.startsWith('secretary.ics')) {
      // Both rows: the cold build (ical-generator's own cost) and the request a subscriber makes.
      const bare = rows.find((r) => r.section === 'calendar' && r.name.startsWith('bare'));
      budgets.push(
        within(
          `${row.name} p50`,
          LIMITS.feedP50,
          row.p50,
          bare ? `${bare.name} p50 ${formatMs(bare.p50)} ms` : '',
        ),
      );
    }
    if (row.section === 'autocomplete') {
      const bare = baselineOf(row);
      budgets.push(
        within(
          `autocomplete ${row.name} p99`,
          LIMITS.autocompleteP99Ms,
          row.p99,
          bare ? `${bare.name} p99 ${formatMs(bare.p99)} ms` : '',
        ),
      );
    }
    if (row.section === 'start-up') {
      const bare = baselineOf(row);
      budgets.push(
        within(
          'cold start to first answer (median cold run)',
          LIMITS.coldStartMs,
          row.p50,
          bare ? `${bare.name} ${formatMs(bare.p50)} ms` : '',
        ),
      );
      if (row.memory) {
        budgets.push(
          within(
            'heap after load (median cold run)',
            LIMITS.heapAfterLoadMiB,
            row.memory.heapMiB,
            bare?.memory ? `${bare.name}: heap ${bare.memory.heapMiB} MiB` : '',
            'MiB',
          ),
        );
      }
    }
  }
  const processRow = (name: string) => rows.find((r) => r.section === 'process' && r.name === name);
  const trip = processRow(OUTSIDE.trip);
  const npm = processRow(OUTSIDE.npm);
  const node = processRow(OUTSIDE.node);
  const bareNode = node ? `, ${node.name} ${formatMs(node.p50)} ms` : '';
  if (trip && npm) {
    const ratio = trip.p50 / npm.p50;
    budgets.push({
      what: `${trip.name}: wall time (median) vs npm's own start-up`,
      limit: `≤ ${LIMITS.tripWallVsNpm}×`,
      actual: `${ratio.toFixed(2)}× (${formatMs(trip.p50)} ms)`,
      pass: ratio <= LIMITS.tripWallVsNpm,
      baseline: `${npm.name} ${formatMs(npm.p50)} ms${bareNode}`,
    });
  }
  if (trip?.memory) {
    budgets.push(
      within(
        `${trip.name}: peak RSS (median)`,
        LIMITS.tripPeakRssMiB,
        trip.memory.rssMiB,
        node?.memory ? `${node.name}: ${node.memory.rssMiB} MiB` : '',
        'MiB',
      ),
    );
  }
  const start = processRow(OUTSIDE.start);
  if (start) {
    budgets.push(
      within(
        `${start.name} (median)`,
        LIMITS.firstConsoleAnswerMs,
        start.p50,
        `${npm ? `${npm.name} ${formatMs(npm.p50)} ms` : ''}${bareNode}`,
      ),
    );
  }
  for (const row of rows.filter((r) => r.postsPerChannel)) {
    const { min, max } = row.postsPerChannel ?? { min: NaN, max: NaN };
    budgets.push({
      what: 'digest fan-out: posts per channel per day',
      limit: 'exactly 1',
      actual: min === max ? String(min) : `${min} to ${max}`,
      pass: min === 1 && max === 1,
    });
  }
  for (const section of ['slack', 'discord'] as const) {
    const [ours, baseline] = rows.filter((r) => r.section === section);
    if (!ours || !baseline) continue;
    const ratio = ours.p50 / baseline.p50;
    budgets.push({
      what: `${section} end to end p50 vs bare`,
      limit: `≤ ${LIMITS.endToEndRatio}×`,
      actual: `${ratio.toFixed(2)}× (${formatMs(ours.p50)} ms)`,
      pass: ratio <= LIMITS.endToEndRatio,
      baseline: `${baseline.name} p50 ${formatMs(baseline.p50)} ms`,
    });
  }
  return budgets;
}
