/**
 * Ingest of the State Department page: route, trip days and stops, as the page parser
 * builds them (Washington publication dates, its own inferences). Every expected value
 * below was written by reading data/sources/pages/<trip>.txt, not the parser's output.
 */
import { describe, expect, it } from 'vitest';
import { buildItinerary } from '../../src/itinerary/ingest/index.js';
import { mergedTrip, pageItinerary, readPage, TRIP_ID } from '../fixtures/trip.js';

const page = readPage();
const itinerary = pageItinerary();
const stop = (city: string) => {
  const found = itinerary.stops.find((s) => s.city === city);
  if (!found) throw new Error(`no stop ${city}`);
  return found;
};
const titlesOf = (ids: string[]) => ids.map((id) => itinerary.documents.find((d) => d.id === id)?.title);

describe('trip and route (summary paragraph 1)', () => {
  it('keeps the route order of the summary', () => {
    expect(itinerary.stops.map((s) => s.city)).toEqual([
      'Tel Aviv',
      'Amman',
      'Ramallah',
      'Baghdad',
      'Ankara',
      'Tokyo',
      'Seoul',
      'New Delhi',
    ]);
    expect(itinerary.trip.route).toEqual(itinerary.stops.map((s) => s.id));
  });

  it('runs November 2-10, 2023, for Secretary Blinken', () => {
    expect(itinerary.trip.id).toBe(TRIP_ID);
    expect(itinerary.trip.firstDay).toBe('2023-11-02');
    expect(itinerary.trip.lastDay).toBe('2023-11-10');
    expect(itinerary.trip.traveler).toContain('Antony J. Blinken');
  });
});

describe('stops: country, gazetteer place and dates', () => {
  // city, country as the page names it, ISO code, IANA zone, approx. lat/lon, from, to, basis
  it.each([
    ['Tel Aviv', 'Israel', 'IL', 'Asia/Jerusalem', 32.08, 34.78, '2023-11-03', '2023-11-03', 'documented'],
    ['Amman', 'Jordan', 'JO', 'Asia/Amman', 31.95, 35.93, '2023-11-04', '2023-11-04', 'documented'],
    ['Ramallah', 'West Bank', 'PS', 'Asia/Hebron', 31.9, 35.2, '2023-11-04', '2023-11-05', 'inferred'],
    ['Baghdad', 'Iraq', 'IQ', 'Asia/Baghdad', 33.31, 44.36, '2023-11-05', '2023-11-05', 'documented'],
    ['Ankara', 'Türkiye', 'TR', 'Europe/Istanbul', 39.93, 32.86, '2023-11-06', '2023-11-06', 'inferred'],
    ['Tokyo', 'Japan', 'JP', 'Asia/Tokyo', 35.68, 139.69, '2023-11-07', '2023-11-08', 'documented'],
    [
      'Seoul',
      'Republic of Korea',
      'KR',
      'Asia/Seoul',
      37.57,
      126.98,
      '2023-11-08',
      '2023-11-09',
      'documented',
    ],
    ['New Delhi', 'India', 'IN', 'Asia/Kolkata', 28.61, 77.21, '2023-11-09', '2023-11-10', 'documented'],
  ] as const)('%s, %s (%s, %s)', (city, country, code, zone, lat, lon, from, to, basis) => {
    const s = stop(city);
    expect({ country: s.country, countryCode: s.countryCode, timeZone: s.timeZone }).toEqual({
      country,
      countryCode: code,
      timeZone: zone,
    });
    const at = s.coordinates ?? { lat: NaN, lon: NaN };
    expect(Math.abs(at.lat - lat)).toBeLessThan(0.5);
    expect(Math.abs(at.lon - lon)).toBeLessThan(0.5);
    expect({ from: s.from, to: s.to, basis: s.basis }).toEqual({ from, to, basis });
  });

  it('documents Tokyo by its meetings, remarks and press availability, not the call, interview or G7 statement', () => {
    expect(new Set(titlesOf(stop('Tokyo').evidence))).toEqual(
      new Set([
        'Secretary Blinken’s Meeting with Japanese Prime Minister Kishida',
        'Secretary Blinken’s Meeting with Japanese Foreign Minister Kamikawa',
        'Secretary Antony J. Blinken And Japanese Foreign Minister Kamikawa Yoko Before Their Meeting',
        'Secretary Antony J. Blinken at a Press Availability',
      ]),
    );
  });

  it('documents Seoul without the trilateral joint statement', () => {
    expect(new Set(titlesOf(stop('Seoul').evidence))).toEqual(
      new Set([
        'Secretary Antony J. Blinken And Republic of Korea Foreign Minister Park Jin At a Joint Press Availability',
        'Secretary Blinken’s Meeting with Republic of Korea President Yoon',
        'Secretary Blinken’s Meeting with Republic of Korea National Security Advisor Cho',
      ]),
    );
  });

  it('starts New Delhi on November 9 with the working breakfast dated in Washington', () => {
    const titles = titlesOf(stop('New Delhi').evidence);
    expect(titles).toContain(
      'Secretary Antony J. Blinken And Indian External Affairs Minister Subrahmanyam Jaishankar Before a Working Breakfast',
    );
    expect(titles).not.toContain('Joint Statement on the Fifth Annual India-U.S. 2+2 Ministerial Dialogue');
    expect(titles).toHaveLength(5);
  });

  it('infers Ramallah (empty section) between Amman and Baghdad, which leave no gap day', () => {
    const s = stop('Ramallah');
    expect(s.reason).toMatch(/Amman/);
    expect(s.reason).toMatch(/Baghdad/);
    expect(s.reason).toMatch(/no dated document|empty/i);
  });

  it('infers Ankara (no section at all) on the free day between Baghdad and Tokyo', () => {
    const s = stop('Ankara');
    expect(s.reason).toMatch(/Baghdad/);
    expect(s.reason).toMatch(/Tokyo/);
    expect(s.reason).toMatch(/November 6/);
  });

  it('rests inferred stops on the route announcement of November 1', () => {
    const announcement = itinerary.documents.find((d) =>
      d.title.startsWith('Secretary Blinken’s Travel to Tel Aviv'),
    );
    expect(announcement?.date).toBe('2023-11-01');
    for (const city of ['Ramallah', 'Ankara']) expect(stop(city).evidence).toContain(announcement?.id);
  });
});

