/**
 * whereOn: the stays on a date. For November 2023 the Historian's dated records
 * (secretary-travels/blinken-antony-j.xml, records 4177-4183 and 4189) replace the page's
 * inferences; the page's own dating is kept on each stop. Expected values read off the XML.
 */
import { describe, expect, it } from 'vitest';
import { whereOn } from '../../src/query/where.js';
import { Library } from '../../src/query/library.js';
import { pageItinerary, tripLibrary, TRIP_ID } from '../fixtures/trip.js';

const library = tripLibrary();
const summary = (date: string) => whereOn(library, date).stops.map((s) => `${s.city}:${s.basis}`);

describe('whereOn', () => {
  it.each([
    // 4177 Tel Aviv 11-03; 4178 Amman 11-03..11-04
    ['2023-11-03', ['Tel Aviv:documented', 'Amman:documented'], true],
    ['2023-11-04', ['Amman:documented'], false],
    // 4179 Ramallah 11-05; 4180 Baghdad 11-05; 4189 Ankara 11-05..11-06
    ['2023-11-05', ['Ramallah:documented', 'Baghdad:documented', 'Ankara:documented'], true],
    ['2023-11-06', ['Ankara:documented'], false],
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

  it('puts Ankara, Türkiye on November 6 from record 4189 (local dates), keeping the page’s inference beside it', () => {
    const [ankara, ...others] = whereOn(library, '2023-11-06').stops;
    expect(others).toEqual([]);
    expect(ankara).toMatchObject({
      city: 'Ankara',
      country: 'Türkiye',
      from: '2023-11-05',
      to: '2023-11-06',
      basis: 'documented',
      dates: 'local',
    });
    expect(ankara?.sources.map((s) => s.kind)).toEqual(['historian', 'page']);
    expect(ankara?.sources[0]).toMatchObject({ kind: 'historian', records: ['4189'] });
    expect(ankara?.page).toMatchObject({ from: '2023-11-06', to: '2023-11-06', basis: 'inferred' });
    expect(ankara?.page?.reason).toMatch(/Baghdad.*Tokyo/s);
  });

  it('the page alone still infers Ankara, Türkiye on November 6 and says why', () => {
    const [ankara] = whereOn(new Library([pageItinerary()]), '2023-11-06').stops;
    expect(ankara).toMatchObject({
      city: 'Ankara',
      country: 'Türkiye',
      basis: 'inferred',
      dates: 'washington',
    });
    expect(ankara?.reason).toMatch(/Baghdad.*Tokyo/s);
  });

  it('counts November 2 as day 1 of 9 with no stop, and names the next one', () => {
    const result = whereOn(library, '2023-11-02');
    expect(result.stops).toEqual([]);
    expect(result.trip).toMatchObject({ day: 1, of: 9 });
    expect(result.note).toMatch(/Tel Aviv/);
  });

  // Blinken's trips around it, grouped from the XML (a gap of a day or less joins stays):
  // Oct 11-18, 2023 (4176...4166); Nov 2-10 (this trip); Nov 28 - Dec 1 (4184...4187);
  // Feb 20-23, 2024 (4216, 4217); Mar 11, 2024 (4218, Kingston).
  it.each([
    ['2023-11-11', ['2023-11-02', '2023-11-10'], ['2023-11-28', '2023-12-01']],
    ['2024-03-01', ['2024-02-20', '2024-02-23'], ['2024-03-11', '2024-03-11']],
    ['2023-10-30', ['2023-10-11', '2023-10-18'], ['2023-11-02', '2023-11-10']],
  ])(
    'between trips (%s): no stop, no trip, the previous (%j) and next (%j) trips named',
    (date, previous, next) => {
      const result = whereOn(library, date);
      expect(result.stops).toEqual([]);
      expect(result.trip).toBeUndefined();
      expect(result.travelDay).toBe(false);
      expect(result.outside).toBe('no-travel');
      expect(result.officeholder?.person).toBe('blinken-antony-j');
      expect([result.previous?.firstDay, result.previous?.lastDay]).toEqual(previous);
      expect([result.next?.firstDay, result.next?.lastDay]).toEqual(next);
    },
  );

  it('names this trip as the previous one on November 11 and the next one on October 30', () => {
    expect(whereOn(library, '2023-11-11').previous?.id).toBe(TRIP_ID);
    expect(whereOn(library, '2023-10-30').next?.id).toBe(TRIP_ID);
  });
});
