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
    expect(text).not.toContain('Seoul, Republic of Korea (documented)');
  });

  it('2023-11-08 lists the call, the interview and the G7 statement, and both cities', async () => {
    const text = renderText((await ask('day Nov 8')).reply);
    expect(text).toContain('Call with Omani FM Sayyid Badr al-Busaidi');
    expect(text).toContain('Yusaku Ishii of NHK');
    expect(text).toContain('G7 Japan 2023 Foreign Ministers’ Statement');
    expect(text.indexOf('Tokyo, Japan')).toBeLessThan(text.indexOf('Seoul, Republic of Korea'));
  });

  it('outside the trip: NOT_FOUND pointing at the trip', async () => {
    const outcome = await ask('day 2023-12-25');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toContain('2023-11-02');
  });
});
