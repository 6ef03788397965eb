/**
 * One person, one entry. The records are mentions as the Historian's remarks give them
 * (ref = the travels XML record id); a few come from other sources and are marked so.
 */
import { describe, expect, it } from 'vitest';
import { resolveIdentities, type Identity, type NameRecord } from '../../src/itinerary/ingest/identity.js';

const r = (
  ref: string,
  name: string,
  role: string,
  countryCode?: string,
  organisation?: string,
): NameRecord<string> => ({
  name,
  role,
  ref,
  ...(countryCode ? { countryCode } : {}),
  ...(organisation ? { organisation } : {}),
});

/** The entries as name -> sorted refs, for comparing groupings. */
function grouping(records: NameRecord<string>[]): Record<string, string[]> {
  return Object.fromEntries(resolveIdentities(records).map((p) => [p.name, [...p.refs].sort()]));
}

function only(records: NameRecord<string>[]): Identity<string> {
  const people = resolveIdentities(records);
  expect(people).toHaveLength(1);
  return people[0]!;
}

// 3999, 3935: "President Zelenskyy"; 4044, 4067: "President Volodymyr Zelenskyy"; 4168: "President Zelensky".
const ZELENSKYY = [
  r('3935', 'Zelenskyy', 'President', 'UA'),
  r('3999', 'Zelenskyy', 'President', 'UA'),
  r('4044', 'Volodymyr Zelenskyy', 'President', 'UA'),
  r('4067', 'Volodymyr Zelenskyy', 'President', 'UA'),
  r('4168', 'Zelensky', 'President', 'UA'),
  r('page', 'Volodymyr Zelenskiy', 'President'), // another source's spelling, no country
];
// 707, 3026: "Prime Minister Netanyahu" (1996, 2009); 46: "Israeli Prime Minister Netanyahu" in London;
// 3252, 4287: "Prime Minister Benjamin Netanyahu" (2012, 2025).
const NETANYAHU = [
  r('707', 'Netanyahu', 'Prime Minister', 'IL'),
  r('46', 'Netanyahu', 'Prime Minister', 'IL'),
  r('3026', 'Netanyahu', 'Prime Minister', 'IL'),
  r('3252', 'Benjamin Netanyahu', 'Prime Minister', 'IL'),
  r('4287', 'Benjamin Netanyahu', 'Prime Minister', 'IL'),
];
// 2034: "Soviet General Secretary Gorbachev" (Geneva); 2116: "General Secretary Gorbachev" (U.S.S.R.,
// code given as RU by the caller); 289: "President Gorbachev"; 2335: "Soviet Chairman Gorbachev".
const GORBACHEV = [
  r('2034', 'Gorbachev', 'General Secretary', 'SU'),
  r('2116', 'General Secretary Gorbachev', 'General Secretary', 'RU'),
  r('289', 'Gorbachev', 'President', 'RU'),
  r('2335', 'Gorbachev', 'Chairman', 'SU'),
];
// 385 (1991): "President Herzog" (Chaim Herzog); 4176, 4287: "President Isaac Herzog";
// 3603: "Opposition leader Yitzhak Herzog" (the same man as Isaac, but nothing in the text says so).
const HERZOG = [
  r('385', 'Herzog', 'President', 'IL'),
  r('4176', 'Isaac Herzog', 'President', 'IL'),
  r('4287', 'Isaac Herzog', 'President', 'IL'),
  r('3603', 'Yitzhak Herzog', 'Opposition leader', 'IL'),
];
// 4178, 3353: "King Abdullah II"; 133 (1999): "Crown Prince Abdullah" in Jordan; 2969: "King Abdullah" in Saudi Arabia.
const ABDULLAH = [
  r('4178', 'Abdullah II', 'King', 'JO'),
  r('3353', 'Abdullah II', 'King', 'JO'),
  r('133', 'Abdullah', 'Crown Prince', 'JO'),
  r('2969', 'Abdullah', 'King', 'SA'),
  r('3414', 'Abdullah bin Abdel Aziz al-Saud', 'King', 'SA'),
];

