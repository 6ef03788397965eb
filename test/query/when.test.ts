/**
 * whenAt: every stay at a city or country in the whole record, newest first, through the
 * names the record and the page use, aliases and misspellings. The November 2023 stays
 * carry the Historian's local dates (secretary-travels/blinken-antony-j.xml).
 */
import { describe, expect, it } from 'vitest';
import { whenAt } from '../../src/query/places.js';
import { tripLibrary, TRIP_ID } from '../fixtures/trip.js';

const library = tripLibrary();

describe('whenAt', () => {
  it.each([
    ['Seoul', 'Seoul', '2023-11-08', '2023-11-09', 'documented'],
    ['seoul', 'Seoul', '2023-11-08', '2023-11-09', 'documented'],
    ['ROK', 'Seoul', '2023-11-08', '2023-11-09', 'documented'],
    ['Korea', 'Seoul', '2023-11-08', '2023-11-09', 'documented'],
    ['South Korea', 'Seoul', '2023-11-08', '2023-11-09', 'documented'],
    ['Republic of Korea', 'Seoul', '2023-11-08', '2023-11-09', 'documented'],
    ['Seol', 'Seoul', '2023-11-08', '2023-11-09', 'documented'],
    ['Türkiye', 'Ankara', '2023-11-05', '2023-11-06', 'documented'],
    ['Turkiye', 'Ankara', '2023-11-05', '2023-11-06', 'documented'],
    ['Turkey', 'Ankara', '2023-11-05', '2023-11-06', 'documented'],
    ['Ankara', 'Ankara', '2023-11-05', '2023-11-06', 'documented'],
    ['Delhi', 'New Delhi', '2023-11-09', '2023-11-10', 'documented'],
    ['India', 'New Delhi', '2023-11-09', '2023-11-10', 'documented'],
    ['West Bank', 'Ramallah', '2023-11-05', '2023-11-05', 'documented'],
    ['Israel', 'Tel Aviv', '2023-11-03', '2023-11-03', 'documented'],
    ['Japan', 'Tokyo', '2023-11-07', '2023-11-08', 'documented'],
    ['Iraq', 'Baghdad', '2023-11-05', '2023-11-05', 'documented'],
    ['Jordan', 'Amman', '2023-11-03', '2023-11-04', 'documented'],
  ])('%s -> %s, %s to %s (%s) on the November 2023 trip', (query, city, from, to, basis) => {
    const { stops } = whenAt(library, query);
    const onTrip = stops.filter((s) => s.trip === TRIP_ID);
    expect(onTrip.map((s) => ({ city: s.city, from: s.from, to: s.to, basis: s.basis }))).toEqual([
      { city, from, to, basis },
    ]);
    // the whole record, newest first
    const starts = stops.map((s) => s.from);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  // Seoul in the XML (both offices, exact duplicates 3993/4020 counted once): 70 stays;
  // the newest 4275 (Blinken, 2025-01-06), then 4221 (2024-03-17..18), then 4182 (2023-11-08..09).
  it('lists every Seoul stay of the record, newest first, with who went', () => {
    const { stops } = whenAt(library, 'Seoul');
    expect(stops).toHaveLength(70);
    expect(stops.slice(0, 3).map((s) => [s.from, s.to, s.person, s.country])).toEqual([
      ['2025-01-06', '2025-01-06', 'Secretary Blinken', 'Korea, Republic of'],
      ['2024-03-17', '2024-03-18', 'Secretary Blinken', 'Korea, South'],
      ['2023-11-08', '2023-11-09', 'Secretary Blinken', 'Korea, Republic of'],
    ]);
    expect(stops[2]?.sources.map((s) => s.kind)).toEqual(['historian', 'page']);
  });

  it('keeps one office when asked: the President’s Seoul stays only', () => {
    const stops = whenAt(library, 'Seoul', 'president').stops;
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.every((s) => s.traveler === 'president')).toBe(true);
    // 4103: President Biden, Seoul, 2022-05-19..21 (president-travels/biden-joseph-r.xml)
    expect(stops[0]).toMatchObject({ from: '2022-05-19', to: '2022-05-21', person: 'President Biden' });
  });

  it('says which name a fuzzy query was read as', () => {
    expect(whenAt(library, 'Seol').matched).toBe('Seoul');
  });

  // Paris is on record now (e.g. record 4226, Blinken, 2024-04-01..02).
  it('finds Paris in the whole record', () => {
    expect(whenAt(library, 'Paris').stops.some((s) => s.from === '2024-04-01' && s.to === '2024-04-02')).toBe(
      true,
    );
  });

  it.each(['xyzzy', '', '🙂', '@everyone'])('finds no stop for %j', (query) => {
    expect(whenAt(library, query).stops).toEqual([]);
  });
});
