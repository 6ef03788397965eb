/**
 * The whole record: every expected value below was read by hand from
 * data/sources/history-state-dept/travels/*.xml (record ids cited) and pocom's secretary.xml,
 * not from tripbot's output.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../fixtures/trip.js';
import type { WhereResult } from '../../src/query/where.js';
import type { WhenResult } from '../../src/query/places.js';
import { renderText } from '../../src/reply/text.js';

const records = (stop: { sources: { kind: string; records?: string[] }[] }) =>
  stop.sources.flatMap((s) => (s.kind === 'historian' ? (s.records ?? []) : []));

async function where(text: string): Promise<{ data: WhereResult; text: string }> {
  const outcome = await ask(`where ${text}`);
  expect(outcome.ok).toBe(true);
  return { data: outcome.data as WhereResult, text: renderText(outcome.reply) };
}

describe('where, over the whole record', () => {
  it('1990-08-02: Irkutsk (U.S.S.R.) then Ulaanbaatar, Secretary Baker (records 340, 341)', async () => {
    const { data, text } = await where('1990-08-02');
    expect(data.traveler).toBe('secretary');
    expect(data.officeholder?.name).toMatch(/Baker/);
    expect(data.stops.map((s) => [s.city, s.country, records(s)])).toEqual([
      ['Irkutsk', 'U.S.S.R.', ['340']],
      ['Ulaanbaatar', 'Mongolia', ['341']],
    ]);
    expect(data.stops.every((s) => s.dates === 'local' && s.basis === 'documented')).toBe(true);
    expect(text).toMatch(/Irkutsk, U\.S\.S\.R\..*Ulaanbaatar, Mongolia/s);
    expect(text).toMatch(/local/);
  });

  it('president 1963-06-26: West Berlin (record 2787), then Ireland (2788); Kennedy in office', async () => {
    const { data } = await where('president 1963-06-26');
    expect(data.traveler).toBe('president');
    expect(data.officeholder?.name).toBe('John F. Kennedy');
    expect(data.stops[0]).toMatchObject({ city: 'West Berlin', country: 'Germany', from: '1963-06-26' });
    expect(records(data.stops[0]!)).toEqual(['2787']);
    expect(data.stops.map((s) => records(s)[0])).toEqual(['2787', '2788']);
  });

  it('2023-11-05: Ramallah, Baghdad and Ankara, each documented by its Historian record', async () => {
    const { data, text } = await where('2023-11-05');
    expect(data.stops.map((s) => [s.city, records(s), s.basis, s.dates])).toEqual([
      ['Ramallah', ['4179'], 'documented', 'local'],
      ['Baghdad', ['4180'], 'documented', 'local'],
      ['Ankara', ['4189'], 'documented', 'local'],
    ]);
    const ramallah = data.stops[0]!;
    // The page has an empty Ramallah section: its own dating was an inference.
    expect(ramallah.page?.basis).toBe('inferred');
    expect(ramallah.sources.map((s) => s.kind).sort()).toEqual(['historian', 'page']);
    expect(text).toMatch(/Ramallah[^\n]*the trip page itself gives no date/);
  });

  it('1978-09-10: no foreign travel on record, Cyrus Vance was Secretary (pocom)', async () => {
    const { data, text } = await where('1978-09-10');
    expect(data.stops).toEqual([]);
    expect(data.outside).toBe('no-travel');
    expect(data.officeholder?.name).toMatch(/Cyrus .*Vance/);
    expect(text).toMatch(/No foreign travel/);
    expect(text).toMatch(/foreign travel only/);
    // Never a claim of where he was instead (the record is foreign travel only).
    expect(text).not.toMatch(/Washington/);
    // Vance's previous stay ended 1978-08-16, the next began 1978-09-20 (Amman).
    expect(data.previous?.lastDay).toBe('1978-08-16');
    expect(data.next?.firstDay).toBe('1978-09-20');
  });

  it('before and after the record: says where the record begins and ends', async () => {
    const before = await where('1860-05-01');
    expect(before.data.outside).toBe('before-record');
    expect(before.text).toMatch(/begins on January 9, 1866/);
    const after = await where('president 2025-06-01');
    expect(after.data.outside).toBe('after-record');
    expect(after.text).toMatch(/ends on December 4, 2024/);
  });
});

describe('when, who and trips over the whole record', () => {
  it('when Kyiv includes the stays the record spells "Kiev", newest first', async () => {
    const outcome = await ask('when Kyiv');
    const data = outcome.data as WhenResult;
    const ids = data.stops.map((s) => records(s)[0]);
    // Kiev: 2526 (1994-01-12), 2551 (1995-05-11), 2642 (2000-06-05).
    expect(ids).toEqual(expect.arrayContaining(['2526', '2551', '2642']));
    expect(data.stops.find((s) => records(s)[0] === '2526')?.city).toBe('Kiev');
    const starts = data.stops.map((s) => s.from);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(data.stops.some((s) => s.city === 'Kyiv')).toBe(true);
  });

  it('who gorbachev: his meetings with Shultz, Baker and President Bush, newest first', async () => {
    const outcome = await ask('who gorbachev');
    const data = outcome.data as {
      matches: { name: string; appearances: { date: string; person: string; city: string | null }[] }[];
    };
    expect(data.matches[0]!.name).toMatch(/Gorbachev/);
    const appearances = data.matches[0]!.appearances;
    const people = new Set(appearances.map((a) => a.person));
    expect([...people]).toEqual(
      expect.arrayContaining(['Secretary Shultz', 'Secretary Baker', 'President George H.W. Bush']),
    );
    const dates = appearances.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // Baker in Moscow, record 289 (1989-05-10); Shultz in Geneva, record 2034 (1985-11-16).
    expect(appearances).toContainEqual(
      expect.objectContaining({ date: '1989-05-10', city: 'Moscow', person: 'Secretary Baker' }),
    );
    expect(appearances).toContainEqual(
      expect.objectContaining({ date: '1985-11-16', city: 'Geneva', person: 'Secretary Shultz' }),
    );
  });

  it('who fidan: Ankara, November 2023 (record 4189)', async () => {
    const outcome = await ask('who fidan');
    const data = outcome.data as {
      matches: { name: string; appearances: { date: string; city: string | null }[] }[];
    };
    expect(data.matches[0]!.name).toBe('Hakan Fidan');
    expect(data.matches[0]!.appearances).toContainEqual(
      expect.objectContaining({ date: '2023-11-05', city: 'Ankara' }),
    );
  });

  it.each([
    ['netanyahu', 'Benjamin Netanyahu', '2023-11-03', 'Tel Aviv'],
    ['abbas', 'Mahmoud Abbas', '2023-11-05', 'Ramallah'],
  ])('who %s finds %s at %s in %s', async (query, name, date, city) => {
    const outcome = await ask(`who ${query}`);
    const data = outcome.data as {
      matches: { name: string; appearances: { date: string; city: string | null }[] }[];
    };
    expect(data.matches[0]!.name).toBe(name);
    expect(data.matches[0]!.appearances).toContainEqual(expect.objectContaining({ date, city }));
  });

  it('who on a Secretary gives the term (pocom) and the number of trips', async () => {
    const outcome = await ask('who blinken');
    expect(outcome.ok).toBe(true);
    const data = outcome.data as {
      officeholders: { name: string; terms: { from: string; to: string | null }[]; trips: number }[];
    };
    expect(data.officeholders[0]!.terms).toEqual([{ from: '2021-01-26', to: '2025-01-20' }]);
    expect(data.officeholders[0]!.trips).toBeGreaterThan(40);
  });

  it('trips 1990 lists Baker’s trips of that year, newest first, paginated', async () => {
    const outcome = await ask('trips secretary 1990');
    const data = outcome.data as {
      total: number;
      pages: number;
      trips: { firstDay: string; traveler: string }[];
    };
    expect(data.trips.every((t) => t.traveler === 'Secretary Baker')).toBe(true);
    const days = data.trips.map((t) => t.firstDay);
    expect(days).toEqual([...days].sort().reverse());
    expect(data.trips.length).toBeLessThanOrEqual(10);
    expect(data.pages).toBe(Math.ceil(data.total / 10));
  });

  it('route 1990-08-02 shows the trip covering the date', async () => {
    const outcome = await ask('route 1990-08-02');
    const data = outcome.data as { firstDay: string; lastDay: string; stops: { city: string | null }[] };
    // Jakarta 338 (07-26) → Singapore 339 → Irkutsk 340 → Ulaanbaatar 341 → Moscow 342 (08-03).
    expect(data.firstDay).toBe('1990-07-26');
    expect(data.lastDay).toBe('1990-08-03');
    expect(data.stops.map((s) => s.city)).toEqual([
      'Jakarta',
      'Singapore',
      'Irkutsk',
      'Ulaanbaatar',
      'Moscow',
    ]);
  });
});

describe('quirks of the Historian’s data (SOURCE.md)', () => {
  it('the exact duplicate 3992/4019 (Tokyo, March 2021) is one stay citing both ids', async () => {
    const outcome = await ask('where 2021-03-16');
    const data = outcome.data as WhereResult;
    expect(data.stops.map((s) => [s.city, records(s)])).toEqual([['Tokyo', ['3992', '4019']]]);
  });

  it('a record with no locale keeps its country and names no city (4116, Vatican City)', async () => {
    const outcome = await ask('where president 2021-10-29');
    const data = outcome.data as WhereResult;
    const vatican = data.stops.find((s) => records(s)[0] === '4116');
    expect(vatican).toMatchObject({ city: null, country: 'Vatican City' });
  });

  it('a locale with a region in parentheses is one city: Turnberry (Scotland), record 331', async () => {
    const outcome = await ask('when Turnberry');
    const data = outcome.data as WhenResult;
    expect(data.stops.map((s) => records(s)[0])).toEqual(['331']);
  });

  it.each([
    ['Turkey', '343', '4189'],
    ['Türkiye', '343', '4189'],
    ['South Korea', '3993', '4182'],
    ['Korea, Republic of', '3993', '4182'],
    ['ROK', '3993', '4182'],
    ['Soviet Union', '340', '342'],
  ])('old and new country names are one place: when %s has records %s and %s', async (query, a, b) => {
    const outcome = await ask(`when secretary ${query}`);
    const ids = (outcome.data as WhenResult).stops.map((s) => records(s)[0]);
    expect(ids).toEqual(expect.arrayContaining([a, b]));
  });
});