describe('resolveIdentities: who is one person', () => {
  it.each([
    [
      'Zelenskyy, Zelensky and Zelenskiy',
      ZELENSKYY,
      { 'Volodymyr Zelenskyy': ['3935', '3999', '4044', '4067', '4168', 'page'] },
    ],
    ['Netanyahu across decades', NETANYAHU, { 'Benjamin Netanyahu': ['3026', '3252', '4287', '46', '707'] }],
    [
      'Gorbachev, Soviet and Russian, with and without a title',
      GORBACHEV,
      { Gorbachev: ['2034', '2116', '2335', '289'] },
    ],
    [
      'a bare "Herzog" when two full-name Herzogs exist',
      HERZOG,
      { Herzog: ['385'], 'Isaac Herzog': ['4176', '4287'], 'Yitzhak Herzog': ['3603'] },
    ],
    [
      'Isaac and Chaim Herzog, with a bare "Herzog"',
      [
        r('385', 'Herzog', 'President', 'IL'),
        r('4176', 'Isaac Herzog', 'President', 'IL'),
        r('other', 'Chaim Herzog', 'President', 'IL'),
      ],
      { Herzog: ['385'], 'Isaac Herzog': ['4176'], 'Chaim Herzog': ['other'] },
    ],
    [
      'a bare name joins the one full name of that surname',
      [r('385', 'Herzog', 'President', 'IL'), r('4176', 'Isaac Herzog', 'President', 'IL')],
      { 'Isaac Herzog': ['385', '4176'] },
    ],
    [
      'Abdullah II; Crown Prince Abdullah joins him; the Saudi King Abdullah does not',
      ABDULLAH,
      { 'Abdullah II': ['133', '3353', '4178'], 'Abdullah bin Abdel Aziz al-Saud': ['2969', '3414'] },
    ],
    [
      'Abdullah I and Abdullah II apart; a bare "King Abdullah" stays apart from both',
      [
        r('4178', 'Abdullah II', 'King', 'JO'),
        r('other', 'Abdullah I', 'King', 'JO'),
        r('x', 'Abdullah', 'King', 'JO'),
      ],
      { 'Abdullah II': ['4178'], 'Abdullah I': ['other'], Abdullah: ['x'] },
    ],
    [
      'Cho Tae-yong written with and without the hyphen',
      [
        r('4182', 'Cho Tae-yong', 'National Security Advisor', 'KR'),
        r('page', 'Cho Taeyong', 'National Security Advisor'),
      ],
      { 'Cho Tae-yong': ['4182', 'page'] },
    ],
    [
      'Kishida Fumio and Fumio Kishida',
      [
        r('4181', 'Kishida Fumio', 'Prime Minister', 'JP'),
        r('4104', 'Kishida Fumio', 'Prime Minister', 'JP'),
        r('3346', 'Fumio Kishida', 'Foreign Minister', 'JP'),
      ],
      { 'Kishida Fumio': ['3346', '4104', '4181'] },
    ],
    [
      'Lloyd J. Austin III and "Secretary of Defense Austin"',
      [
        r('4183', 'Lloyd J. Austin III', 'Secretary of Defense', 'US'),
        r('4245', 'Lloyd J. Austin III', 'Secretary of Defense', 'US'),
        r('4246', 'Austin', 'Secretary of Defense', 'US'),
      ],
      { 'Lloyd J. Austin III': ['4183', '4245', '4246'] },
    ],
    [
      'Lee Kuan Yew and Lee Hsien Loong apart; a bare "Prime Minister Lee" joins neither',
      [
        r('3278', 'Lee Kuan Yew', 'former Prime Minister', 'SG'),
        r('3278', 'Lee Hsien Loong', 'Prime Minister', 'SG'),
        r('2399', 'Lee', 'Prime Minister', 'SG'),
      ],
      { 'Lee Kuan Yew': ['3278'], 'Lee Hsien Loong': ['3278'], Lee: ['2399'] },
    ],
    [
      'Ferdinand Marcos and Ferdinand Marcos Jr.; a bare "President Marcos" (1970s) is not the son',
      [
        r('1874', 'Marcos', 'President', 'PH'),
        r('4222', 'Ferdinand Marcos Jr.', 'President', 'PH'),
        r('4082', 'Ferdinand Romualdez Marcos Jr.', 'President', 'PH'),
      ],
      // one spelling each: the longer names the entry
      { Marcos: ['1874'], 'Ferdinand Romualdez Marcos Jr.': ['4082', '4222'] },
    ],
    [
      'Saud al-Faisal and Faisal bin Farhan Al Saud are two foreign ministers',
      [
        r('3391', 'Saud al-Faisal', 'Foreign Minister', 'SA'),
        r('4223', 'Faisal bin Farhan Al Saud', 'Foreign Minister', 'SA'),
      ],
      { 'Saud al-Faisal': ['3391'], 'Faisal bin Farhan Al Saud': ['4223'] },
    ],
    [
      'spellings of an Arabic name: al-/Al, Bin/bin',
      [
        r('4289', 'Abdullah Bin Zayed Al Nahyan', 'Foreign Minister', 'AE'),
        r('3331', 'Abdullah bin Zayed al-Nahyan', 'Foreign Minister', 'AE'),
        r('3373', 'Abdullah bin Zayed', 'Foreign Minister', 'AE'),
      ],
      { 'Abdullah Bin Zayed Al Nahyan': ['3331', '3373', '4289'] },
    ],
  ] as [string, NameRecord<string>[], Record<string, string[]>][])('%s', (_what, records, expected) => {
    expect(grouping(records)).toEqual(expected);
  });

  it('the same name in two countries is two people (Arias of Costa Rica, Arias of Panama)', () => {
    const people = resolveIdentities([
      r('1', 'Arias', 'President', 'CR'),
      r('2', 'Arias', 'President', 'PA'),
    ]);
    expect(people.map((p) => [p.id, p.countryCode, p.refs])).toEqual([
      ['arias', 'CR', ['1']],
      ['arias-pa', 'PA', ['2']],
    ]);
  });
});

