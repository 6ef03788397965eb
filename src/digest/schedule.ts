import cron from 'node-cron';
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
}

export function dailyAt(minute: number, timeZone: string): DaySchedule {
  return {
    timeZone,
    description: `${formatClock(minute)} ${timeZone}`,
    firesBetween: (_date, after, upto) => after < minute && minute <= upto,
  };
}

/** A cron expression evaluated on wall-clock fields (node-cron's own matcher, day-of-month/week rules included). */
export function cronSchedule(expression: string, timeZone: string): DaySchedule {
  const second = cron.parse(expression).second[0] ?? 0;
  // Evaluated in UTC on a Date whose UTC fields are the wall-clock fields, so even a
  // minute skipped by DST can be asked about. The task is never started.
  const task = cron.createTask(expression, () => undefined, { timezone: 'UTC' });
  const match = task.match.bind(task);
  void task.destroy();
  const minutesByDate = new Map<string, number[]>();
  const minutesOf = (date: string): number[] => {
    let minutes = minutesByDate.get(date);
    if (!minutes) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      minutes = [];
      for (let min = 0; min < 1440; min++) {
        if (match(new Date(Date.UTC(y, m - 1, d, Math.floor(min / 60), min % 60, second)))) minutes.push(min);
      }
      if (minutesByDate.size > 64) minutesByDate.clear();
      minutesByDate.set(date, minutes);
    }
    return minutes;
  };
  return {
    timeZone,
    description: `${expression} (cron) ${timeZone}`,
    firesBetween: (date, after, upto) => minutesOf(date).some((min) => after < min && min <= upto),
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

const MINUTE = 60_000;

/** The next instant after `now` at which the schedule becomes due (minute precision), within `days`. */
export function nextRun(schedule: DaySchedule, now: Date, days = 8): Date | undefined {
  let t = Math.floor(now.getTime() / MINUTE) * MINUTE;
  let { date, minute: reached } = localTime(new Date(t), schedule.timeZone);
  for (let i = 0; i < days * 1440; i++) {
    t += MINUTE;
    const here = localTime(new Date(t), schedule.timeZone);
    if (here.date !== date) [date, reached] = [here.date, -1];
    // On a fall-back day the clock repeats an hour: minutes already reached do not fire again.
    if (here.minute > reached && schedule.firesBetween(date, reached, here.minute)) return new Date(t);
    reached = Math.max(reached, here.minute);
  }
  return undefined;
}
