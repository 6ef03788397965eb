/** whenAt: the dates at a city or country, through the page's names, aliases and misspellings. */
import { describe, expect, it } from 'vitest';
import { whenAt } from '../../src/query/places.js';
import { tripLibrary } from '../fixtures/trip.js';

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
    ['Türkiye', 'Ankara', '2023-11-06', '2023-11-06', 'inferred'],
    ['Turkiye', 'Ankara', '2023-11-06', '2023-11-06', 'inferred'],
    ['Turkey', 'Ankara', '2023-11-06', '2023-11-06', 'inferred'],
    ['Ankara', 'Ankara', '2023-11-06', '2023-11-06', 'inferred'],
    ['Delhi', 'New Delhi', '2023-11-09', '2023-11-10', 'documented'],
    ['India', 'New Delhi', '2023-11-09', '2023-11-10', 'documented'],
    ['West Bank', 'Ramallah', '2023-11-04', '2023-11-05', 'inferred'],
    ['Israel', 'Tel Aviv', '2023-11-03', '2023-11-03', 'documented'],
    ['Japan', 'Tokyo', '2023-11-07', '2023-11-08', 'documented'],
    ['Iraq', 'Baghdad', '2023-11-05', '2023-11-05', 'documented'],
    ['Jordan', 'Amman', '2023-11-04', '2023-11-04', 'documented'],
  ])('%s -> %s, %s to %s (%s)', (query, city, from, to, basis) => {
    const { stops } = whenAt(library, query);
    expect(stops.map((s) => ({ city: s.city, from: s.from, to: s.to, basis: s.basis }))).toEqual([
      { city, from, to, basis },
    ]);
  });

  it('says which name a fuzzy query was read as', () => {
    expect(whenAt(library, 'Seol').matched).toBe('Seoul');
  });

  it.each(['Paris', 'xyzzy', '', '🙂', '@everyone'])('finds no stop for %j', (query) => {
    expect(whenAt(library, query).stops).toEqual([]);
  });
});
