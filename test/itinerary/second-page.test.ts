/**
 * A second, hand-made page (test/fixtures/mini-trip-page.txt): a stop known only from a
 * call, and a library holding two trips. Expected values read off that fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildItinerary } from '../../src/itinerary/ingest/index.js';
import { Library } from '../../src/query/library.js';
import { resolveDate } from '../../src/query/dates.js';
import { whereOn } from '../../src/query/where.js';
import { whenAt } from '../../src/query/places.js';
import { findPeople } from '../../src/query/people.js';
import { pageItinerary } from '../fixtures/trip.js';

const text = readFileSync(new URL('../fixtures/mini-trip-page.txt', import.meta.url), 'utf8');
const mini = buildItinerary(text, '2024-02-05-mini-trip');
/** Two trips from two pages alone: the committed page's and the mini page's. */
const library = new Library([pageItinerary(), mini]);
const LATER = new Date('2025-06-01T12:00:00Z');

describe('a second page', () => {
  it('reads its route, countries and days', () => {
    expect(mini.stops.map((s) => [s.city, s.countryCode, s.timeZone])).toEqual([
      ['London', 'GB', 'Europe/London'],
      ['Paris', 'FR', 'Europe/Paris'],
      ['Berlin', 'DE', 'Europe/Berlin'],
    ]);
    expect([mini.trip.firstDay, mini.trip.lastDay]).toEqual(['2024-02-05', '2024-02-08']);
  });

  it('does not let a call prove Paris: it is inferred on the free day, and says why', () => {
    const paris = mini.stops.find((s) => s.city === 'Paris')!;
    expect(mini.documents.find((d) => d.section === 'Paris')?.kind).toBe('call');
    expect({ from: paris.from, to: paris.to, basis: paris.basis }).toEqual({
      from: '2024-02-07',
      to: '2024-02-07',
      basis: 'inferred',
    });
    expect(paris.reason).toMatch(/call/);
    expect(paris.reason).toMatch(/London/);
    expect(paris.reason).toMatch(/Berlin/);
  });

  it('documents London February 5-6 and Berlin February 8', () => {
    const dates = (city: string) =>
      mini.stops.filter((s) => s.city === city).map((s) => [s.from, s.to, s.basis]);
    expect(dates('London')).toEqual([['2024-02-05', '2024-02-06', 'documented']]);
    expect(dates('Berlin')).toEqual([['2024-02-08', '2024-02-08', 'documented']]);
  });

  it('maps "the United Kingdom" to London and labels the French sentence planned', () => {
    const uk = mini.topics.find((t) => t.text.startsWith('In the United Kingdom'));
    expect(uk?.stopIds).toEqual(['london']);
    const france = mini.topics.find((t) => t.text.startsWith('In France'));
    expect(france).toMatchObject({ stopIds: ['paris'], status: 'planned' });
  });

  it('names Sunak, Séjourné and Baerbock with their countries', () => {
    expect(mini.people.map((p) => [p.familyName, p.country]).sort()).toEqual([
      ['Baerbock', 'Germany'],
      ['Sunak', 'United Kingdom'],
      ['Séjourné', 'France'],
    ]);
  });
});

describe('a library of two trips', () => {
  it('reads a year-less date as the latest on or before today, whatever trips the library holds', () => {
    expect(resolveDate('Feb 6', LATER, 'UTC').date).toBe('2025-02-06');
    expect(resolveDate('Nov 6', LATER, 'UTC').date).toBe('2024-11-06');
    expect(resolveDate('Feb 6', new Date('2024-02-10T12:00:00Z'), 'UTC').date).toBe('2024-02-06');
    expect(resolveDate('Nov 6', new Date('2024-02-10T12:00:00Z'), 'UTC').date).toBe('2023-11-06');
  });

  it('names the previous and next trips for a date between them', () => {
    for (const date of ['2024-01-20', '2023-11-20']) {
      const result = whereOn(library, date);
      expect(result.stops).toEqual([]);
      expect(result.outside).toBe('no-travel');
      expect(result.previous).toMatchObject({ firstDay: '2023-11-02', lastDay: '2023-11-10' });
      expect(result.next).toMatchObject({
        id: '2024-02-05-mini-trip',
        firstDay: '2024-02-05',
        lastDay: '2024-02-08',
      });
    }
  });

  it('answers where and when from the right trip', () => {
    expect(whereOn(library, '2024-02-07').stops.map((s) => `${s.city}:${s.basis}`)).toEqual([
      'Paris:inferred',
    ]);
    expect(whenAt(library, 'France').stops.map((s) => s.city)).toEqual(['Paris']);
    expect(whenAt(library, 'Seoul').stops.map((s) => s.from)).toEqual(['2023-11-08']);
  });

  it('finds Séjourné without the accents', () => {
    expect(findPeople(library, 'sejourne')[0]?.view.person.familyName).toBe('Séjourné');
  });
});
