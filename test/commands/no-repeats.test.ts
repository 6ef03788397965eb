/**
 * Nothing is said twice in one answer. The page's summary paragraph 3 begins "In Jordan,
 * Ramallah, Iraq, and Türkiye, the Secretary underscored..." (data/sources/pages/...txt):
 * one sentence that covers three stops of November 5, 2023 (Ramallah, Baghdad, Ankara).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../fixtures/trip.js';
import { renderText } from '../../src/reply/text.js';

const SHARED = 'In Jordan, Ramallah, Iraq, and Türkiye, the Secretary underscored';

describe('no repeated sentence', () => {
  it.each(['what 2023-11-05', 'day 2023-11-05'])(
    '%s quotes the shared summary sentence once',
    async (question) => {
      const text = renderText((await ask(question)).reply);
      expect(text.split(SHARED).length - 1).toBe(1);
    },
  );

  it('day names every stop the shared sentence was given for', async () => {
    const text = renderText((await ask('day 2023-11-05')).reply);
    expect(text).toContain(`Ramallah, Baghdad, Ankara: ${SHARED}`);
  });

  it.each([
    'where 2023-11-05',
    'what 2023-11-05',
    'day 2023-11-05',
    'day 2023-11-08',
    'day 2023-11-09',
    'day 2023-11-10',
    'route 2023-11-05',
    'who fidan',
    'when Kyiv',
  ])('%s repeats no line', async (question) => {
    const lines = renderText((await ask(question)).reply)
      .split('\n')
      .map((l) => l.replace(/^\s*[-*]\s*/, '').trim())
      .filter((l) => l.length > 30);
    expect(lines.length - new Set(lines).size).toBe(0);
  });
});
