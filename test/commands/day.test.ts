/** /trip day: the whole day, from the documents dated that day. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import { ask } from '../fixtures/trip.js';

describe('/trip day', () => {
  it('2023-11-07: Tokyo, with Kishida and Kamikawa', async () => {
    const outcome = await ask('day 2023-11-07');
    expect(outcome.ok).toBe(true);
    const text = renderText(outcome.reply);
    expect(text).toContain('Tokyo');
    expect(text).toContain('Kishida');
    expect(text).toContain('Kamikawa');
    // record 4182 (Seoul, "Korea, Republic of") begins November 8: not a stay on the 7th
    expect(text).not.toContain('Seoul, Korea, Republic of');
  });

  it('2023-11-08 lists the call, the interview and the G7 statement, and both cities', async () => {
    // "Nov 8" is the latest November 8 on or before today: ask on November 10, 2023
    const text = renderText((await ask('day Nov 8', new Date('2023-11-10T15:00:00Z'))).reply);
    expect(text).toContain('Call with Omani FM Sayyid Badr al-Busaidi');
    expect(text).toContain('Yusaku Ishii of NHK');
    expect(text).toContain('G7 Japan 2023 Foreign Ministers’ Statement');
    expect(text.indexOf('Tokyo, Japan')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Tokyo, Japan')).toBeLessThan(text.indexOf('Seoul, Korea, Republic of'));
  });

  // One rule for a valid date outside every trip, in every command: an answer (ok), not an error,
  // with the trips before and after it. From the Historian's XML (blinken-antony-j.xml): record
  // 4187 (UAE) ends the Nov 28 - Dec 1 trip; record 4191 (Mexico City) is Dec 27; record 4166
  // (Israel) ends Oct 18; the Nov 2-10 trip begins on Nov 2.
  it.each([
    ['day 2023-12-25', '2023-12-01', '2023-12-27'],
    ['route 2023-12-25', '2023-12-01', '2023-12-27'],
    ['where 2023-12-25', '2023-12-01', '2023-12-27'],
    ['day 2023-10-31', '2023-10-18', '2023-11-02'],
    ['route 2023-10-31', '2023-10-18', '2023-11-02'],
    ['day 25.12.2023', '2023-12-01', '2023-12-27'],
  ])(
    '%s: no foreign travel on record, between the trips ending %s and starting %s',
    async (q, prev, next) => {
      const outcome = await ask(q);
      expect(outcome.ok).toBe(true);
      expect(outcome.reply.kind).toBe('answer');
      expect(outcome.reply.lead).toMatch(/^No foreign travel by the Secretary is on record for /);
      const data = outcome.data as {
        outside: string;
        previous: { lastDay: string };
        next: { firstDay: string };
      };
      expect(data.outside).toBe('no-travel');
      expect(data.previous.lastDay).toBe(prev);
      expect(data.next.firstDay).toBe(next);
    },
  );

  // The page (lines 68 and 72) dates two documents November 1, 2023, the day before the trip.
  it('day 2023-11-01: no stay, but names the two trip-page documents dated that day', async () => {
    const outcome = await ask('day 2023-11-01');
    expect(outcome.ok).toBe(true);
    const text = renderText(outcome.reply);
    expect(text).toContain('The trip page has 2 documents dated that day.');
    expect(text).toContain('Public Schedule – November 2, 2023');
    expect(text).toContain(
      'Secretary Blinken’s Travel to Tel Aviv, Amman, Ramallah, Baghdad, Ankara, Tokyo, Seoul, and New Delhi',
    );
    expect(outcome.reply.hint).toBe('Try /trip day 2023-11-02');
  });

  // The page dates each item in Washington, with no time; the Historian's record gives the local
  // stays (4181 Tokyo Nov 7-8, 4182 Seoul Nov 8-9, 4183 New Delhi Nov 9-10). A day lists the items
  // of its likely local date, each with its Washington date.
  describe('page items on their likely local day', () => {
    const CHO = 'Secretary Blinken’s Meeting with Republic of Korea National Security Advisor Cho';
    const YOON = 'Secretary Blinken’s Meeting with Republic of Korea President Yoon';
    const BREAKFAST =
      'Secretary Antony J. Blinken And Indian External Affairs Minister Subrahmanyam Jaishankar Before a Working Breakfast';
    const section = (text: string, heading: string) => {
      const start = text.indexOf(`\n${heading}:\n`);
      if (start < 0) return '';
      const end = text.indexOf('\n\n', start + 1);
      return text.slice(start, end < 0 ? undefined : end);
    };

    it('day 2023-11-09 opens with the Seoul meetings, the Cho meeting first, and not the New Delhi breakfast', async () => {
      const text = renderText((await ask('day 2023-11-09')).reply);
      // Page line 33, under Seoul: "- November 8, 2023 Secretary Blinken’s Meeting with Republic of Korea
      // National Security Advisor Cho": Seoul is 14 h ahead of Washington, and Nov 8 began in Tokyo.
      // Line 32: "- November 9, 2023 Secretary Blinken’s Meeting with Republic of Korea President Yoon".
      expect(section(text, 'Meetings').split('\n').slice(2)).toEqual([
        `  - ${CHO} (Seoul, dated Nov 8 in Washington, likely Nov 9 local: Seoul is 14 h ahead, and Nov 8 started in Tokyo)`,
        `  - ${YOON} (Seoul, dated Nov 9 in Washington)`,
      ]);
      // Line 29, under New Delhi: "- November 9, 2023 ... Before a Working Breakfast": dated Nov 9, likely Nov 10.
      expect(section(text, 'Remarks and press')).not.toContain(BREAKFAST);
      expect(section(text, 'Likely on another local day')).toContain(
        `${BREAKFAST} (New Delhi, dated Nov 9 in Washington, likely Nov 10 local: New Delhi is 10 h 30 min ahead, and Nov 9 started in Seoul)`,
      );
      expect(text.split(BREAKFAST).length - 1).toBe(1);
    });

    it('day 2023-11-10 lists the breakfast first among New Delhi’s remarks', async () => {
      const text = renderText((await ask('day 2023-11-10')).reply);
      // Page lines 23-29 list New Delhi newest first; line 29 (the breakfast) is the earliest.
      expect(section(text, 'Remarks and press').split('\n')[2]).toBe(
        `  - ${BREAKFAST} (New Delhi, dated Nov 9 in Washington, likely Nov 10 local: New Delhi is 10 h 30 min ahead, and Nov 9 started in Seoul)`,
      );
      // Line 24: "- November 10, 2023 Secretary Blinken’s Meeting with Indian Prime Minister Modi".
      expect(text).toContain(
        'Secretary Blinken’s Meeting with Indian Prime Minister Modi (New Delhi, dated Nov 10 in Washington)',
      );
      expect(text).toContain('the Historian’s local dates of the stay');
    });

    it('day 2023-11-08 points to the Cho meeting rather than listing it as a meeting of Nov 8', async () => {
      const outcome = await ask('day 2023-11-08');
      const text = renderText(outcome.reply);
      expect(section(text, 'Meetings')).toBe('');
      expect(section(text, 'Likely on another local day')).toContain(
        `${CHO} (Seoul, dated Nov 8 in Washington, likely Nov 9 local`,
      );
      // Line 34: a joint statement filed under Seoul, dated Nov 8: not proof of presence, so not moved.
      expect(section(text, 'Statements')).toContain(
        'Joint Statement on the Japan-ROK-U.S. Trilateral Dialogue on Space Security (Seoul, dated Nov 8 in Washington)',
      );
      const data = outcome.data as {
        documents: { title: string }[];
        elsewhere: { title: string; localDate: string }[];
      };
      expect(data.documents.map((d) => d.title)).not.toContain(CHO);
      expect(data.elsewhere).toMatchObject([{ title: CHO, date: '2023-11-08', localDate: '2023-11-09' }]);
    });

    it('every page item line of a day says its Washington date', async () => {
      for (const date of [
        '2023-11-03',
        '2023-11-04',
        '2023-11-05',
        '2023-11-07',
        '2023-11-08',
        '2023-11-09',
        '2023-11-10',
      ]) {
        const { documents, elsewhere } = (await ask(`day ${date}`)).data as {
          documents: { dated: string }[];
          elsewhere: { dated: string }[];
        };
        for (const d of [...documents, ...elsewhere])
          expect(d.dated).toMatch(/^dated [A-Z][a-z]{2} \d+ in Washington/);
      }
    });
  });
});
