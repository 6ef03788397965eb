/** resolveDate: the ways people type a date, "today" in the user's zone, and refusals. */
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/query/dates.js';
import { UserError } from '../../src/errors.js';
const NY = 'America/New_York';
/** Well after the trip: a year-less date is the latest such date on or before June 1, 2025. */
const LATER = new Date('2025-06-01T12:00:00Z');

describe('resolveDate', () => {
  it.each([
    ['2023-11-07', '2023-11-07'],
    ['Nov 7', '2024-11-07'],
    ['nov 7', '2024-11-07'],
    ['November 7', '2024-11-07'],
    ['7 November 2023', '2023-11-07'],
    ['November 7, 2023', '2023-11-07'],
    ['11/7/2023', '2023-11-07'],
    ['  2023-11-10  ', '2023-11-10'],
    ['Nov 2', '2024-11-02'],
    ['May 31', '2025-05-31'],
    ['June 1', '2025-06-01'],
    ['June 2', '2024-06-02'],
    ['Feb 29', '2024-02-29'],
  ])('reads %j as %s', (text, date) => {
    expect(resolveDate(text, LATER, NY).date).toBe(date);
  });

  it('says how a year-less date was read: the latest on or before today', () => {
    const resolved = resolveDate('Nov 7', LATER, NY);
    expect(resolved.note).toBe('no year given: read as November 7, 2024, the latest on or before today');
    expect(resolveDate('2023-11-07', LATER, NY).note).toBeUndefined();
  });

  it.each([
    // 2023-11-07T15:00Z (the fixture's DURING_TRIP) is Nov 7 in Washington
    ['Nov 7', 'America/New_York', '2023-11-07T15:00:00Z', '2023-11-07'],
    ['Nov 2', 'America/New_York', '2023-11-07T15:00:00Z', '2023-11-02'],
    ['Nov 8', 'America/New_York', '2023-11-07T15:00:00Z', '2022-11-08'],
    // 20:00 UTC on Nov 7 is already Nov 8 in Auckland, still Nov 7 in Los Angeles
    ['Nov 8', 'Pacific/Auckland', '2023-11-07T20:00:00Z', '2023-11-08'],
    ['Nov 8', 'America/Los_Angeles', '2023-11-07T20:00:00Z', '2022-11-08'],
  ])('reads %j in %s at %s as %s (today in the user’s zone)', (text, zone, now, date) => {
    expect(resolveDate(text, new Date(now), zone).date).toBe(date);
  });

  it.each([
    // 20:00 UTC on Nov 7 is Nov 8 09:00 in Auckland (UTC+13) and Nov 7 12:00 in Los Angeles (UTC-8)
    ['today', 'Pacific/Auckland', '2023-11-08'],
    ['today', 'America/Los_Angeles', '2023-11-07'],
    ['yesterday', 'Pacific/Auckland', '2023-11-07'],
    ['yesterday', 'America/Los_Angeles', '2023-11-06'],
    ['Today', 'Asia/Tokyo', '2023-11-08'],
    ['today', 'UTC', '2023-11-07'],
  ])('%s in %s at 2023-11-07T20:00Z is %s', (text, zone, date) => {
    expect(resolveDate(text, new Date('2023-11-07T20:00:00Z'), zone).date).toBe(date);
  });

  it('takes the month first in numeric dates (U.S. order)', () => {
    expect(resolveDate('11/2/2023', LATER, NY).date).toBe('2023-11-02');
    expect(resolveDate('2/11/2023', LATER, NY).date).toBe('2023-02-11');
  });

  it.each([
    '2023-02-30',
    '13/7/2023',
    'banana',
    'Nov 31',
    'Novembr 40',
    '2023-11',
    'x'.repeat(500),
    '@everyone 7',
  ])('refuses %j with BAD_DATE and a hint', (text) => {
    let caught: unknown;
    try {
      resolveDate(text, LATER, NY);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).code).toBe('BAD_DATE');
    expect((caught as UserError).hint).toMatch(/2023-11-07/);
    expect((caught as UserError).message.length).toBeLessThan(120);
  });
});

describe('weekday names', () => {
  // 2023-11-07 was a Tuesday (15:00Z is 10:00 in New York).
  const TUESDAY = new Date('2023-11-07T15:00:00Z');
  it.each([
    ['tuesday', '2023-11-07'],
    ['Monday', '2023-11-06'],
    ['wed', '2023-11-01'],
    ['last sunday', '2023-11-05'],
  ])('"%s" is the most recent such day, today included: %s', (text, date) => {
    const resolved = resolveDate(text, TUESDAY, 'America/New_York');
    expect(resolved.date).toBe(date);
    expect(resolved.note).toMatch(/most recent/);
  });
});

describe('numeric dates say which order they were read in', () => {
  it.each([
    // dots: day.month.year
    ['8.11.2023', '2023-11-08', 'day.month.year order, as dotted dates are written; not August 11, 2023'],
    ['25.12.2023', '2023-12-25', 'day.month.year order, as dotted dates are written'],
    ['7.7.2023', '2023-07-07', 'day.month.year order, as dotted dates are written'],
    // slashes and dashes: U.S. month/day/year, with a note only when the other order is a date too
    ['11/7/2023', '2023-11-07', 'U.S. month/day/year order; not July 11, 2023'],
    ['11-7-2023', '2023-11-07', 'U.S. month/day/year order; not July 11, 2023'],
    ['11/13/2023', '2023-11-13', undefined],
    ['11/11/2023', '2023-11-11', undefined],
  ])('%s is %s (%s)', (text, date, note) => {
    const resolved = resolveDate(text, LATER, NY);
    expect(resolved.date).toBe(date);
    expect(resolved.note).toBe(note);
  });

  it.each(['13.13.2023', '31.2.2023', '13/13/2023'])('refuses %j', (text) => {
    expect(() => resolveDate(text, LATER, NY)).toThrow(UserError);
  });
});
