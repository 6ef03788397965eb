/**
 * /trip where: the acceptance examples, checked against what the page and the Historian's
 * record (secretary-travels/blinken-antony-j.xml) say.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import type { WhereResult } from '../../src/query/where.js';
import { ask, TRIP_ID } from '../fixtures/trip.js';

const CITIES = ['Tel Aviv', 'Amman', 'Ramallah', 'Baghdad', 'Ankara', 'Tokyo', 'Seoul', 'New Delhi'];

describe('/trip where', () => {
  // XML: record 4194, Istanbul, 2024-01-04 to 01-06, first of records 4194-4202 (to 2024-01-11);
  // record 4203 begins 2024-01-15, another trip: January 4 is day 1 of an 8-day trip.
  it('January 4, 2024: Istanbul, day 1 of an 8-day trip', async () => {
    const text = renderText((await ask('where 2024-01-04')).reply);
    expect(text.split('\n')[0]).toBe('January 4, 2024: Istanbul');
    expect(text).toContain('(day 1 of an 8-day trip: /trip route 2024-01-04)');
    expect(text).toContain('Historian record 4194, local dates');
  });

  it('2023-11-07: Tokyo, Japan, documented', async () => {
    const outcome = await ask('/trip where 2023-11-07');
    expect(outcome.ok).toBe(true);
    expect(outcome.reply.title).toContain('Tokyo');
    expect(renderText(outcome.reply)).toContain('Tokyo, Japan');
    const data = outcome.data as WhereResult;
    expect(data.date).toBe('2023-11-07');
    expect(data.stops.map((s) => [s.city, s.country, s.basis])).toEqual([['Tokyo', 'Japan', 'documented']]);
  });

  // Record 4189: Ankara, Türkiye, 2023-11-05 to 2023-11-06. The page has no Ankara section:
  // its own date (November 6, inferred) is kept and the answer says the page gives none.
  it('2023-11-06: Ankara, Türkiye, documented by record 4189; the page itself gives no date', async () => {
    const outcome = await ask('where 2023-11-06');
    const text = renderText(outcome.reply);
    expect(outcome.reply.title).toContain('Ankara');
    expect(text).toContain('Ankara, Türkiye, November 5–6, 2023');
    expect(text).toMatch(/documented: Historian record 4189, local dates/);
    expect(text).toMatch(/the trip page itself gives no date/);
    expect(text).toMatch(/local calendar dates/);
    const [ankara] = (outcome.data as WhereResult).stops;
    expect(ankara).toMatchObject({
      basis: 'documented',
      dates: 'local',
      from: '2023-11-05',
      to: '2023-11-06',
    });
    expect(ankara?.page).toMatchObject({ basis: 'inferred', from: '2023-11-06', to: '2023-11-06' });
    expect(ankara?.page?.reason).toMatch(/No dated document is filed under Ankara/);
    expect(ankara?.page?.reason).toMatch(/Baghdad.*Tokyo/s);
  });

  it('2023-11-08: Tokyo then Seoul, a travel day', async () => {
    const outcome = await ask('where 2023-11-08');
    const data = outcome.data as WhereResult;
    expect(data.stops.map((s) => s.city)).toEqual(['Tokyo', 'Seoul']);
    expect(data.travelDay).toBe(true);
    const text = renderText(outcome.reply);
    expect(text.indexOf('Tokyo')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Tokyo')).toBeLessThan(text.indexOf('Seoul'));
    expect(text).toMatch(/travel day/i);
  });

  // Between trips: the next Blinken stay is record 4184, Brussels, 2023-11-28; the trip it opens
  // runs to 4187, Dubai, 2023-12-01.
  it('2023-11-11: no foreign travel on record, the trip that ended November 10 named, no city given as his location', async () => {
    const outcome = await ask('where 2023-11-11');
    expect(outcome.ok).toBe(true);
    const data = outcome.data as WhereResult;
    expect(data.stops).toEqual([]);
    expect(data.outside).toBe('no-travel');
    expect(data.previous).toMatchObject({ id: TRIP_ID, firstDay: '2023-11-02', lastDay: '2023-11-10' });
    expect(data.next).toMatchObject({ firstDay: '2023-11-28', lastDay: '2023-12-01' });
    const text = renderText(outcome.reply);
    expect(text).toMatch(/No foreign travel by the Secretary is on record for November 11, 2023/);
    expect(text).toMatch(/Previous trip: .*November 2–10, 2023/);
    expect(text).toMatch(/foreign travel only/);
    for (const city of CITIES) {
      expect(text).not.toMatch(new RegExp(`was (?:in|at) [^.]*${city}`));
      expect(outcome.reply.title).not.toContain(city);
    }
  });

  it('a year-less date is the latest on or before today, and says how it was read', async () => {
    const later = await ask('where Nov 7', new Date('2025-01-15T12:00:00Z'));
    expect((later.data as WhereResult).date).toBe('2024-11-07');
    expect(renderText(later.reply)).toMatch(/Nov 7/);
    expect(renderText(later.reply)).toMatch(
      /no year given: read as November 7, 2024, the latest on or before today/,
    );
    const during = await ask('where Nov 7');
    expect((during.data as WhereResult).date).toBe('2023-11-07');
    expect((during.data as WhereResult).stops.map((s) => s.city)).toEqual(['Tokyo']);
    // DURING_TRIP is November 7, 2023 in Washington: November 8 has not come yet that year
    expect(((await ask('where Nov 8')).data as WhereResult).date).toBe('2022-11-08');
  });

  it('no date means today in the user’s time zone', async () => {
    // 2023-11-06T02:00Z: Nov 5 in Washington, Nov 6 in Tokyo
    const now = new Date('2023-11-06T02:00:00Z');
    expect(((await ask('where', now, 'America/New_York')).data as WhereResult).date).toBe('2023-11-05');
    expect(((await ask('where', now, 'Asia/Tokyo')).data as WhereResult).date).toBe('2023-11-06');
  });

  it('refuses a bad date with BAD_DATE and an example', async () => {
    const outcome = await ask('where 2023-02-30');
    expect(outcome.ok).toBe(false);
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'BAD_DATE' });
    expect(outcome.reply.hint).toMatch(/2023-11-07/);
  });
});
