/** Ingest: topics from the Summary, mapped through countries to the visited city. Expectations read off the page. */
import { describe, expect, it } from 'vitest';
import { buildItinerary } from '../../src/itinerary/ingest/index.js';
import { readPage, TRIP_ID } from '../fixtures/trip.js';

const itinerary = buildItinerary(readPage(), TRIP_ID);
const { topics } = itinerary;
const idOf = (city: string) => itinerary.stops.find((s) => s.city === city)!.id;
const ids = (...cities: string[]) => cities.map(idOf);
const at = (city: string) => topics.filter((t) => t.stopIds.includes(idOf(city)));
const sentence = (start: string) => {
  const found = topics.filter((t) => t.text.startsWith(start));
  expect(found, start).toHaveLength(1);
  return found[0]!;
};

describe('topics', () => {
  it('takes no topic from the route paragraph', () => {
    expect(topics.some((t) => t.paragraph === 1)).toBe(false);
  });

  it('maps Israel to Tel Aviv only, though the sentence names the West Bank', () => {
    const israel = sentence('In Israel, Secretary Blinken reiterated');
    expect(israel.stopIds).toEqual(ids('Tel Aviv'));
    expect(israel.paragraph).toBe(2);
    expect(israel.status).toBe('reported');
  });

  it('maps "In Jordan, Ramallah, Iraq, and Türkiye" to Amman, Ramallah, Baghdad and Ankara', () => {
    const paragraph3 = topics.filter((t) => t.paragraph === 3);
    expect(paragraph3.length).toBeGreaterThanOrEqual(1);
    for (const t of paragraph3) expect(t.stopIds).toEqual(ids('Amman', 'Ramallah', 'Baghdad', 'Ankara'));
    expect(paragraph3[0]?.text).toMatch(/^In Jordan, Ramallah, Iraq, and Türkiye, the Secretary underscored/);
  });

  it('gives Baghdad the strategic partnership and the attacks on U.S. personnel', () => {
    const baghdad = at('Baghdad').map((t) => t.text);
    expect(baghdad.some((t) => t.includes('U.S-Iraq strategic partnership'))).toBe(true);
    expect(baghdad.some((t) => t.includes('attacks on U.S. personnel in Iraq and Syria'))).toBe(true);
    expect(sentence('In Baghdad,').stopIds).toEqual(ids('Baghdad'));
  });

  it('keeps the West Bank sentence for Ramallah alone', () => {
    expect(sentence('In Ramallah, Secretary Blinken also discussed').stopIds).toEqual(ids('Ramallah'));
  });

  it('gives Ankara (from "Türkiye") Sweden’s NATO accession', () => {
    const turkiye = sentence('In Türkiye, the Secretary also discussed');
    expect(turkiye.stopIds).toEqual(ids('Ankara'));
    expect(turkiye.text).toContain('ratifying Sweden’s NATO accession');
    expect(turkiye.paragraph).toBe(5);
  });

  it('reports the Tokyo G7 sentence though it contains "will build"', () => {
    const g7 = sentence('In Tokyo, the Secretary participated in the second G7');
    expect(g7.stopIds).toEqual(ids('Tokyo'));
    expect(g7.status).toBe('reported');
  });

  it('labels the Seoul sentences in the future tense as planned', () => {
    const seoul = topics.filter((t) => t.paragraph === 8);
    expect(seoul.map((t) => t.text.slice(0, 30))).toEqual([
      'The Secretary will then travel',
      'The Secretary will discuss way',
      'They will also discuss mutual ',
    ]);
    for (const t of seoul) {
      expect(t.status).toBe('planned');
      expect(t.stopIds).toEqual(ids('Seoul'));
    }
  });

  it('reports "In Tokyo and in Seoul, the Secretary underscored" for both cities', () => {
    const both = sentence('In Tokyo and in Seoul, the Secretary underscored');
    expect(both.stopIds).toEqual(ids('Tokyo', 'Seoul'));
    expect(both.status).toBe('reported');
  });

  it('gives New Delhi the 2+2 Ministerial Dialogue, reported', () => {
    const delhi = at('New Delhi').filter((t) => t.paragraph === 10);
    expect(delhi.length).toBeGreaterThanOrEqual(1);
    expect(delhi.some((t) => t.text.includes('2+2 Ministerial Dialogue'))).toBe(true);
    expect(delhi.every((t) => t.status === 'reported')).toBe(true);
  });

  it('gives every stop at least one topic and only Seoul planned ones', () => {
    for (const s of itinerary.stops)
      expect(at(s.city ?? s.country).length, s.city ?? s.country).toBeGreaterThan(0);
    const planned = topics.filter((t) => t.status === 'planned').flatMap((t) => t.stopIds);
    expect(new Set(planned)).toEqual(new Set(ids('Seoul')));
  });
});
