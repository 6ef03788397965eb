/**
 * /trip what: the record's remarks and the page's topics per stop, attributed, with the planned
 * agenda labelled. A place alone answers its latest visit in the whole record; a date answers
 * that day's stops (the November 2023 trip's topics come from the page summary).
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import { ask } from '../fixtures/trip.js';

interface WhatData {
  visits: number;
  stops: { stop: { city: string | null; from: string; to: string }; remarks: string | null }[];
}

const section = (outcome: Awaited<ReturnType<typeof ask>>, city: string) =>
  outcome.reply.sections.find((s) => s.heading?.startsWith(city));

describe('/trip what', () => {
  it('2023-11-05, Baghdad: the strategic partnership and the attacks on U.S. personnel, from the summary', async () => {
    const outcome = await ask('what 2023-11-05');
    expect(outcome.ok).toBe(true);
    const baghdad = section(outcome, 'Baghdad')?.lines.join('\n') ?? '';
    expect(baghdad).toContain('strategic partnership');
    expect(baghdad).toContain('attacks on U.S. personnel');
    // record 4180: "Met with Prime Minister Mohammed al-Sudani."
    expect(baghdad).toContain('Met with Prime Minister Mohammed al-Sudani.');
    expect(outcome.reply.sources.join(' ')).toMatch(/summary/i);
    expect(outcome.reply.sources.join(' ')).toMatch(/paragraph/);
  });

  // XML: 27 Baghdad stays; the latest is record 4274, 2024-12-13, "Met with Prime Minister
  // Mohammed Shiaa al-Sudani." (no trip page: no summary topics).
  it('Baghdad alone: the latest of its visits, with the record’s remarks', async () => {
    const outcome = await ask('what Baghdad');
    expect(outcome.ok).toBe(true);
    const data = outcome.data as WhatData;
    expect(data.visits).toBe(27);
    expect(data.stops.map((s) => [s.stop.city, s.stop.from, s.stop.to])).toEqual([
      ['Baghdad', '2024-12-13', '2024-12-13'],
    ]);
    expect(data.stops[0]?.remarks).toBe('Met with Prime Minister Mohammed Shiaa al-Sudani.');
    expect(renderText(outcome.reply)).toMatch(/The latest of 27 stays in Baghdad/);
  });

  it('Seoul, November 8-9, 2023: the future-tense sentences are labelled the planned agenda', async () => {
    const outcome = await ask('what 2023-11-09');
    const lines = section(outcome, 'Seoul')?.lines ?? [];
    const visit = lines.find((l) => l.includes('will then travel to Seoul'));
    expect(visit).toMatch(/planned/i);
    const underscored = lines.find((l) => l.includes('In Tokyo and in Seoul, the Secretary underscored'));
    expect(underscored).toBeDefined();
    expect(underscored).not.toMatch(/planned/i);
  });

  it('Türkiye, November 6, 2023: Ankara with Sweden’s NATO accession', async () => {
    const outcome = await ask('what 2023-11-06');
    expect(outcome.reply.title).toContain('Ankara');
    expect(renderText(outcome.reply)).toContain('Sweden’s NATO accession');
    // record 4189: "Met with Foreign Minister Hakan Fidan."
    expect(renderText(outcome.reply)).toContain('Met with Foreign Minister Hakan Fidan.');
  });

  // XML: the latest stay in Türkiye is record 4272, Ankara, 2024-12-12..13.
  it('Türkiye alone goes to Ankara, its latest visit', async () => {
    const outcome = await ask('what Türkiye');
    expect(outcome.reply.title).toContain('Ankara');
    expect((outcome.data as WhatData).stops.map((s) => [s.stop.from, s.stop.to])).toEqual([
      ['2024-12-12', '2024-12-13'],
    ]);
  });

  // Records 4179 Ramallah, 4180 Baghdad and 4189 Ankara all cover November 5, in route order.
  it('a date gives the topics of that day’s stops', async () => {
    const outcome = await ask('what 2023-11-05');
    const headings = outcome.reply.sections.map((s) => s.heading?.replace(/, November.*$/, ''));
    expect(headings).toEqual(['Ramallah, West Bank', 'Baghdad, Iraq', 'Ankara, Türkiye']);
  });

  // A date question is about that date: Tokyo (4181, Nov 7-8) and Seoul (4182, Nov 8-9) share
  // November 8; the lead must not date both stays by Tokyo's span (Seoul was not there on Nov 7).
  it('a date’s lead names the date asked, not the first stay’s span', async () => {
    const outcome = await ask('what 2023-11-08');
    expect(outcome.reply.lead).toContain('November 8, 2023');
    expect(outcome.reply.lead).not.toContain('November 7–8, 2023');
  });

  it('an unknown place is NOT_FOUND with a hint', async () => {
    const outcome = await ask('what xyzzy');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toMatch(/\/trip what/);
  });
});
