import type { LedgerEntry } from '../store/index.js';
import { nextRun, type DaySchedule } from './schedule.js';
import { describeInstant, formatClock, localTime } from './zoned-time.js';
import { readerTime } from '../render/reader-time.js';

/**
 * "Tue, Jun 3, 2025, 07:30 GMT+2 (05:30 UTC)": the next run in the schedule's zone and in UTC,
 * marked so Slack and Discord show it in each reader's zone (see render/reader-time.ts).
 */
export function nextRunText(schedule: DaySchedule, now: Date): string {
  const next = nextRun(schedule, now);
  if (!next) return 'none in the next week';
  const sameDay = localTime(next, 'UTC').date === localTime(next, schedule.timeZone).date;
  const utc = sameDay ? `${formatClock(localTime(next, 'UTC').minute)} UTC` : describeInstant(next, 'UTC');
  return readerTime(next, `${describeInstant(next, schedule.timeZone)} (${utc})`);
}

/** One line of `/trip digest status` per ledger entry. */
export function ledgerLine(entry: LedgerEntry): string {
  const when = describeInstant(new Date(entry.updatedAt), 'UTC');
  const attempts = entry.attempts > 1 ? `, ${entry.attempts} attempts` : '';
  switch (entry.state) {
    case 'sent':
      return `${entry.date}: sent (message ${entry.messageId ?? '?'}${attempts}), ${when}`;
    case 'failed':
      return `${entry.date}: failed: ${entry.reason ?? 'no reason recorded'}${attempts}, ${when}`;
    case 'claimed':
      return `${entry.date}: being delivered (claimed ${when})`;
  }
}