describe('page text as published', () => {
  it('keeps curly apostrophes, en dashes and Türkiye', () => {
    expect(itinerary.summary[1]).toContain('Israel’s right to defend itself');
    expect(itinerary.documents.map((d) => d.title)).toContain('Public Schedule – November 9, 2023');
    expect(stop('Ankara').country).toBe('Türkiye');
  });

  it('reads the last line although the file has no final newline', () => {
    expect(page.endsWith('\n')).toBe(false);
    expect(itinerary.documents.at(-1)?.title).toBe(
      'Secretary Blinken’s Travel to Tel Aviv, Amman, Ramallah, Baghdad, Ankara, Tokyo, Seoul, and New Delhi',
    );
    const withNewline = buildItinerary(`${page}\n`, TRIP_ID);
    expect(itinerary.documents).toEqual(buildItinerary(page, TRIP_ID).documents);
    expect(withNewline.documents).toEqual(itinerary.documents);
    expect(withNewline.stops).toEqual(itinerary.stops);
  });

  it('reads Windows line endings the same way', () => {
    const crlf = buildItinerary(page.replace(/\n/g, '\r\n'), TRIP_ID);
    expect(crlf.stops).toEqual(itinerary.stops);
    expect(crlf.people).toEqual(itinerary.people);
  });

  // The committed library layers the page on the Historian's record: the page's documents,
  // summary, topics and each stop's own dating are kept as the parser builds them.
  it('keeps in the committed library exactly what the page parser builds', () => {
    const merged = mergedTrip();
    const parsed = JSON.parse(JSON.stringify(itinerary)) as typeof itinerary;
    expect(merged.trip.page).toEqual(parsed.trip.page);
    expect(merged.trip.route).toEqual(parsed.trip.route);
    expect([merged.trip.firstDay, merged.trip.lastDay]).toEqual([parsed.trip.firstDay, parsed.trip.lastDay]);
    expect(merged.summary).toEqual(parsed.summary);
    // person ids may change: one person across sources ("modi" on the page is Narendra Modi of the record)
    const withoutPeople = (docs: typeof parsed.documents) =>
      docs.map(({ people, ...d }) => ({ ...d, people: people.length }));
    expect(withoutPeople(merged.documents)).toEqual(withoutPeople(parsed.documents));
    const nameOf = (trip: typeof parsed, id: string) => trip.people.find((p) => p.id === id);
    for (const [i, doc] of parsed.documents.entries()) {
      doc.people.forEach((id, k) => {
        const own = nameOf(parsed, id)!;
        const kept = nameOf(merged, merged.documents[i]!.people[k]!)!;
        expect([kept.name, ...kept.aliases]).toContain(own.name);
      });
    }
    expect(merged.topics).toEqual(parsed.topics);
    expect(merged.stops.map((s) => ({ id: s.id, ...s.page }))).toEqual(
      parsed.stops.map((s) => ({ id: s.id, from: s.from, to: s.to, basis: s.basis, reason: s.reason })),
    );
  });
});
