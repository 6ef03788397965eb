/** Ingest: the 23 officials named besides the Secretary, one entry each. Expectations read off the page. */
import { describe, expect, it } from 'vitest';
import { buildItinerary } from '../../src/itinerary/ingest/index.js';
import type { Person } from '../../src/itinerary/schema.js';
import { readPage, TRIP_ID } from '../fixtures/trip.js';

const itinerary = buildItinerary(readPage(), TRIP_ID);
const { people } = itinerary;
const cityOf = (stopId: string | null) => itinerary.stops.find((s) => s.id === stopId)?.city ?? null;
const titleOf = (id: string | null) => itinerary.documents.find((d) => d.id === id)?.title;

/** The one person whose name or aliases include the word. */
function person(word: string): Person {
  const found = people.filter((p) => [p.name, ...p.aliases].some((n) => n.split(/\s+/).includes(word)));
  expect(
    found.map((p) => p.name),
    word,
  ).toHaveLength(1);
  return found[0]!;
}

// key word, country or organisation, appearances as date@city (null: Trip Preview), in page order of titles
const EXPECTED: [string, string, string[]][] = [
  ['Modi', 'India', ['2023-11-10@New Delhi']],
  ['Jaishankar', 'India', ['2023-11-09@New Delhi', '2023-11-10@New Delhi', '2023-11-10@New Delhi']],
  ['Austin', 'United States', ['2023-11-10@New Delhi']],
  ['Singh', 'India', ['2023-11-10@New Delhi']],
  ['Park', 'Republic of Korea', ['2023-11-09@Seoul']],
  ['Yoon', 'Republic of Korea', ['2023-11-09@Seoul']],
  ['Cho', 'Republic of Korea', ['2023-11-08@Seoul']],
  ['al-Busaidi', 'Oman', ['2023-11-08@Tokyo']],
  ['Ishii', 'NHK', ['2023-11-08@Tokyo']],
  ['Kishida', 'Japan', ['2023-11-07@Tokyo']],
  ['Kamikawa', 'Japan', ['2023-11-07@Tokyo', '2023-11-07@Tokyo']],
  ['al-Sudani', 'Iraq', ['2023-11-05@Baghdad']],
  ['Shoukry', 'Egypt', ['2023-11-04@Amman']],
  ['Safadi', 'Jordan', ['2023-11-04@Amman']],
  ['Abdullah', 'Jordan', ['2023-11-04@Amman']],
  ['Lazzarini', 'UNRWA', ['2023-11-04@Amman', '2023-11-04@Amman']],
  ['Thani', 'Qatar', ['2023-11-04@Amman']],
  ['Mikati', 'Lebanon', ['2023-11-04@Amman']],
  ['Gantz', 'Israel', ['2023-11-03@Tel Aviv']],
  ['Herzog', 'Israel', ['2023-11-03@Tel Aviv', '2023-11-03@Tel Aviv']],
  ['Lapid', 'Israel', ['2023-11-03@Tel Aviv']],
  ['Kritenbrink', 'United States', ['2023-11-02@null']],
  ['Lu', 'United States', ['2023-11-02@null']],
];

describe('people', () => {
  it('names exactly 23 people besides the Secretary', () => {
    expect(people).toHaveLength(23);
    expect(people.some((p) => /Blinken|Antony/.test([p.name, ...p.aliases].join(' ')))).toBe(false);
  });

  it.each(EXPECTED)('%s (%s) has one entry with every appearance', (word, where, appearances) => {
    const p = person(word);
    expect(p.country ?? p.organisation).toBe(where);
    expect(p.appearances.map((a) => `${a.date}@${cityOf(a.stopId)}`).sort()).toEqual([...appearances].sort());
    for (const a of p.appearances) {
      expect(itinerary.documents.find((d) => d.id === a.documentId)?.people).toContain(p.id);
    }
  });

  it.each([
    ['Kishida', 'Kishida Fumio'],
    ['Kamikawa', 'Kamikawa Yoko'],
    ['Yoon', 'Yoon Suk Yeol'],
    ['Park', 'Park Jin'],
    ['Cho', 'Cho Tae-yong'],
  ])('writes %s family name first, as the page does', (family, full) => {
    const p = person(family);
    expect(p.name).toBe(full);
    expect(p.familyName).toBe(family);
    expect(p.nameOrder).toBe('family-first');
  });

  it('merges the short and full forms of a name', () => {
    expect(person('Kishida').aliases).toContain('Kishida');
    expect(person('Yoon').aliases).toContain('Yoon');
    const jaishankar = person('Jaishankar');
    expect(jaishankar.name).toBe('Subrahmanyam Jaishankar');
    expect(jaishankar.aliases).toContain('Jaishankar');
    expect(jaishankar.familyName).toBe('Jaishankar');
  });

  it('corrects "Phillipe" to Philippe Lazzarini and keeps the page spelling as an alias', () => {
    const p = person('Lazzarini');
    expect(p.name).toBe('Philippe Lazzarini');
    expect(p.aliases).toContain('Phillipe Lazzarini');
    expect(p.roles.filter((r) => /Commissioner[- ]General/.test(r))).toHaveLength(1);
  });

  it('gives given-name-first officials their last word as family name', () => {
    expect(person('Austin').familyName).toBe('Austin');
    expect(person('Ishii').familyName).toBe('Ishii');
    expect(person('Lu').familyName).toBe('Lu');
    expect(person('Herzog').name).toBe('Isaac Herzog');
  });

  it('lists everyone a title names on its document', () => {
    const dialogue = itinerary.documents.find((d) =>
      d.title.endsWith('Remarks Before the U.S.-India 2+2 Ministerial Dialogue'),
    );
    expect(new Set(dialogue?.people)).toEqual(
      new Set([person('Austin').id, person('Jaishankar').id, person('Singh').id]),
    );
    const amman = itinerary.documents.find((d) => d.section === 'Amman' && d.kind === 'press availability');
    expect(new Set(amman?.people)).toEqual(new Set([person('Shoukry').id, person('Safadi').id]));
    const briefing = itinerary.documents.find((d) => d.kind === 'briefing');
    expect(new Set(briefing?.people)).toEqual(new Set([person('Kritenbrink').id, person('Lu').id]));
    expect(titleOf(person('Modi').appearances[0]!.documentId)).toBe(
      'Secretary Blinken’s Meeting with Indian Prime Minister Modi',
    );
  });
});
