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

  // Between Blinken's trips of Nov 28 - Dec 1 and Dec 27, 2023 (record 4191, Mexico City): the nearest.
  it('outside every trip: NOT_FOUND pointing at the nearest trip', async () => {
    const outcome = await ask('day 2023-12-25');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toContain('2023-12-27');
  });

  it('outside the trip, days before it: NOT_FOUND pointing at this trip', async () => {
    const outcome = await ask('day 2023-10-31');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toContain('2023-11-02');
  });
});
