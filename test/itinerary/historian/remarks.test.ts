/**
 * People met, from the Historian's `<remarks>`. Each row is a record of the travels XML
 * (id, country as the record writes it, remarks verbatim); expectations written by hand.
 */
import { describe, expect, it } from 'vitest';
import { mentionsInRemarks } from '../../../src/itinerary/ingest/historian/remarks.js';
import type { Mention } from '../../../src/itinerary/ingest/people.js';

type Row = [id: string, country: string, remarks: string, expected: Mention[]];

const p = (name: string, role: string, countryCode?: string, organisation?: string): Mention => ({
  name,
  role,
  ...(countryCode ? { countryCode } : {}),
  ...(organisation ? { organisation } : {}),
});

const RECORDS: Row[] = [
  [
    '4182',
    'Korea, Republic of',
    'Met with President Yoon Suk Yeol, Foreign Minister Park Jin, and National Security Advisor Cho Tae-yong.',
    [
      p('Yoon Suk Yeol', 'President', 'KR'),
      p('Park Jin', 'Foreign Minister', 'KR'),
      p('Cho Tae-yong', 'National Security Advisor', 'KR'),
    ],
  ],
  [
    '4177',
    'Israel',
    'Met with the Prime Minister Benjamin Netanyahu, the Israeli War Cabinet, and President Isaac Herzog.',
    [p('Benjamin Netanyahu', 'Prime Minister', 'IL'), p('Isaac Herzog', 'President', 'IL')],
  ],
  ['4178', 'Jordan', 'Met with King Abdullah II and regional partners.', [p('Abdullah II', 'King', 'JO')]],
  [
    '4160',
    'Jordan',
    'Met with Palestinian Authority President Mahmoud Abbas and King Abdullah II.',
    [p('Mahmoud Abbas', 'President', 'PS', 'Palestinian Authority'), p('Abdullah II', 'King', 'JO')],
  ],
  [
    '4179',
    'West Bank',
    'Met with Palestinian Authority President Mahmoud Abbas.',
    [p('Mahmoud Abbas', 'President', 'PS', 'Palestinian Authority')],
  ],
  ['4123', 'West Bank', 'Met with President Mahmoud Abbas.', [p('Mahmoud Abbas', 'President', 'PS')]],
  [
    '4181',
    'Japan',
    'Met with Prime Minister Kishida Fumio and participated in the G7 Foreign Ministers’ Meeting.',
    [p('Kishida Fumio', 'Prime Minister', 'JP')],
  ],
  [
    '4183',
    'India',
    'Participated in the 2+2 Ministerial Dialogue with Secretary of Defense Lloyd J. Austin III.',
    [p('Lloyd J. Austin III', 'Secretary of Defense', 'US')],
  ],
  [
    '2066',
    'Iceland',
    'Accompanied President Reagan to a meeting with Soviet General Secretary Gorbachev.',
    [p('Reagan', 'President', 'US'), p('Gorbachev', 'General Secretary', 'SU')],
  ],
  [
    '2116',
    'U.S.S.R.',
    'Met with Foreign Minister Shevardnadze and General Secretary Gorbachev.',
    [p('Shevardnadze', 'Foreign Minister', 'SU'), p('Gorbachev', 'General Secretary', 'SU')],
  ],
  [
    '772',
    'France',
    'Conferred with Prime Ministers Eden and Mendes-France on the Genera Conference.',
    // two prime ministers, neither said to be French: no country guessed
    [p('Eden', 'Prime Minister'), p('Mendes-France', 'Prime Minister')],
  ],
  [
    '1811',
    'Spain',
    'Met with Generalissimo Franco and Foreign Minister Castiella.',
    [p('Franco', 'Generalissimo', 'ES'), p('Castiella', 'Foreign Minister', 'ES')],
  ],
  [
    '2203',
    'Germany',
    'Met with President von Hindenburg and senior German officials.',
    [p('von Hindenburg', 'President', 'DE')],
  ],
  [
    '1092',
    'Switzerland',
    'Met with Shah Mohammed Reza Pahlavi of Iran.',
    [p('Mohammed Reza Pahlavi', 'Shah', 'IR')],
  ],
  [
    '987',
    'China',
    'Met with Chairman Mao Tse-tung, Premier Chou En-lai, and senior Chinese officials.',
    [p('Mao Tse-tung', 'Chairman', 'CN'), p('Chou En-lai', 'Premier', 'CN')],
  ],
  [
    '4006',
    'Jordan',
    'Met with His Majesty King Abdullah II of Jordan and Deputy Prime Minister and Foreign Minister Ayman Safadi.',
    [p('Abdullah II', 'King', 'JO'), p('Ayman Safadi', 'Deputy Prime Minister and Foreign Minister', 'JO')],
  ],
  [
    '4263',
    'United Kingdom',
    'Met with Caretaker Lebanese Prime Minister Najib Mikati, United Arab Emirates Foreign Minister Abdullah Bin Zayed Al Nahyan, and Jordan’s Deputy Prime Minister and Minister of Foreign Affairs and Expatriates Ayman Safadi.',
    [
      p('Najib Mikati', 'Caretaker Prime Minister', 'LB'),
      p('Abdullah Bin Zayed Al Nahyan', 'Foreign Minister', 'AE'),
      p('Ayman Safadi', 'Deputy Prime Minister and Minister of Foreign Affairs and Expatriates', 'JO'),
    ],
  ],
  [
    '3252',
    'Israel',
    'Met with President Shimon Peres, Prime Minister Benjamin Netanyahu, Foreign Minister Avigdor Liberman, Defense Minister Ehud Barak, Palestinian Authority President Salam Fayyad, and Quartet Representative Tony Blair.',
    [
      p('Shimon Peres', 'President', 'IL'),
      p('Benjamin Netanyahu', 'Prime Minister', 'IL'),
      p('Avigdor Liberman', 'Foreign Minister', 'IL'),
      p('Ehud Barak', 'Defense Minister', 'IL'),
      p('Salam Fayyad', 'President', 'PS', 'Palestinian Authority'),
      p('Tony Blair', 'Quartet Representative'),
    ],
  ],
  [
    '2851',
    'France',
    'Attended memorial services for former President Pompidou. Met afterward with interim President Poher, Italian Prime Minister Leone, British Prime Minister Wilson, West German Chancellor Brandt, Danish Prime Minister Hartling, Soviet President Podgorny, and Japanese Prime Minister Tanaka.',
    [
      p('Poher', 'interim President', 'FR'),
      p('Leone', 'Prime Minister', 'IT'),
      p('Wilson', 'Prime Minister', 'GB'),
      p('Brandt', 'Chancellor', 'DE'),
      p('Hartling', 'Prime Minister', 'DK'),
      p('Podgorny', 'President', 'SU'),
      p('Tanaka', 'Prime Minister', 'JP'),
    ],
  ],
  [
    '1679',
    'Afghanistan',
    'Met with King Mohammad Zahir Shah and Prime Minister Etemadi.',
    [p('Mohammad Zahir Shah', 'King', 'AF'), p('Etemadi', 'Prime Minister', 'AF')],
  ],
  [
    '4082',
    'Philippines',
    'Met with President Ferdinand Romualdez Marcos Jr. and Secretary of Foreign Affairs Enrique Manalo.',
    [
      p('Ferdinand Romualdez Marcos Jr.', 'President', 'PH'),
      p('Enrique Manalo', 'Secretary of Foreign Affairs', 'PH'),
    ],
  ],
  [
    '4013',
    'Vatican City',
    'Met with Pope Francis, Holy See Secretary of State Cardinal Pietro Parolin, and Holy See Secretary for Relations with States Archbishop Paul Gallagher.',
    [
      p('Francis', 'Pope', 'VA'),
      p('Pietro Parolin', 'Secretary of State', 'VA'),
      p('Paul Gallagher', 'Secretary for Relations with States', 'VA'),
    ],
  ],
  [
    '3869',
    'Belgium',
    'Met with Belgian Prime Minister and European Council President-elect Michel, NATO Secretary General Stoltenberg, European Parliament President Sassoli, European Commission President-elect von der Leyen, and Acting Spanish Foreign Minister Josep Borrell.',
    [
      p('Michel', 'President-elect', undefined, 'European Council'),
      p('Stoltenberg', 'Secretary General', undefined, 'NATO'),
      p('Sassoli', 'President', undefined, 'European Parliament'),
      p('von der Leyen', 'President-elect', undefined, 'European Commission'),
      p('Josep Borrell', 'Acting Foreign Minister', 'ES'),
    ],
  ],
  [
    '4032',
    'Kenya',
    'Met with Kenyan President Uhuru Kenyatta and Cabinet Secretary for Foreign Affairs Ambassador Raychelle Omamo.',
    [
      p('Uhuru Kenyatta', 'President', 'KE'),
      p('Raychelle Omamo', 'Cabinet Secretary for Foreign Affairs', 'KE'),
    ],
  ],
  [
    '216',
    'Switzerland',
    'Accompanied President Clinton to meetings with President Assad of Syria.',
    [p('Clinton', 'President', 'US'), p('Assad', 'President', 'SY')],
  ],
  [
    '3300',
    'United Kingdom',
    'Attended the funeral of King George VI and conferred with the British and French Foreign Ministers and with West German Chancellor Adenauer.',
    // King George VI's funeral is not a meeting with him
    [p('Adenauer', 'Chancellor', 'DE')],
  ],
  [
    '1178',
    'Netherlands',
    'Met with Foreign Minister van der Stoel.',
    [p('van der Stoel', 'Foreign Minister', 'NL')],
  ],
  [
    '956',
    'Canada',
    'Returned visit by Prime Minister Mackenzie King.',
    [p('Mackenzie King', 'Prime Minister', 'CA')],
  ],
  [
    '1233',
    'Israel',
    'Met with Prime Minister-elect Sharon and senior Israeli officials.',
    [p('Sharon', 'Prime Minister-elect', 'IL')],
  ],
  [
    '4089',
    'Colombia',
    'Met with President Gustavo Petro, Vice President Francia Márquez, and Foreign Minister Álvaro Leyva.',
    [
      p('Gustavo Petro', 'President', 'CO'),
      p('Francia Márquez', 'Vice President', 'CO'),
      p('Álvaro Leyva', 'Foreign Minister', 'CO'),
    ],
  ],
];

