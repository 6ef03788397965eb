/** whereOn: the stops on a date, from the dates the page documents (or the route implies). */
import { describe, expect, it } from 'vitest';
import { whereOn } from '../../src/query/where.js';
import { tripLibrary, TRIP_ID } from '../fixtures/trip.js';

const library = tripLibrary();
const summary = (date: string) => whereOn(library, date).stops.map((s) => `${s.city}:${s.basis}`);

describe('whereOn', () => {
  it.each([
    ['2023-11-03', ['Tel Aviv:documented'], false],
    ['2023-11-04', ['Amman:documented', 'Ramallah:inferred'], false],
    ['2023-11-05', ['Ramallah:inferred', 'Baghdad:documented'], false],
    ['2023-11-06', ['Ankara:inferred'], false],
    ['2023-11-07', ['Tokyo:documented'], false],
    ['2023-11-08', ['Tokyo:documented', 'Seoul:documented'], true],
    ['2023-11-09', ['Seoul:documented', 'New Delhi:documented'], true],
    ['2023-11-10', ['New Delhi:documented'], false],
  ])('%s: %j (travel day: %s)', (date, stops, travelDay) => {
    const result = whereOn(library, date);
    expect(summary(date)).toEqual(stops);
    expect(result.travelDay).toBe(travelDay);
    expect(result.trip?.id).toBe(TRIP_ID);
  });

  it('places Tokyo in Japan on November 7, documented', () => {
    const [tokyo, ...others] = whereOn(library, '2023-11-07').stops;
    expect(others).toEqual([]);
    expect(tokyo).toMatchObject({
      city: 'Tokyo',
      country: 'Japan',
      basis: 'documented',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('infers Ankara, Türkiye on November 6 and says why', () => {
    const [ankara] = whereOn(library, '2023-11-06').stops;
    expect(ankara).toMatchObject({ city: 'Ankara', country: 'Türkiye', basis: 'inferred' });
    expect(ankara?.reason).toMatch(/Baghdad.*Tokyo/s);
  });

  it('counts November 2 as day 1 of 9 with no stop, and names the next one', () => {
    const result = whereOn(library, '2023-11-02');
    expect(result.stops).toEqual([]);
    expect(result.trip).toMatchObject({ day: 1, of: 9 });
    expect(result.note).toMatch(/Tel Aviv/);
  });

  it.each([
    ['2023-11-11', '2023-11-10'],
    ['2024-03-01', '2023-11-10'],
    ['2023-10-30', '2023-11-10'],
  ])('outside the trip (%s): no stop, the nearest trip (ending %s) named', (date, lastDay) => {
    const result = whereOn(library, date);
    expect(result.stops).toEqual([]);
    expect(result.trip).toBeUndefined();
    expect(result.travelDay).toBe(false);
    expect(result.nearest).toMatchObject({ id: TRIP_ID, firstDay: '2023-11-02', lastDay });
  });
});
