/**
 * /trip search and /trip what <topic>: labels on every line that states a place or topic, no
 * internal trip id in the text, and mentions left out. Expected values from the page: line 17
 * is the pre-trip announcement in the future tense ("The Secretary will then travel to Seoul to
 * meet with President Yoon Suk Yeol ..."); Tokyo's documents are dated November 7-8, 2023.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import { ask } from '../fixtures/trip.js';

const TRIP_ID = /\b\d{4}-\d{2}-\d{2}-[a-z]+/;

describe('/trip search', () => {
  it.each([
    [
      'search Seoul Yoon',
      '[topic · planned agenda] The Secretary will then travel to Seoul to meet with President Yoon Suk Yeol',
    ],
    [
      'search Seoul Yoon',
      '[document · documented] Secretary Blinken’s Meeting with Republic of Korea President Yoon (November 9, 2023, Seoul, meeting)',
    ],
    [
      'search G7',
      '[document · documented] G7 Japan 2023 Foreign Ministers’ Statement (November 8, 2023, Tokyo, joint statement, filed there: not proof of presence)',
    ],
    // Page line 29, under New Delhi: "- November 9, 2023 ... Before a Working Breakfast"; New Delhi
    // (record 4183, Nov 9-10) is 10 h 30 min ahead of Washington and Seoul's stay (4182) ran to Nov 9.
    [
      'search working breakfast',
      'Before a Working Breakfast (November 9, 2023, New Delhi, remarks; likely Nov 10 local: New Delhi is 10 h 30 min ahead, and Nov 9 started in Seoul)',
    ],
    ['search Pyongyang', '[place · documented] Pyongyang, Korea, North (Secretary Pompeo, May 8–9, 2018)'],
    ['search two-state', 'found through “Palestinian state”'],
  ])('%s: shows %j', async (q, line) => {
    const outcome = await ask(q);
    expect(outcome.ok).toBe(true);
    expect(renderText(outcome.reply)).toContain(line);
  });

  it.each(['search Pyongyang', 'search G7', 'search Tokyo', 'search north korea', 'search Ramallah'])(
    '%s: no trip id in the text, a label on every place or topic line',
    async (q) => {
      const outcome = await ask(q);
      expect(outcome.ok).toBe(true);
      const lines = outcome.reply.sections.flatMap((s) => s.lines);
      expect(lines.join('\n')).not.toMatch(TRIP_ID);
      for (const line of lines) {
        if (/^\[(topic|place|document|remark)/.test(line)) {
          expect(line).toMatch(/^\[\w+ · (documented|inferred|planned agenda)\]/);
        }
      }
    },
  );

  it.each(['search <!here> @here', 'search @channel ?!'])('%s: nothing to search, no records', async (q) => {
    const outcome = await ask(q);
    expect(outcome.ok).toBe(false);
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'BAD_ARGUMENT' });
  });
});

describe('/trip what <topic> points to search', () => {
  it.each(['hostages', 'humanitarian assistance', 'NATO accession'])('what %s', async (topic) => {
    const outcome = await ask(`what ${topic}`);
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toContain(`To find a topic or a name: /trip search ${topic}`);
  });
});

describe('/trip what <date>: labels and days without a stay', () => {
  // Page: the first dated Tel Aviv documents are November 3; November 2 has only Trip Preview documents.
  it('2023-11-02, the trip’s first day: an answer, not "no stop matches"', async () => {
    const outcome = await ask('what 2023-11-02');
    expect(outcome.ok).toBe(true);
    expect(outcome.reply.title).toBe('November 2, 2023: no stay on record, day 1 of 9 of a trip');
    expect(renderText(outcome.reply)).toContain('The next is Tel Aviv, Israel (November 3, 2023).');
  });

  // Historian record 4191: Mexico City, December 27, 2023; nothing between December 1 and 27.
  it('2023-12-25: no foreign travel on record, ok', async () => {
    const outcome = await ask('what 2023-12-25');
    expect(outcome.ok).toBe(true);
    expect(outcome.reply.lead).toMatch(
      /^No foreign travel by the Secretary is on record for December 25, 2023/,
    );
  });

  it.each([
    // Seoul, November 8-9 (record 4182): the future-tense sentences of page line 17 are the planned agenda.
    ['what 2023-11-09', 'The Secretary will then travel to Seoul', '[planned agenda'],
    ['what 2023-11-09', 'In Tokyo and in Seoul, the Secretary underscored', '[documented]'],
    ['what 2023-11-09', 'Record: Met with President Yoon Suk Yeol', '[documented]'],
  ])('%s labels "%s" %s', async (q, text, label) => {
    const lines = (await ask(q)).reply.sections.flatMap((s) => s.lines);
    const line = lines.find((l) => l.includes(text));
    expect(line?.startsWith(label)).toBe(true);
  });

  it('what 2023-11-09: every line that states a topic carries a label', async () => {
    const lines = (await ask('what 2023-11-09')).reply.sections.flatMap((s) => s.lines);
    for (const line of lines) expect(line).toMatch(/^\[(documented|inferred|planned agenda)/);
  });
});
