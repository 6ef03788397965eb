/** resolveDate: the ways people type a date, "today" in the user's zone, and refusals. */
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/query/dates.js';
import { UserError } from '../../src/errors.js';
import { tripLibrary } from '../fixtures/trip.js';

const library = tripLibrary();
const NY = 'America/New_York';
/** Well after the trip, so a year-less date cannot fall back on "this year" by luck. */
const LATER = new Date('2025-06-01T12:00:00Z');

describe('resolveDate', () => {
  it.each([
    ['2023-11-07', '2023-11-07'],
    ['Nov 7', '2023-11-07'],
    ['nov 7', '2023-11-07'],
    ['November 7', '2023-11-07'],
    ['7 November 2023', '2023-11-07'],
    ['November 7, 2023', '2023-11-07'],
    ['11/7/2023', '2023-11-07'],
    ['  2023-11-10  ', '2023-11-10'],
    ['Nov 2', '2023-11-02'],
  ])('reads %j as %s', (text, date) => {
    expect(resolveDate(text, library, LATER, NY).date).toBe(date);
  });

  it('says how a year-less date was read: the trip that has it', () => {
    const resolved = resolveDate('Nov 7', library, LATER, NY);
    expect(resolved.note).toMatch(/trip/);
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
    expect(resolveDate(text, library, new Date('2023-11-07T20:00:00Z'), zone).date).toBe(date);
  });

  it('takes the month first in numeric dates (U.S. order)', () => {
    expect(resolveDate('11/2/2023', library, LATER, NY).date).toBe('2023-11-02');
    expect(resolveDate('2/11/2023', library, LATER, NY).date).toBe('2023-02-11');
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
      resolveDate(text, library, LATER, NY);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).code).toBe('BAD_DATE');
    expect((caught as UserError).hint).toMatch(/2023-11-07/);
    expect((caught as UserError).message.length).toBeLessThan(120);
  });
});