describe('resolveIdentities: the entry', () => {
  it('names a person by the most common full spelling, keeps the others as aliases', () => {
    const p = only(ZELENSKYY);
    expect(p).toMatchObject({
      id: 'volodymyr-zelenskyy',
      name: 'Volodymyr Zelenskyy',
      familyName: 'Zelenskyy',
      nameOrder: 'given-first',
      roles: ['President'],
      countryCode: 'UA',
    });
    expect(p.aliases.sort()).toEqual(['Volodymyr Zelenskiy', 'Zelensky', 'Zelenskyy']);
  });

  it('lists roles most frequent first, and the country most given', () => {
    expect(only(GORBACHEV)).toMatchObject({
      id: 'gorbachev',
      name: 'Gorbachev',
      familyName: 'Gorbachev',
      roles: ['General Secretary', 'Chairman', 'President'],
      countryCode: 'RU',
    });
  });

  it.each([
    ['Kishida Fumio', 'JP', 'Kishida', 'family-first'],
    ['Yoon Suk Yeol', 'KR', 'Yoon', 'family-first'],
    ['Mao Tse-tung', 'CN', 'Mao', 'family-first'],
    ['Benjamin Netanyahu', 'IL', 'Netanyahu', 'given-first'],
    ['Charles de Gaulle', 'FR', 'de Gaulle', 'given-first'],
    ['Alexander Van der Bellen', 'AT', 'Van der Bellen', 'given-first'],
    ['Abdullah II', 'JO', 'Abdullah', 'given-first'],
    ['Lloyd J. Austin III', 'US', 'Austin', 'given-first'],
  ] as const)('%s (%s): family name %s, %s', (name, countryCode, familyName, nameOrder) => {
    expect(only([r('1', name, 'President', countryCode)])).toMatchObject({ name, familyName, nameOrder });
  });

  it('takes the family name a bare mention shows ("Abe" beside "Shinzo Abe")', () => {
    expect(
      only([
        r('3915', 'Shinzo Abe', 'Prime Minister', 'JP'),
        r('3915b', 'Shinzo Abe', 'Prime Minister', 'JP'),
        r('2', 'Abe', 'Prime Minister', 'JP'),
      ]),
    ).toMatchObject({ name: 'Shinzo Abe', familyName: 'Abe', nameOrder: 'given-first' });
  });

  it('gives the other order as an alias of a family-first name', () => {
    expect(only([r('4182', 'Yoon Suk Yeol', 'President', 'KR')]).aliases).toEqual(['Suk Yeol Yoon']);
  });

  it('gives unique ids, the same whatever the input order', () => {
    const records = [
      ...ZELENSKYY,
      ...NETANYAHU,
      ...GORBACHEV,
      ...HERZOG,
      ...ABDULLAH,
      r('1', 'Arias', 'President', 'CR'),
      r('2', 'Arias', 'President', 'PA'),
    ];
    const ids = (rs: NameRecord<string>[]) =>
      resolveIdentities(rs)
        .map((p) => `${p.id}=${[...p.refs].sort().join(',')}`)
        .sort();
    const forward = ids(records);
    expect(ids([...records].reverse())).toEqual(forward);
    expect(ids([...records.slice(7), ...records.slice(0, 7)])).toEqual(forward);
    const idList = forward.map((s) => s.split('=')[0]);
    expect(new Set(idList).size).toBe(idList.length);
    expect(idList).toEqual(expect.arrayContaining(['arias', 'arias-pa', 'herzog', 'isaac-herzog']));
  });

  it('keeps refs in input order', () => {
    expect(only(NETANYAHU).refs).toEqual(['707', '46', '3026', '3252', '4287']);
  });

  it('returns nothing for no records', () => {
    expect(resolveIdentities([])).toEqual([]);
  });
});
