/** /trip when and /trip who: the acceptance examples and their --json data. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import { ask } from '../fixtures/trip.js';

interface WhoData {
  matches: {
    name: string;
    role: string;
    appearances: { date: string; city: string | null; title: string }[];
  }[];
}
interface WhenData {
  stops: { city: string; country: string; from: string; to: string; basis: string }[];
}

describe('/trip when', () => {
  it('Seoul: November 8-9, documented', async () => {
    const outcome = await ask('when Seoul');
    expect((outcome.data as WhenData).stops).toMatchObject([
      {
        city: 'Seoul',
        country: 'Republic of Korea',
        from: '2023-11-08',
        to: '2023-11-09',
        basis: 'documented',
      },
    ]);
    expect(outcome.reply.title).toMatch(/November 8.9, 2023/);
  });

  it('Turkey: Ankara, inferred, with the reason', async () => {
    const outcome = await ask('when Turkey');
    expect((outcome.data as WhenData).stops).toMatchObject([
      { city: 'Ankara', from: '2023-11-06', to: '2023-11-06', basis: 'inferred' },
    ]);
    expect(renderText(outcome.reply)).toMatch(/inferred/);
    expect(renderText(outcome.reply)).toMatch(/Baghdad/);
  });

  it('an unknown place is NOT_FOUND and lists the stops', async () => {
    const outcome = await ask('when Paris');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toContain('Seoul');
  });
});

describe('/trip who', () => {
  it('jaishankr: Subrahmanyam Jaishankar first, New Delhi on November 9 and 10', async () => {
    const outcome = await ask('who jaishankr');
    const [best] = (outcome.data as WhoData).matches;
    expect(best?.name).toBe('Subrahmanyam Jaishankar');
    expect(best?.appearances.map((a) => `${a.date} ${a.city}`).sort()).toEqual([
      '2023-11-09 New Delhi',
      '2023-11-10 New Delhi',
      '2023-11-10 New Delhi',
    ]);
    expect(renderText(outcome.reply)).toContain('November 9, 2023');
  });

  it('lazarini: the UNRWA Commissioner-General', async () => {
    const outcome = await ask('who lazarini');
    const [best] = (outcome.data as WhoData).matches;
    expect(best?.name).toBe('Philippe Lazzarini');
    expect(best?.role).toMatch(/Commissioner.General/);
    expect(renderText(outcome.reply)).toContain('UNRWA');
  });

  it('xyzzy: NOT_FOUND with a hint', async () => {
    const outcome = await ask('who xyzzy');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toBeTruthy();
  });
});
