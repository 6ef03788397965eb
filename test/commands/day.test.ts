/** /trip day: the whole day, from the documents dated that day. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import { ask } from '../fixtures/trip.js';

describe('/trip day', () => {
  it('2023-11-07: Tokyo, with Kishida and Kamikawa', async () => {
    const outcome = await ask('day 2023-11-07');
    expect(outcome.ok).toBe(true);
    const text = renderText(outcome.reply);
    expect(text).toContain('Tokyo');
    expect(text).toContain('Kishida');
    expect(text).toContain('Kamikawa');
    // record 4182 (Seoul, "Korea, Republic of") begins November 8: not a stay on the 7th
    expect(text).not.toContain('Seoul, Korea, Republic of');
  });

  it('2023-11-08 lists the call, the interview and the G7 statement, and both cities', async () => {
    // "Nov 8" is the latest November 8 on or before today: ask on November 10, 2023
    const text = renderText((await ask('day Nov 8', new Date('2023-11-10T15:00:00Z'))).reply);
    expect(text).toContain('Call with Omani FM Sayyid Badr al-Busaidi');
    expect(text).toContain('Yusaku Ishii of NHK');
    expect(text).toContain('G7 Japan 2023 Foreign Ministers’ Statement');
    expect(text.indexOf('Tokyo, Japan')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Tokyo, Japan')).toBeLessThan(text.indexOf('Seoul, Korea, Republic of'));
  });

  // One rule for a valid date outside every trip, in every command: an answer (ok), not an error,
  // with the trips before and after it. From the Historian's XML (blinken-antony-j.xml): record
  // 4187 (UAE) ends the Nov 28 - Dec 1 trip; record 4191 (Mexico City) is Dec 27; record 4166
  // (Israel) ends Oct 18; the Nov 2-10 trip begins on Nov 2.
  it.each([
    ['day 2023-12-25', '2023-12-01', '2023-12-27'],
    ['route 2023-12-25', '2023-12-01', '2023-12-27'],
    ['where 2023-12-25', '2023-12-01', '2023-12-27'],
    ['day 2023-10-31', '2023-10-18', '2023-11-02'],
    ['route 2023-10-31', '2023-10-18', '2023-11-02'],
    ['day 25.12.2023', '2023-12-01', '2023-12-27'],
  ])(
    '%s: no foreign travel on record, between the trips ending %s and starting %s',
    async (q, prev, next) => {
      const outcome = await ask(q);
      expect(outcome.ok).toBe(true);
      expect(outcome.reply.kind).toBe('answer');
      expect(outcome.reply.lead).toMatch(/^No foreign travel by the Secretary is on record for /);
      const data = outcome.data as {
        outside: string;
        previous: { lastDay: string };
        next: { firstDay: string };
      };
      expect(data.outside).toBe('no-travel');
      expect(data.previous.lastDay).toBe(prev);
      expect(data.next.firstDay).toBe(next);
    },
  );

  // The page (lines 68 and 72) dates two documents November 1, 2023, the day before the trip.
  it('day 2023-11-01: no stay, but names the two trip-page documents dated that day', async () => {
    const outcome = await ask('day 2023-11-01');
    expect(outcome.ok).toBe(true);
    const text = renderText(outcome.reply);
    expect(text).toContain('The trip page has 2 documents dated that day.');
    expect(text).toContain('Public Schedule – November 2, 2023');
    expect(text).toContain(
      'Secretary Blinken’s Travel to Tel Aviv, Amman, Ramallah, Baghdad, Ankara, Tokyo, Seoul, and New Delhi',
    );
    expect(outcome.reply.hint).toBe('Try /trip day 2023-11-02');
  });
});
