/** /trip where: the acceptance examples, checked against what the page says. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import type { WhereResult } from '../../src/query/where.js';
import { ask } from '../fixtures/trip.js';

const CITIES = ['Tel Aviv', 'Amman', 'Ramallah', 'Baghdad', 'Ankara', 'Tokyo', 'Seoul', 'New Delhi'];

describe('/trip where', () => {
  it('2023-11-07: Tokyo, Japan, documented', async () => {
    const outcome = await ask('/trip where 2023-11-07');
    expect(outcome.ok).toBe(true);
    expect(outcome.reply.title).toContain('Tokyo, Japan');
    const data = outcome.data as WhereResult;
    expect(data.date).toBe('2023-11-07');
    expect(data.stops.map((s) => [s.city, s.country, s.basis])).toEqual([['Tokyo', 'Japan', 'documented']]);
  });

  it('2023-11-06: Ankara, Türkiye, inferred, with the reason', async () => {
    const outcome = await ask('where 2023-11-06');
    const text = renderText(outcome.reply);
    expect(outcome.reply.title).toContain('Ankara, Türkiye');
    expect(text).toMatch(/inferred/);
    expect(text).toMatch(/No dated document is filed under Ankara/);
    expect(text).toMatch(/Baghdad/);
    expect(text).toMatch(/Tokyo/);
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

  it('2023-11-11: the trip ended November 10, and no city is given as his location', async () => {
    const outcome = await ask('where 2023-11-11');
    expect(outcome.ok).toBe(true);
    const data = outcome.data as WhereResult;
    expect(data.stops).toEqual([]);
    const text = renderText(outcome.reply);
    expect(text).toMatch(/ended on November 10, 2023/);
    for (const city of CITIES) {
      expect(text).not.toMatch(new RegExp(`was (?:in|at) [^.]*${city}`));
      expect(outcome.reply.title).not.toContain(city);
    }
  });

  it('a year-less date goes to the 2023 trip and says how it was read', async () => {
    const outcome = await ask('where Nov 7', new Date('2025-01-15T12:00:00Z'));
    expect((outcome.data as WhereResult).date).toBe('2023-11-07');
    expect(renderText(outcome.reply)).toMatch(/Nov 7/);
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
