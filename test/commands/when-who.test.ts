/** /trip when and /trip who: the acceptance examples and their --json data. */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/reply/text.js';
import { ask, TRIP_ID } from '../fixtures/trip.js';

interface WhoData {
  matches: {
    name: string;
    role: string;
    appearances: { date: string; city: string | null; title: string; person: string }[];
  }[];
}
interface WhenData {
  stops: {
    city: string;
    country: string;
    from: string;
    to: string;
    basis: string;
    person: string;
    trip: string;
    sources: { kind: string }[];
  }[];
}

describe('/trip when', () => {
  // XML: 70 Seoul stays (3993/4020 are one); newest 4275 (2025-01-06); 4182 is 2023-11-08..09,
  // country "Korea, Republic of".
  it('Seoul: every stay newest first; November 8-9, 2023 documented by record 4182 and the page', async () => {
    const outcome = await ask('when Seoul');
    const { stops } = outcome.data as WhenData;
    expect(stops).toHaveLength(70);
    expect(stops[0]).toMatchObject({ city: 'Seoul', from: '2025-01-06', person: 'Secretary Blinken' });
    expect(stops.filter((s) => s.trip === TRIP_ID)).toMatchObject([
      {
        city: 'Seoul',
        country: 'Korea, Republic of',
        from: '2023-11-08',
        to: '2023-11-09',
        basis: 'documented',
        person: 'Secretary Blinken',
        sources: [{ kind: 'historian' }, { kind: 'page' }],
      },
    ]);
    expect(outcome.reply.title).toMatch(/Seoul: 70 stays/);
    expect(renderText(outcome.reply)).toMatch(
      /November 8.9, 2023 · Secretary Blinken · Seoul, Korea, Republic of/,
    );
  });

  // XML: 55 stays in Turkey/Türkiye; newest 4272 (Ankara, 2024-12-12..13); 4189 Ankara 2023-11-05..06.
  it('Turkey: the Türkiye stays too, Ankara November 5-6, 2023 documented (record 4189)', async () => {
    const outcome = await ask('when Turkey');
    const { stops } = outcome.data as WhenData;
    expect(stops).toHaveLength(55);
    expect(stops[0]).toMatchObject({
      city: 'Ankara',
      country: 'Türkiye',
      from: '2024-12-12',
      to: '2024-12-13',
    });
    expect(stops.filter((s) => s.trip === TRIP_ID)).toMatchObject([
      { city: 'Ankara', country: 'Türkiye', from: '2023-11-05', to: '2023-11-06', basis: 'documented' },
    ]);
    expect(stops.some((s) => s.country === 'Turkey')).toBe(true);
    expect(renderText(outcome.reply)).toMatch(
      /November 5.6, 2023 · Secretary Blinken · Ankara, Türkiye \(record 4189/,
    );
  });

  it('an unknown place is NOT_FOUND: no visit on record, with a hint', async () => {
    const outcome = await ask('when xyzzy');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    // Not a real place either (unlike Bhutan, which gets "No visit to Bhutan is on record").
    expect(renderText(outcome.reply)).toContain('No place on record matches "xyzzy"');
    expect(outcome.reply.hint).toMatch(/\/trip when/);
  });

  it('Paris is on record now (record 4226: Blinken, April 1-2, 2024)', async () => {
    const outcome = await ask('when Paris');
    expect(outcome.ok).toBe(true);
    expect((outcome.data as WhenData).stops).toContainEqual(
      expect.objectContaining({
        city: 'Paris',
        from: '2024-04-01',
        to: '2024-04-02',
        person: 'Secretary Blinken',
      }),
    );
  });

  it('a traveller word keeps one office', async () => {
    const outcome = await ask('when president Seoul');
    const { stops } = outcome.data as WhenData;
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.every((s) => s.person.startsWith('President '))).toBe(true);
  });
});

