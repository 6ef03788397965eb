/** searchAll and suggest: fuzzy search over the trip, and autocomplete choices within the limit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchAll } from '../../src/query/search.js';
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
