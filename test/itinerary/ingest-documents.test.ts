/** Ingest: the dated documents of each section, their kinds and what they prove. Expected values read off the page. */
import { describe, expect, it } from 'vitest';
import { buildItinerary } from '../../src/itinerary/ingest/index.js';
import type { DocumentKind } from '../../src/itinerary/schema.js';
import { readPage, TRIP_ID } from '../fixtures/trip.js';

const itinerary = buildItinerary(readPage(), TRIP_ID);
const { documents } = itinerary;
const find = (section: string, title: string) =>
  documents.filter((d) => d.section === section && d.title === title);
const PRESENCE: DocumentKind[] = ['meeting', 'remarks', 'press availability'];

describe('documents', () => {
  it('has one document per dated line, 42 lines less the one exact duplicate', () => {
    // New Delhi 7, Seoul 4, Tokyo 7, Baghdad 2, Ramallah 0, Amman 6, Tel Aviv 5, Public Schedule 8, Trip Preview 3.
    expect(documents).toHaveLength(41);
    expect(new Set(documents.map((d) => d.id)).size).toBe(41);
  });

  it('collapses the repeated Modi meeting line into one document with both line numbers', () => {
    const modi = find('New Delhi', 'Secretary Blinken’s Meeting with Indian Prime Minister Modi');
    expect(modi).toHaveLength(1);
    expect(modi[0]?.lines).toEqual([24, 26]);
    expect(modi[0]?.date).toBe('2023-11-10');
  });

  it('keeps the three "Remarks to the Press" apart', () => {
    const remarks = documents.filter((d) => d.title === 'Secretary Antony J. Blinken Remarks to the Press');
    expect(remarks.map((d) => [d.section, d.date])).toEqual([
      ['New Delhi', '2023-11-10'],
      ['Baghdad', '2023-11-05'],
      ['Trip Preview', '2023-11-02'],
    ]);
    expect(new Set(remarks.map((d) => d.id)).size).toBe(3);
  });

  it.each([
    ['New Delhi', 'Secretary Blinken’s Meeting with Indian External Affairs Minister Jaishankar', 'meeting'],
    ['Amman', 'Secretary Blinken’s Meeting with King Abdullah II of Jordan', 'meeting'],
    ['Baghdad', 'Secretary Antony J. Blinken Remarks to the Press', 'remarks'],
    [
      'Tel Aviv',
      'Secretary Antony J. Blinken and Israeli President Isaac Herzog Before Their Meeting',
      'remarks',
    ],
    [
      'New Delhi',
      'Secretary Antony J. Blinken And Indian External Affairs Minister Subrahmanyam Jaishankar Before a Working Breakfast',
      'remarks',
    ],
    ['Tokyo', 'Secretary Antony J. Blinken at a Press Availability', 'press availability'],
    [
      'Seoul',
      'Secretary Antony J. Blinken And Republic of Korea Foreign Minister Park Jin At a Joint Press Availability',
      'press availability',
    ],
    [
      'New Delhi',
      'Joint Statement on the Fifth Annual India-U.S. 2+2 Ministerial Dialogue',
      'joint statement',
    ],
    [
      'Seoul',
      'Joint Statement on the Japan-ROK-U.S. Trilateral Dialogue on Space Security',
      'joint statement',
    ],
    ['Tokyo', 'G7 Japan 2023 Foreign Ministers’ Statement', 'joint statement'],
    ['Tokyo', 'Secretary Antony J. Blinken’s Call with Omani FM Sayyid Badr al-Busaidi', 'call'],
    ['Tokyo', 'Secretary Antony J. Blinken With Yusaku Ishii of NHK', 'interview'],
    ['Public Schedule', 'Public Schedule – November 9, 2023', 'public schedule'],
    [
      'Trip Preview',
      'Assistant Secretary for East Asian and Pacific Affairs Daniel J. Kritenbrink And Assistant Secretary for South and Central Asian Affairs Donald Lu On the Secretary’s Upcoming Travel to Japan, Republic of Korea, and India',
      'briefing',
    ],
    [
      'Trip Preview',
      'Secretary Blinken’s Travel to Tel Aviv, Amman, Ramallah, Baghdad, Ankara, Tokyo, Seoul, and New Delhi',
      'announcement',
    ],
  ] as const)('%s: "%s" is a %s', (section, title, kind) => {
    const [doc, ...more] = find(section, title);
    expect(more).toHaveLength(0);
    expect(doc?.kind).toBe(kind);
  });

  it('counts each kind as on the page', () => {
    const counts: Record<string, number> = {};
    for (const d of documents) counts[d.kind] = (counts[d.kind] ?? 0) + 1;
    expect(counts).toEqual({
      meeting: 14,
      remarks: 8,
      'press availability': 4,
      'joint statement': 3,
      call: 1,
      interview: 1,
      'public schedule': 8,
      briefing: 1,
      announcement: 1,
    });
  });

  it.each([
    ['2023-11-08', '2023-11-09'],
    ['2023-11-07', '2023-11-08'],
    ['2023-11-06', '2023-11-07'],
    ['2023-11-06', '2023-11-06'],
    ['2023-11-05', '2023-11-05'],
    ['2023-11-04', '2023-11-04'],
    ['2023-11-02', '2023-11-03'],
    ['2023-11-01', '2023-11-02'],
  ])('the public schedule published %s describes %s', (date, describes) => {
    const schedules = documents.filter(
      (d) => d.kind === 'public schedule' && d.date === date && d.describes === describes,
    );
    expect(schedules).toHaveLength(1);
    expect(schedules[0]?.stopId).toBeNull();
  });

  it('files city documents under their stop and the rest under none', () => {
    for (const d of documents) {
      if (d.section === 'Public Schedule' || d.section === 'Trip Preview') expect(d.stopId).toBeNull();
      else expect(itinerary.stops.find((s) => s.id === d.stopId)?.city).toBe(d.section);
    }
  });

  it('lets only meetings, remarks and press availabilities in a city prove presence', () => {
    for (const d of documents) {
      expect(d.provesPresence, d.title).toBe(d.stopId !== null && PRESENCE.includes(d.kind));
    }
    const notProof = documents.filter((d) => ['call', 'joint statement', 'interview'].includes(d.kind));
    expect(notProof).toHaveLength(5);
    expect(notProof.every((d) => !d.provesPresence)).toBe(true);
  });

  it('gives Ramallah no documents and Ankara no section', () => {
    expect(documents.filter((d) => d.section === 'Ramallah')).toEqual([]);
    expect(documents.some((d) => d.section === 'Ankara')).toBe(false);
  });
});
