/** /trip what: topics per stop from the summary, attributed, with the planned agenda labelled. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import { ask } from '../fixtures/trip.js';

describe('/trip what', () => {
  it('Baghdad: the strategic partnership and the attacks on U.S. personnel, from the summary', async () => {
    const outcome = await ask('what Baghdad');
    expect(outcome.ok).toBe(true);
    const text = renderText(outcome.reply);
    expect(text).toContain('strategic partnership');
    expect(text).toContain('attacks on U.S. personnel');
    expect(outcome.reply.sources.join(' ')).toMatch(/summary/i);
    expect(outcome.reply.sources.join(' ')).toMatch(/paragraph/);
  });

  it('Seoul: the future-tense sentences are labelled the planned agenda', async () => {
    const outcome = await ask('what Seoul');
    const lines = outcome.reply.sections.flatMap((s) => s.lines);
    const visit = lines.find((l) => l.includes('will then travel to Seoul'));
    expect(visit).toMatch(/planned/i);
    const underscored = lines.find((l) => l.includes('In Tokyo and in Seoul, the Secretary underscored'));
    expect(underscored).toBeDefined();
    expect(underscored).not.toMatch(/planned/i);
  });

  it('Türkiye goes to Ankara with Sweden’s NATO accession', async () => {
    const outcome = await ask('what Türkiye');
    expect(outcome.reply.title).toContain('Ankara');
    expect(renderText(outcome.reply)).toContain('Sweden’s NATO accession');
  });

  it('a date gives the topics of that day’s stops', async () => {
    const outcome = await ask('what 2023-11-05');
    const headings = outcome.reply.sections.map((s) => s.heading);
    expect(headings).toEqual(['Ramallah, West Bank', 'Baghdad, Iraq']);
  });

  it('an unknown place is NOT_FOUND with a hint', async () => {
    const outcome = await ask('what Paris');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toMatch(/\/trip what/);
  });
});
