import { describe, expect, it } from 'vitest';
import {
  cronSchedule,
  dailyAt,
  dueDate,
  isCronExpression,
  nextRun,
  type DaySchedule,
} from '../../src/digest/schedule.js';

const NY = 'America/New_York';
const MINUTE = 60_000;

/** Every instant (minute by minute) from `from` to `to` at which `dueDate` first yields each date. */
function firstDueTimes(schedule: DaySchedule, from: string, to: string): Record<string, string> {
  const first: Record<string, string> = {};
  for (let t = Date.parse(from); t <= Date.parse(to); t += MINUTE) {
    const date = dueDate(schedule, new Date(t));
    if (date && !first[date]) first[date] = new Date(t).toISOString();
  }
  return first;
}

describe.each([
  ['a daily 02:30 time', dailyAt(150, NY)],
  ['the cron 30 2 * * *', cronSchedule('30 2 * * *', NY)],
])('%s in America/New_York', (_name, schedule) => {
  it('is due once on the spring-forward day, at 03:00 EDT when 02:30 does not exist', () => {
    // 2024-03-10: clocks jump from 02:00 EST to 03:00 EDT (07:00 UTC).
    expect(firstDueTimes(schedule, '2024-03-09T05:00:00Z', '2024-03-12T03:59:00Z')).toEqual({
      '2024-03-09': '2024-03-09T07:30:00.000Z',
      '2024-03-10': '2024-03-10T07:00:00.000Z',
      '2024-03-11': '2024-03-11T06:30:00.000Z',
    });
    expect(nextRun(schedule, new Date('2024-03-10T05:00:00Z'))?.toISOString()).toBe(
      '2024-03-10T07:00:00.000Z',
    );
  });

  it('is due from 02:30 EST on the fall-back day, and the next run after it is the next day', () => {
    // 2024-11-03: 02:00 EDT falls back to 01:00 EST (06:00 UTC); 02:30 EST is 07:30 UTC.
    expect(firstDueTimes(schedule, '2024-11-02T04:00:00Z', '2024-11-05T04:59:00Z')).toEqual({
      '2024-11-02': '2024-11-02T06:30:00.000Z',
      '2024-11-03': '2024-11-03T07:30:00.000Z',
      '2024-11-04': '2024-11-04T07:30:00.000Z',
    });
    expect(nextRun(schedule, new Date('2024-11-03T07:30:00Z'))?.toISOString()).toBe(
      '2024-11-04T07:30:00.000Z',
    );
  });
});

describe('a 01:30 time on the fall-back day (01:00-01:59 happens twice)', () => {
  const schedule = dailyAt(90, NY);
  it('becomes due at the first 01:30 and the next run is the following day, not the repeated 01:30', () => {
    expect(nextRun(schedule, new Date('2024-11-03T04:00:00Z'))?.toISOString()).toBe(
      '2024-11-03T05:30:00.000Z',
    );
    expect(nextRun(schedule, new Date('2024-11-03T05:30:00Z'))?.toISOString()).toBe(
      '2024-11-04T06:30:00.000Z',
    );
  });
});

describe('dueDate', () => {
  it('uses the destination’s local date, not UTC', () => {
    const tokyo = dailyAt(7 * 60, 'Asia/Tokyo');
    // 2025-06-01T23:00Z is 08:00 on June 2 in Tokyo.
    expect(dueDate(tokyo, new Date('2025-06-01T23:00:00Z'))).toBe('2025-06-02');
    expect(dueDate(tokyo, new Date('2025-06-01T21:00:00Z'))).toBeUndefined();
  });

  it('does not owe a subscription the scheduled time that had passed when it was made', () => {
    const berlin = dailyAt(7 * 60 + 30, 'Europe/Berlin');
    const madeAt = new Date('2025-06-02T08:00:00Z'); // 10:00 in Berlin
    expect(dueDate(berlin, new Date('2025-06-02T09:00:00Z'), madeAt)).toBeUndefined();
    expect(dueDate(berlin, new Date('2025-06-03T05:30:00Z'), madeAt)).toBe('2025-06-03');
    expect(dueDate(berlin, new Date('2025-06-02T09:00:00Z'), new Date('2025-06-02T05:00:00Z'))).toBe(
      '2025-06-02',
    );
  });

  it('follows cron day-of-week fields', () => {
    const weekdays = cronSchedule('0 8 * * 1-5', NY);
    expect(dueDate(weekdays, new Date('2025-06-06T13:00:00Z'))).toBe('2025-06-06'); // Friday 09:00 EDT
    expect(dueDate(weekdays, new Date('2025-06-07T13:00:00Z'))).toBeUndefined(); // Saturday
    expect(nextRun(weekdays, new Date('2025-06-06T13:00:00Z'))?.toISOString()).toBe(
      '2025-06-09T12:00:00.000Z',
    );
  });

  it('needs both day-of-month and day-of-week when a cron gives both', () => {
    const fridayThe13th = cronSchedule('0 8 13 * 5', NY);
    expect(dueDate(fridayThe13th, new Date('2025-06-06T13:00:00Z'))).toBeUndefined(); // Friday the 6th
    expect(nextRun(fridayThe13th, new Date('2025-06-06T13:00:00Z'))?.toISOString()).toBe(
      '2025-06-13T12:00:00.000Z',
    );
    expect(nextRun(fridayThe13th, new Date('2025-06-13T13:00:00Z'))).toBeUndefined(); // none within 8 days
  });
});

describe('isCronExpression', () => {
  it('accepts five fields or six with seconds, and nothing else', () => {
    expect(isCronExpression('0 8 * * *')).toBe(true);
    expect(isCronExpression('30 0 8 * * MON-FRI')).toBe(true);
    expect(isCronExpression('0 8 * *')).toBe(false);
    expect(isCronExpression('0 0 8 * * * 2025')).toBe(false);
    expect(isCronExpression('60 8 * * *')).toBe(false);
  });
});
