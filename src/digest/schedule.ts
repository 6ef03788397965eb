import { Cron, type CronOptions } from 'croner';
import { formatClock, localTime } from './zoned-time.js';

/**
 * When a destination gets its digest, on the wall clock of its time zone.
 *
 * The scheduler never asks "is it exactly 08:00 now?" but "has a scheduled minute of
 * today (local) been reached?", and the ledger records each date once. So a time that
 * does not exist on a spring-forward day (02:30) is reached at the first minute after the
 * gap (03:00), a repeated hour on a fall-back day cannot post twice, and a fire missed
 * while the bot was down is caught up later the same local day.
 */
export interface DaySchedule {
  readonly timeZone: string;
  /** "07:30 Europe/Berlin" or "0 8 * * * (cron) America/New_York". */
  readonly description: string;
  /** Whether a scheduled wall-clock minute of `date` lies in (after, upto]. */
  firesBetween(date: string, after: number, upto: number): boolean;
  /** The first scheduled instant after `instant` (croner, in the schedule's zone). */
  nextAfter(instant: Date): Date | undefined;
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/**
 * How tripbot reads a cron expression (croner): five fields, or six with seconds first;
 * day-of-month and day-of-week must both match (as node-cron, which read DIGEST_CRON
 * before); a list or range of times is fixed-time, so on a spring-forward day a time in
 * the gap runs at the first minute after it and a repeated time runs once.
 */
const CRON_OPTIONS = {
  paused: true,
  mode: '5-or-6-parts',
  domAndDow: true,
  fixedTimeRule: 'no-wildcard',
} as const satisfies CronOptions;

function cronIn(expression: string, timeZone: string): Cron {
  return new Cron(expression, { ...CRON_OPTIONS, timezone: timeZone });
}

/** Whether DIGEST_CRON can be read (config validation). */
export function isCronExpression(expression: string): boolean {
  try {
    cronIn(expression, 'UTC');
    return true;
  } catch {
    return false;
  }
}

/** `cron.nextRun(instant)`, for a Cron made on first use (a schedule is built per subscription and pass). */
function nextOf(make: () => Cron): (instant: Date) => Date | undefined {
  let cron: Cron | undefined;
  return (instant) => (cron ??= make()).nextRun(instant) ?? undefined;
}

export function dailyAt(minute: number, timeZone: string): DaySchedule {
  return {
    timeZone,
    description: `${formatClock(minute)} ${timeZone}`,
    firesBetween: (_date, after, upto) => after < minute && minute <= upto,
    nextAfter: nextOf(() => cronIn(`${minute % 60} ${Math.floor(minute / 60)} * * *`, timeZone)),
  };
}

/** A cron expression evaluated on wall-clock fields (day-of-month/week rules included). */
export function cronSchedule(expression: string, timeZone: string): DaySchedule {
  // Evaluated in UTC, whose fields are the wall-clock fields, so even a minute skipped by
  // DST can be asked about. The jobs are paused: croner only computes.
  const wallClock = cronIn(expression, 'UTC');
  return {
    timeZone,
    description: `${expression} (cron) ${timeZone}`,
    firesBetween: (date, after, upto) => {
      const midnight = Date.parse(`${date}T00:00:00Z`);
      // croner drops the milliseconds and looks strictly after: the first minute searched is after + 1.
      const next = wallClock.nextRun(new Date(midnight + (after + 1) * MINUTE - 1));
      return next !== null && next.getTime() < midnight + (upto + 1) * MINUTE;
    },
    nextAfter: nextOf(() => cronIn(expression, timeZone)),
  };
}

/**
 * The local date whose scheduled time has been reached at `now`, if any. `since` (when a
 * subscription was made) excludes scheduled minutes of that day that were already past.
 */
export function dueDate(schedule: DaySchedule, now: Date, since?: Date): string | undefined {
  const here = localTime(now, schedule.timeZone);
  const start = since ? localTime(since, schedule.timeZone) : undefined;
  const after = start?.date === here.date ? start.minute : start && start.date > here.date ? 1440 : -1;
  return schedule.firesBetween(here.date, after, here.minute) ? here.date : undefined;
}

/**
 * The next minute after `now`'s at which the schedule becomes due, within `days`. A time
 * in a spring-forward gap is due at the first minute after the gap; a repeated hour on a
 * fall-back day does not fire again (croner's fixed-time rule, see CRON_OPTIONS).
 *
 * A cron with a wildcard or step in its time fields (`15 * * * *`) is an interval job
 * to croner: on those two days it skips a time in the gap and repeats one in the repeated
 * hour. The scheduler still catches the skipped time up after the gap and posts a date
 * once; only the next run named here differs.
 */
export function nextRun(schedule: DaySchedule, now: Date, days = 8): Date | undefined {
  const minute = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const next = schedule.nextAfter(new Date(minute + MINUTE - 1));
  if (!next) return undefined;
  const due = Math.floor(next.getTime() / MINUTE) * MINUTE;
  return due <= minute + days * DAY ? new Date(due) : undefined;
}
