/**
 * The likely local date of a trip-page item. Expected values by hand, from the sources:
 * - the page (data/sources/pages/2023-11-02-blinken-middle-east-asia.txt) dates items by
 *   Washington publication, no time;
 * - the Historian's record (blinken-antony-j.xml) gives local stays: 4178 Amman Nov 3-4,
 *   4189 Ankara Nov 5-6, 4181 Tokyo Nov 7-8, 4182 Seoul Nov 8-9, 4183 New Delhi Nov 9-10;
 * - after November 5, 2023 Washington is UTC-5: Tokyo and Seoul (UTC+9) are 14 h ahead,
 *   New Delhi (UTC+5:30) 10 h 30 min; before it, UTC-4: Amman (UTC+3) is 7 h ahead.
 */
import { describe, expect, it } from 'vitest';
import { itemDate, itemDateText, localDateText, monthDay } from '../../src/query/local-dates.js';
import type { TripView } from '../../src/query/library.js';
import type { Itinerary, TripDocument } from '../../src/itinerary/schema.js';
import { TRIP_ID, tripLibrary } from '../fixtures/trip.js';

const trip = tripLibrary().findTrip(TRIP_ID)!;
const doc = (title: string, section: string): TripDocument => {
  const found = trip.itinerary.documents.find((d) => d.title === title && d.section === section);
  if (!found) throw new Error(`no document "${title}" under ${section}`);
  return found;
};

/** A view of an edited copy of the trip (the real one is left alone). */
function edited(change: (itinerary: Itinerary) => void): TripView {
  const itinerary = structuredClone(trip.itinerary);
  change(itinerary);
  return {
    itinerary,
    id: itinerary.trip.id,
    days: trip.days,
    stop: (id) => itinerary.stops.find((s) => s.id === id),
    document: (id) => itinerary.documents.find((d) => d.id === id),
  };
}

describe('itemDate: the likely local date of a page item', () => {
  // Page line 33, under Seoul: "- November 8, 2023 Secretary Blinken’s Meeting with Republic of Korea
  // National Security Advisor Cho". Seoul's stay (4182) is Nov 8-9, but Tokyo's (4181) runs to Nov 8: the
  // Secretary began Nov 8 in Tokyo. 19:00 on Nov 8 in Washington is 9:00 on Nov 9 in Seoul.
  it('reads the Cho meeting, dated Nov 8 in Washington, as likely Nov 9 in Seoul', () => {
    const dated = itemDate(
      trip,
      doc('Secretary Blinken’s Meeting with Republic of Korea National Security Advisor Cho', 'Seoul'),
    );
    expect(dated).toEqual({
      washington: '2023-11-08',
      local: '2023-11-09',
      why: 'Seoul is 14 h ahead, and Nov 8 started in Tokyo',
    });
    expect(itemDateText(dated)).toBe(
      'dated Nov 8 in Washington, likely Nov 9 local: Seoul is 14 h ahead, and Nov 8 started in Tokyo',
    );
  });

  // Page line 29, under New Delhi: "- November 9, 2023 Secretary Antony J. Blinken And Indian External
  // Affairs Minister Subrahmanyam Jaishankar Before a Working Breakfast". New Delhi's stay (4183) is
  // Nov 9-10; Seoul's (4182) runs to Nov 9.
  it('reads the New Delhi working breakfast, dated Nov 9, as likely Nov 10', () => {
    const dated = itemDate(
      trip,
      doc(
        'Secretary Antony J. Blinken And Indian External Affairs Minister Subrahmanyam Jaishankar Before a Working Breakfast',
        'New Delhi',
      ),
    );
    expect(dated).toEqual({
      washington: '2023-11-09',
      local: '2023-11-10',
      why: 'New Delhi is 10 h 30 min ahead, and Nov 9 started in Seoul',
    });
    expect(localDateText(dated)).toBe(
      'likely Nov 10 local: New Delhi is 10 h 30 min ahead, and Nov 9 started in Seoul',
    );
  });

  it.each([
    // Line 32: "- November 9, 2023 Secretary Blinken’s Meeting with Republic of Korea President Yoon".
    // Nov 10 is after Seoul's stay (4182 ends Nov 9): Nov 9 it is.
    ['Secretary Blinken’s Meeting with Republic of Korea President Yoon', 'Seoul', '2023-11-09'],
    // Line 40: "- November 7, 2023 Secretary Blinken’s Meeting with Japanese Prime Minister Kishida".
    // Tokyo's stay is Nov 7-8, but Ankara's (4189) ended Nov 6: nothing moves it to Nov 8.
    ['Secretary Blinken’s Meeting with Japanese Prime Minister Kishida', 'Tokyo', '2023-11-07'],
    // Line 34: a joint statement filed under Seoul does not place the Secretary there.
    ['Joint Statement on the Japan-ROK-U.S. Trilateral Dialogue on Space Security', 'Seoul', '2023-11-08'],
    // Line 36: nor does a call.
    ['Secretary Antony J. Blinken’s Call with Omani FM Sayyid Badr al-Busaidi', 'Tokyo', '2023-11-08'],
    // Line 49: Amman's stay (4178) is Nov 3-4; Nov 5 is after it.
    ['Secretary Blinken’s Meeting with King Abdullah II of Jordan', 'Amman', '2023-11-04'],
    // Line 70, under Trip Preview: no stop at all.
    ['Secretary Antony J. Blinken Remarks to the Press', 'Trip Preview', '2023-11-02'],
  ])('keeps %s (%s) on its Washington date, %s', (title, section, washington) => {
    expect(itemDate(trip, doc(title, section))).toEqual({ washington });
    expect(itemDateText(itemDate(trip, doc(title, section)))).toBe(
      `dated ${monthDay(washington)} in Washington`,
    );
  });

  it('moves an item dated the day before a stay began into the stay', () => {
    // If Seoul's stay began Nov 9, a Seoul meeting dated Nov 8 in Washington could only be Nov 9 there.
    const view = edited((it) => {
      it.stops.find((s) => s.id === 'seoul')!.from = '2023-11-09';
    });
    const cho = view.itinerary.documents.find((d) => d.title.endsWith('National Security Advisor Cho'))!;
    expect(itemDate(view, cho)).toEqual({
      washington: '2023-11-08',
      local: '2023-11-09',
      why: 'Seoul is 14 h ahead, and the stay there began Nov 9',
    });
  });

  it('does not move an arrival-day item at a stop only 7 hours ahead', () => {
    // Amman's stay began Nov 3, the day Tel Aviv's (4177) ended. A meeting there dated Nov 3 in
    // Washington would be Nov 4 locally only before 7:00: it stays Nov 3.
    const view = edited((it) => {
      const meeting = it.documents.find(
        (d) => d.title === 'Secretary Blinken’s Meeting with King Abdullah II of Jordan',
      );
      meeting!.date = '2023-11-03';
    });
    const meeting = view.itinerary.documents.find((d) => d.title.endsWith('King Abdullah II of Jordan'))!;
    expect(itemDate(view, meeting)).toEqual({ washington: '2023-11-03' });
  });

  it('says nothing of a local date where the stop has only the page’s Washington dates', () => {
    const view = edited((it) => {
      it.stops.find((s) => s.id === 'seoul')!.dates = 'washington';
    });
    const cho = view.itinerary.documents.find((d) => d.title.endsWith('National Security Advisor Cho'))!;
    expect(itemDate(view, cho)).toEqual({ washington: '2023-11-08' });
  });
});
