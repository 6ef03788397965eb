/** searchAll and suggest: fuzzy search over the trip, and autocomplete choices within the limit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchAll, searchTokens } from '../../src/query/search.js';
import { suggest } from '../../src/query/autocomplete.js';
import { tripLibrary } from '../fixtures/trip.js';

const library = tripLibrary();

describe('searchAll', () => {
  it('finds the G7 statement for "G7"', () => {
    const hits = searchAll(library, 'G7');
    expect(
      hits.some((h) => h.type === 'document' && h.label === 'G7 Japan 2023 Foreign Ministers’ Statement'),
    ).toBe(true);
  });

  it('finds the NATO accession topic for "Sweden NATO"', () => {
    expect(
      searchAll(library, 'Sweden NATO').some(
        (h) => h.type === 'topic' && h.label.includes('Sweden’s NATO accession'),
      ),
    ).toBe(true);
  });

  // Only two titles and one summary sentence contain "2+2"; public schedules and the G7 statement do not.
  it('puts a document about the 2+2 Ministerial Dialogue first for "2+2"', () => {
    const [first] = searchAll(library, '2+2');
    expect(first?.label).toContain('2+2');
  });

  it('returns nothing for punctuation alone', () => {
    expect(searchAll(library, '   ?!  ')).toEqual([]);
  });
});

/*
 * Expected values from the sources, by hand:
 * - page lines 9-10: "In Jordan, Ramallah, Iraq, and Türkiye ... the establishment of a Palestinian state";
 * - page line 17 (future tense, the pre-trip announcement): "The Secretary will then travel to Seoul
 *   to meet with President Yoon Suk Yeol ..." and "... military cooperation with the DPRK";
 * - page titles: "Joint Statement on the Fifth Annual India-U.S. 2+2 Ministerial Dialogue" (New Delhi);
 * - christopher-warren-minor.xml: "Announced Israel-Lebanon cease-fire agreement." (Jerusalem, 1996);
 * - trump-donald-j.xml: "Attended the second North Korea-U.S. summit." (Hanoi, 2019);
 * - pompeo-michael-r.xml: Pyongyang, "Korea, North", 2018.
 * Neither source says "humanitarian pause", "ceasefire" or "two-state".
 */
