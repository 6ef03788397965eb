import type { Budget, Row } from './report.js';
import { formatMs } from './report.js';

/** The budgets. Latency budgets are on p99; start-up on the median cold run; end to end on p50 ratios. */
export const LIMITS = {
  commandReal: 1,
  commandArchive: 10,
  autocompleteArchive: 5,
  startupReal: 150,
  startupArchive: 1500,
  endToEndRatio: 1.3,
};

const within = (what: string, limit: number, actual: number, unit = 'ms'): Budget => ({
  what,
  limit: `≤ ${limit} ${unit}`,
  actual: `${formatMs(actual)} ${unit}`,
  pass: actual <= limit,
});

export function checkBudgets(rows: readonly Row[]): Budget[] {
  const budgets: Budget[] = [];
  for (const row of rows) {
    const real = row.scale === 'real trip';
    if (row.section === 'command' || row.section === 'autocomplete') {
      const limit = real
        ? LIMITS.commandReal
        : row.section === 'autocomplete'
          ? LIMITS.autocompleteArchive
          : LIMITS.commandArchive;
      const name = row.section === 'autocomplete' ? `autocomplete ${row.name}` : row.name;
      budgets.push(within(`${name} p99, ${row.scale}`, limit, row.p99));
    }
    if (row.section === 'start-up') {
      budgets.push(
        within(
          `start-up (median cold run), ${row.scale}`,
          real ? LIMITS.startupReal : LIMITS.startupArchive,
          row.p50,
        ),
      );
    }
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
    for (const scale of ['real trip', 'archive'] as const) {
      const [ours, baseline] = rows.filter((r) => r.section === section && r.scale === scale);
      if (!ours || !baseline) continue;
      const ratio = ours.p50 / baseline.p50;
      budgets.push({
        what: `${section} end to end p50 vs bare, ${scale}`,
        limit: `≤ ${LIMITS.endToEndRatio}×`,
        actual: `${ratio.toFixed(2)}× (${formatMs(ours.p50)} vs ${formatMs(baseline.p50)} ms)`,
        pass: ratio <= LIMITS.endToEndRatio,
      });
    }
  }
  return budgets;
}