describe('/trip who', () => {
  // The page's three New Delhi documents, then the XML remarks naming him: 4049 (Melbourne,
  // 2022-02-09), 4015 (New Delhi, 2021-07-26), Pompeo 3974 (2020-10-25) and 3858 (2019-06-25).
  it('jaishankr: Subrahmanyam Jaishankar first, every appearance newest first, with who went', async () => {
    const outcome = await ask('who jaishankr');
    const [best] = (outcome.data as WhoData).matches;
    expect(best?.name).toBe('Subrahmanyam Jaishankar');
    expect(best?.appearances.map((a) => `${a.date} ${a.city} ${a.person}`)).toEqual([
      '2023-11-10 New Delhi Secretary Blinken',
      '2023-11-10 New Delhi Secretary Blinken',
      '2023-11-09 New Delhi Secretary Blinken',
      '2022-02-09 Melbourne Secretary Blinken',
      '2021-07-26 New Delhi Secretary Blinken',
      '2020-10-25 New Delhi Secretary Pompeo',
      '2019-06-25 New Delhi Secretary Pompeo',
    ]);
    expect(renderText(outcome.reply)).toContain('November 9, 2023');
  });

  // DESIGN: for a Historian record, an appearance's title is its remark sentence (the one naming him).
  it('jaishankr: a record’s appearance is titled with the whole remark sentence that names him', async () => {
    const outcome = await ask('who jaishankr');
    const [best] = (outcome.data as WhoData).matches;
    const title = (date: string) => best?.appearances.find((a) => a.date === date)?.title;
    expect(title('2021-07-26')).toBe(
      'Met with External Affairs Minister Dr. S. Jaishankar and Prime Minister Narendra Modi.',
    );
    expect(title('2020-10-25')).toBe(
      'Met with Minister of External Affairs Subrahmanyam Jaishankar and Minister of Defense Rajnath Singh.',
    );
    expect(title('2019-06-25')).toBe(
      'Met with Prime Minister Narendra Modi and Minister of External Affairs S. Jaishankar to discuss the U.S.-India strategic partnership.',
    );
  });

  it('lazarini: the UNRWA Commissioner-General', async () => {
    const outcome = await ask('who lazarini');
    const [best] = (outcome.data as WhoData).matches;
    expect(best?.name).toBe('Philippe Lazzarini');
    expect(best?.role).toMatch(/Commissioner.General/);
    expect(renderText(outcome.reply)).toContain('UNRWA');
  });

  // Page line 33, under Seoul: "- November 8, 2023 Secretary Blinken’s Meeting with Republic of Korea
  // National Security Advisor Cho". Washington date Nov 8; Seoul (record 4182, Nov 8-9) is 14 h ahead
  // and Tokyo's stay (4181) ran to Nov 8, so the meeting was likely Nov 9 there.
  it('cho: the page’s Nov 8 meeting keeps its Washington date and says it was likely Nov 9 in Seoul', async () => {
    const outcome = await ask('who cho tae-yong');
    const [best] = (outcome.data as WhoData).matches;
    expect(best?.appearances[0]).toMatchObject({ date: '2023-11-08', localDate: '2023-11-09' });
    expect(renderText(outcome.reply)).toContain(
      'November 8, 2023 · Secretary Blinken · Seoul, Korea, Republic of: Secretary Blinken’s Meeting with Republic of Korea National Security Advisor Cho (likely Nov 9 local: Seoul is 14 h ahead, and Nov 8 started in Tokyo)',
    );
  });

  it('xyzzy: NOT_FOUND with a hint', async () => {
    const outcome = await ask('who xyzzy');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    expect(outcome.reply.hint).toBeTruthy();
  });
});

describe('/trip who: a name the sources give alone', () => {
  // XML remarks: "Met with Premier Kim." (Kissinger, 1973), "Prime Minister Kim" (Shultz, 1983),
  // "President Kim" (Clinton 1993; Albright 1997, 1998), "Foreign Minister Kim" (Clinton, 2011):
  // several Koreans under one name, in different offices 38 years apart.
  it('says the appearances of "Kim" may be different people', async () => {
    const text = renderText((await ask('who kim')).reply);
    expect(text.split('\n')[1]).toBe(
      'The sources give only the name "Kim", in different offices over 38 years: these may be different people.',
    );
  });

  // XML: "Foreign Minister Gromyko" in every remark, 1974-1985: one office, so no such caveat.
  it('does not hedge a name given alone in one office (Gromyko)', async () => {
    const text = renderText((await ask('who gromyko')).reply);
    expect(text).toMatch(/^Gromyko \(Foreign Minister, U\.S\.S\.R\.\)/);
    expect(text).not.toContain('may be different people');
  });
});