describe('searchAll: ranked by the words typed, with synonyms from data/synonyms.json', () => {
  it.each([
    ['two-state', 'topic', 'the establishment of a Palestinian state', 'documented', 'Palestinian state'],
    ['Palestinian state', 'topic', 'the establishment of a Palestinian state', 'documented', undefined],
    [
      'humanitarian pause',
      'remark',
      'Announced Israel-Lebanon cease-fire agreement.',
      'documented',
      'cease-fire',
    ],
    ['ceasefire', 'remark', 'Announced Israel-Lebanon cease-fire agreement.', 'documented', 'cease-fire'],
    ['cease-fire', 'remark', 'Announced Israel-Lebanon cease-fire agreement.', 'documented', undefined],
    ['north korea', 'remark', 'Attended the second North Korea-U.S. summit.', 'documented', undefined],
    ['north korea', 'place', 'Pyongyang, Korea, North', 'documented', undefined],
    ['DPRK', 'topic', 'military cooperation with the DPRK', 'planned', undefined],
    ['Seoul Yoon', 'topic', 'The Secretary will then travel to Seoul', 'planned', undefined],
    [
      '2+2',
      'document',
      'Joint Statement on the Fifth Annual India-U.S. 2+2 Ministerial Dialogue',
      'documented',
      undefined,
    ],
  ])('%j finds the %s "%s" (%s, via %s)', (query, type, text, basis, via) => {
    const hits = searchAll(library, query);
    const hit = hits.find((h) => h.type === type && h.label.includes(text));
    expect(hit, JSON.stringify(hits.map((h) => h.label))).toBeDefined();
    expect(hit?.basis).toBe(basis);
    expect(hit?.via).toBe(via);
  });

  it.each(['2+2', 'G7', 'north korea', 'two-state', 'hostages'])(
    '%j: real scores in (0, 1], best first',
    (query) => {
      const scores = searchAll(library, query).map((h) => h.score);
      expect(scores.length).toBeGreaterThan(0);
      for (const score of scores) {
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(1);
      }
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  it('the words typed rank above a synonym: "north korea" before "DPRK"-only text', () => {
    const hits = searchAll(library, 'north korea');
    const typed = hits.filter((h) => !h.via).map((h) => h.score);
    const synonym = hits.filter((h) => h.via).map((h) => h.score);
    if (synonym.length) expect(Math.min(...typed)).toBeGreaterThan(Math.max(...synonym));
  });

  // "2+2" is a phrase: every hit holds it; the dates in titles ("Public Schedule – November 2, 2023") do not count.
  it('"2+2" returns only records holding "2+2", no public schedule', () => {
    const hits = searchAll(library, '2+2');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.label).toContain('2+2');
      expect(h.label).not.toMatch(/Public Schedule/);
    }
  });

  it.each(['<!here> @here', '@channel', '<@U0123ABC> ?!', '<!channel> -- ...', '@everyone +'])(
    '%j: mentions and punctuation alone find nothing',
    (query) => {
      expect(searchTokens(query)).toEqual([]);
      expect(searchAll(library, query)).toEqual([]);
    },
  );

  it.each([
    ['<!here> G7', 'G7'],
    ['@here 2+2', '2+2'],
    ['<@U0123ABC> Sweden NATO !!', 'Sweden NATO'],
  ])('%j searches as %j', (noisy, clean) => {
    expect(searchAll(library, noisy)).toEqual(searchAll(library, clean));
  });
});

describe('suggest', () => {
  it('puts Jaishankar first for "jaish"', () => {
    const choices = suggest(library, 'name', 'jaish');
    expect(choices[0]?.value).toBe('Subrahmanyam Jaishankar');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('offers Seoul for "Se"', () => {
    expect(suggest(library, 'place', 'Se')[0]?.value).toBe('Seoul');
  });

  // The newest trip of the record: Secretary Rubio, Munich 2025-02-14 to Abu Dhabi 2025-02-19
  // (secretary-travels/rubio-marco.xml, records 4286-4289).
  it('offers trip days as ISO values for an empty date, the newest trip first', () => {
    const choices = suggest(library, 'date', '');
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rubio = ['14', '15', '16', '17', '18', '19'].map((d) => `2025-02-${d}`);
    expect(new Set(choices.slice(0, 6).map((c) => c.value))).toEqual(new Set(rubio));
  });

  it('offers every day of the November 2023 trip for "2023-11"', () => {
    const choices = suggest(library, 'date', '2023-11');
    for (const c of choices) expect(c.value).toMatch(/^2023-11-\d{2}$/);
    const days = ['02', '03', '04', '05', '06', '07', '08', '09', '10'].map((d) => `2023-11-${d}`);
    for (const day of days) expect(choices.map((c) => c.value)).toContain(day);
  });

  it('names the city of a day choice', () => {
    expect(suggest(library, 'date', '2023-11-07')[0]).toMatchObject({ value: '2023-11-07' });
    expect(suggest(library, 'date', '2023-11-07')[0]?.name).toMatch(/Tokyo/);
  });

  it('never returns more than the limit, nor a label over 100 characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('date', 'place', 'name', 'query'),
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('', 'a', 'e', 'minister', 'x'.repeat(5000)),
        ),
        fc.integer({ min: 1, max: 25 }),
        (kind, text, limit) => {
          const choices = suggest(library, kind, text, limit);
          expect(choices.length).toBeLessThanOrEqual(limit);
          for (const c of choices) {
            expect(c.name.length).toBeLessThanOrEqual(100);
            expect(c.value.length).toBeLessThanOrEqual(100);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