/** Records that name nobody met (no name, only a funeral, only a possessive). */
const NOBODY: [id: string, country: string, remarks: string][] = [
  ['—', 'France', ''],
  ['—', 'France', '   '],
  ['4022', 'Belgium', 'Met with NATO Allies and partners.'],
  ['4153', 'New Zealand', 'Met with senior officials and attended the FIFA Women’s World Cup.'],
  [
    '3291',
    'France',
    'Met with the Foreign Ministers of the United Kingdom, France, Belgium, Luxembourg, and the Netherlands.',
  ],
  [
    '1980',
    'Grenada',
    'Met with the Governor General and members of the interim government; attended 10th anniversary of independence celebrations.',
  ],
  [
    '1205',
    'Japan',
    'Attended funeral ceremony for Emperor Mutsuhito; left U.S. August 22; returned October 11.',
  ],
  ['4096', 'Indonesia', 'Supported President Biden’s participation in the G20 Leaders’ Summit.'],
  ['3240', 'Finland', 'Signed General Security of Information Agreement.'],
  ['1875', 'Mexico', 'Dedicated a statue of President Lincoln.'],
  ['—', 'Israel', 'Met with the Israeli War Cabinet and the Foreign Minister.'],
];

describe('mentionsInRemarks', () => {
  it.each(RECORDS)('record %s (%s)', (_id, country, remarks, expected) => {
    expect(mentionsInRemarks(remarks, { country })).toEqual(expected);
  });

  it.each(NOBODY)('record %s (%s) names nobody met', (_id, country, remarks) => {
    expect(mentionsInRemarks(remarks, { country })).toEqual([]);
  });

  it("takes the caller's country code over the record's country name", () => {
    expect(
      mentionsInRemarks('Met with President Gorbachev.', { country: 'U.S.S.R.', countryCode: 'RU' }),
    ).toEqual([p('Gorbachev', 'President', 'RU')]);
  });

  it('names a person once per record, by the fullest name', () => {
    const remarks =
      'Met with Prime Minister Benjamin Netanyahu and Foreign Minister Gabi Ashkenazi. Also held trilateral meeting with Prime Minister Netanyahu and Bahraini Foreign Minister Abdullatif bin Rashid Al Zayani.';
    expect(mentionsInRemarks(remarks, { country: 'Israel' }).map((m) => m.name)).toEqual([
      'Benjamin Netanyahu',
      'Gabi Ashkenazi',
      'Abdullatif bin Rashid Al Zayani',
    ]);
  });
});
