/**
 * Places across 160 years of the Office of the Historian's travel records: locales split into
 * cities, countries mapped to present-day ISO codes, cities located in the gazetteer.
 * Expectations written by hand from the XML and common knowledge (coordinates within 0.5°).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { historianCountry, locateCity, splitLocale } from '../../../src/itinerary/ingest/historian/places.js';
import { fold } from '../../../src/itinerary/text.js';

const TRAVELS = join(import.meta.dirname, '../../../data/sources/history-state-dept/travels');

interface Row {
  id: string;
  countryId: string;
  country: string;
  locale: string;
}

/** Every record of both files, read with a plain XML parser (not the ingest under construction). */
function readRecords(): Row[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    isArray: (name) => name === 'trip',
  });
  const rows: Row[] = [];
  for (const dir of ['secretary-travels', 'president-travels']) {
    for (const file of readdirSync(join(TRAVELS, dir)).filter((f) => f.endsWith('.xml'))) {
      const doc = parser.parse(readFileSync(join(TRAVELS, dir, file), 'utf8')) as {
        trips: { trip: { id: string; country: { '#text': string; '@_id': string }; locale?: string }[] };
      };
      for (const trip of doc.trips.trip) {
        rows.push({
          id: String(trip.id),
          countryId: trip.country['@_id'],
          country: trip.country['#text'].replace(/\s+/g, ' ').trim(),
          locale: typeof trip.locale === 'string' ? trip.locale : '',
        });
      }
    }
  }
  return rows;
}

const country = (id: string, name: string) => historianCountry(id, name);
const USSR = country('russia', 'U.S.S.R.');

describe('splitLocale', () => {
  it.each<[string, { city: string; region?: string }[]]>([
    ['Shanghai, Peking, Hangchow', [{ city: 'Shanghai' }, { city: 'Peking' }, { city: 'Hangchow' }]],
    ['Turnberry (Scotland)', [{ city: 'Turnberry', region: 'Scotland' }]],
    ['Ankara, Istanbul', [{ city: 'Ankara' }, { city: 'Istanbul' }]],
    ['', []],
    ['   ', []],
    ['Rio de Janeiro', [{ city: 'Rio de Janeiro' }]],
    ['Bandar Seri Begawan', [{ city: 'Bandar Seri Begawan' }]],
    [
      'Frankfurt, Ramstein Air Force Base, Spangdahlem Air Force Base, Bonn, Ingelheim',
      [
        { city: 'Frankfurt' },
        { city: 'Ramstein Air Force Base' },
        { city: 'Spangdahlem Air Force Base' },
        { city: 'Bonn' },
        { city: 'Ingelheim' },
      ],
    ],
    // a former name in parentheses is not a region
    ['Mumbai (Bombay)', [{ city: 'Mumbai' }]],
    ['Kingston (Jamaica)', [{ city: 'Kingston', region: 'Jamaica' }]],
    ['La Paz (Baja California)', [{ city: 'La Paz', region: 'Baja California' }]],
    [
      'Sydney (Nova Scotia), Campobello Island (New Brunswick)',
      [
        { city: 'Sydney', region: 'Nova Scotia' },
        { city: 'Campobello Island', region: 'New Brunswick' },
      ],
    ],
    [
      'Bay of Islands (Newfoundland), Bonne Bay (Newfoundland)',
      [
        { city: 'Bay of Islands', region: 'Newfoundland' },
        { city: 'Bonne Bay', region: 'Newfoundland' },
      ],
    ],
    // a region after the last city of a list belongs to the whole list
    [
      'Belfast, Hillsborough (Northern Ireland)',
      [
        { city: 'Belfast', region: 'Northern Ireland' },
        { city: 'Hillsborough', region: 'Northern Ireland' },
      ],
    ],
    [
      'St. Thomas, St. Croix, Frederikstadt, Christianstadt (Virgin Islands)',
      [
        { city: 'St. Thomas', region: 'Virgin Islands' },
        { city: 'St. Croix', region: 'Virgin Islands' },
        { city: 'Frederikstadt', region: 'Virgin Islands' },
        { city: 'Christianstadt', region: 'Virgin Islands' },
      ],
    ],
    // an item that is the region of the one before it
    ['Mexico, D.F.', [{ city: 'Mexico', region: 'D.F.' }]],
    [
      'Mexico, D.F., Cuernavaca, Puebla',
      [{ city: 'Mexico', region: 'D.F.' }, { city: 'Cuernavaca' }, { city: 'Puebla' }],
    ],
    ['Birch Grove, Sussex', [{ city: 'Birch Grove', region: 'Sussex' }]],
    ['Martinique, West Indies', [{ city: 'Martinique', region: 'West Indies' }]],
    ['Savelletri, Fasano, Apulia', [{ city: 'Savelletri' }, { city: 'Fasano', region: 'Apulia' }]],
    ['Apulia', [{ city: 'Apulia' }]],
    // stray spaces in the records
    ['Rome, Anagni , Fiuggi', [{ city: 'Rome' }, { city: 'Anagni' }, { city: 'Fiuggi' }]],
    [
      'Paris, St. Mere- Eglise, Colleville',
      [{ city: 'Paris' }, { city: 'St. Mere-Eglise' }, { city: 'Colleville' }],
    ],
    ['Ankara,\n            Istanbul', [{ city: 'Ankara' }, { city: 'Istanbul' }]],
    ['Rome, L’Aquila', [{ city: 'Rome' }, { city: 'L’Aquila' }]],
    ['Yekaterinburg, Chelyabinsk-70', [{ city: 'Yekaterinburg' }, { city: 'Chelyabinsk-70' }]],
    // shapes not in the records
    ['Paris; Lyon', [{ city: 'Paris' }, { city: 'Lyon' }]],
    ['Paris/Lyon', [{ city: 'Paris' }, { city: 'Lyon' }]],
    ['Paris, Lyon and Nice', [{ city: 'Paris' }, { city: 'Lyon' }, { city: 'Nice' }]],
    ['Paris, Lyon, and Nice', [{ city: 'Paris' }, { city: 'Lyon' }, { city: 'Nice' }]],
    ['Trinidad and Tobago', [{ city: 'Trinidad and Tobago' }]],
    ['aboard USS Quincy (Great Bitter Lake)', [{ city: 'aboard USS Quincy', region: 'Great Bitter Lake' }]],
    ['near Paris', [{ city: 'near Paris' }]],
    ['Halifax (Nova Scotia, Canada)', [{ city: 'Halifax', region: 'Nova Scotia, Canada' }]],
  ])('%j', (locale, expected) => {
    expect(splitLocale(locale)).toEqual(expected);
  });
});

describe('historianCountry', () => {
  it.each<[string, string, string | undefined]>([
    ['turkey', 'Turkey', 'TR'],
    ['turkiye', 'Türkiye', 'TR'],
    ['korea-south', 'Korea, South', 'KR'],
    ['korea-south', 'Korea, Republic of', 'KR'],
    ['korea-north', 'Korea, North', 'KP'],
    ['west-bank', 'West Bank', 'PS'],
    ['palestinian-authority', 'Palestinian Authority', 'PS'],
    ['russia', 'Russia', 'RU'],
    ['russia', 'U.S.S.R.', undefined],
    ['yugoslavia', 'Yugoslavia', undefined],
    ['czechoslovakia', 'Czechoslovakia', undefined],
    ['serbia', 'Serbia and Montenegro', undefined],
    ['netherlands-antilles', 'Netherlands Antilles', undefined],
    ['german-democratic-republic', 'German Democratic Republic', undefined],
    ['germany', 'Germany, Federal Republic of', 'DE'],
    ['germany', 'Germany', 'DE'],
    ['burma', 'Burma', 'MM'],
    ['burma', 'Burma (Myanmar)', 'MM'],
    ['sri-lanka', 'Ceylon', 'LK'],
    ['belarus', 'Byelorussia', 'BY'],
    ['kyrgyzstan', 'Kirghizia', 'KG'],
    ['congo-democratic-republic', 'Democratic Republic of the Congo (Zaire)', 'CD'],
    ['congo-kinshasa', 'Congo, Democratic Republic of', 'CD'],
    ['taiwan', 'Republic of China', 'TW'],
    ['china', 'China, People’s Republic of', 'CN'],
    ['zimbabwe', 'Southern Rhodesia (Zimbabwe)', 'ZW'],
    ['samoa', 'Western Samoa', 'WS'],
    ['holy-see', 'Vatican City', 'VA'],
    ['macedonia', 'Macedonia, Former Yugoslav Republic of', 'MK'],
    ['kosovo', 'Serbia-Montenegro (Kosovo)', 'XK'],
    ['denmark', 'Denmark (Greenland)', 'DK'],
    ['united-kingdom', 'United Kingdom (Wales)', 'GB'],
    ['cote-divoire', "Cote d'Ivoire", 'CI'],
    ['antarctica', 'Antarctica', 'AQ'],
  ])('%s / %s -> %s', (id, name, code) => {
    const c = country(id, name);
    expect(c.name).toBe(name);
    expect(c.code).toBe(code);
    if (!code) expect(c.successors?.length).toBeGreaterThan(0);
  });

  it.each<[string, string, string[]]>([
    ['turkey', 'Turkey', ['Türkiye', 'Turkiye']],
    ['turkiye', 'Türkiye', ['Turkey', 'Turkiye']],
    [
      'korea-south',
      'Korea, South',
      ['Korea, Republic of', 'South Korea', 'ROK', 'Korea', 'Republic of Korea'],
    ],
    ['korea-south', 'Korea, Republic of', ['Korea, South', 'South Korea', 'ROK', 'Korea']],
    ['korea-north', 'Korea, North', ['North Korea', 'DPRK']],
    ['russia', 'U.S.S.R.', ['Soviet Union', 'USSR']],
    ['burma', 'Burma', ['Myanmar']],
    ['sri-lanka', 'Sri Lanka', ['Ceylon']],
    ['sri-lanka', 'Ceylon', ['Sri Lanka']],
    ['congo-kinshasa', 'Congo, Democratic Republic of', ['Zaire', 'Democratic Republic of the Congo', 'DRC']],
    ['german-democratic-republic', 'German Democratic Republic', ['East Germany', 'GDR']],
    ['germany', 'Germany, Federal Republic of', ['West Germany', 'Germany']],
    ['west-bank', 'West Bank', ['Palestinian Authority', 'Palestine']],
    ['czech-republic', 'Czech Republic', ['Czechia']],
    ['holy-see', 'Holy See', ['Vatican City', 'Vatican']],
    ['united-kingdom', 'United Kingdom', ['UK', 'Great Britain']],
    ['denmark', 'Denmark (Greenland)', ['Greenland', 'Denmark']],
  ])('%s / %s has aliases %j', (id, name, aliases) => {
    const c = country(id, name);
    expect(c.aliases).toEqual(expect.arrayContaining(aliases));
    expect(c.aliases).not.toContain(name);
  });

  it('keeps record-specific aliases to their record', () => {
    expect(country('germany', 'Germany').aliases).not.toContain('West Germany');
    expect(country('denmark', 'Denmark').aliases).not.toContain('Greenland');
    expect(country('russia', 'Russia').aliases).not.toContain('Soviet Union');
    expect(country('russia', 'U.S.S.R.').aliases).not.toContain('Russia');
  });

  it('lists the present-day successors of states that no longer exist', () => {
    expect(USSR.successors).toEqual(expect.arrayContaining(['RU', 'UA', 'BY', 'GE', 'KZ', 'EE', 'LT', 'LV']));
    expect(country('yugoslavia', 'Yugoslavia').successors).toEqual(
      expect.arrayContaining(['RS', 'HR', 'SI', 'BA', 'MK', 'ME']),
    );
    expect(country('czechoslovakia', 'Czechoslovakia').successors).toEqual(['CZ', 'SK']);
    expect(country('german-democratic-republic', 'German Democratic Republic').successors).toEqual(['DE']);
  });

  it.each<[string, string, string | undefined]>([
    ['france', 'République française', 'FR'], // known id, unknown name
    ['turkey-new', 'Turkey', 'TR'], // unknown id, known name
    ['portugal-x', 'Portugal', 'PT'], // neither: ISO names
    ['narnia', 'Narnia', undefined],
  ])('falls back for %s / %s', (id, name, code) => {
    const c = country(id, name);
    expect(c.code).toBe(code);
    expect(c.name).toBe(name);
  });
});

describe('locateCity', () => {
  it.each<[string, string, string, number, number, string]>([
    ['Ankara', 'turkey', 'Turkey', 39.93, 32.86, 'Europe/Istanbul'],
    ['Ankara', 'turkiye', 'Türkiye', 39.93, 32.86, 'Europe/Istanbul'],
    ['Tokyo', 'japan', 'Japan', 35.68, 139.69, 'Asia/Tokyo'],
    ['Paris', 'france', 'France', 48.86, 2.35, 'Europe/Paris'],
    ['London', 'united-kingdom', 'United Kingdom', 51.51, -0.13, 'Europe/London'],
    ['Kiev', 'russia', 'U.S.S.R.', 50.45, 30.52, 'Europe/Kyiv'],
    ['Kiev', 'ukraine', 'Ukraine', 50.45, 30.52, 'Europe/Kyiv'],
    ['Kyiv', 'ukraine', 'Ukraine', 50.45, 30.52, 'Europe/Kyiv'],
    ['Leningrad', 'russia', 'U.S.S.R.', 59.94, 30.31, 'Europe/Moscow'],
    ['Yalta', 'russia', 'U.S.S.R.', 44.5, 34.17, 'Europe/Simferopol'],
    ['Tblisi', 'russia', 'U.S.S.R.', 41.72, 44.79, 'Asia/Tbilisi'],
    ['Alma Ata', 'russia', 'U.S.S.R.', 43.24, 76.89, 'Asia/Almaty'],
    ['Peking', 'china', 'China', 39.9, 116.4, 'Asia/Shanghai'],
    ['Beijing', 'china', 'China, People’s Republic of', 39.9, 116.4, 'Asia/Shanghai'],
    ['Hangchow', 'china', 'China, People’s Republic of', 30.27, 120.16, 'Asia/Shanghai'],
    ['Soochow', 'china', 'China', 31.3, 120.62, 'Asia/Shanghai'], // Suzhou, Jiangsu (not Anhui's)
    ['Bombay', 'india', 'India', 19.08, 72.88, 'Asia/Kolkata'],
    ['Mumbai', 'india', 'India', 19.08, 72.88, 'Asia/Kolkata'],
    ['Saigon', 'vietnam', 'Vietnam', 10.78, 106.7, 'Asia/Ho_Chi_Minh'],
    ['Rangoon', 'burma', 'Burma', 16.8, 96.16, 'Asia/Rangoon'],
    ['Djakarta', 'indonesia', 'Indonesia', -6.2, 106.85, 'Asia/Jakarta'],
    ['Salisbury', 'zimbabwe', 'Southern Rhodesia (Zimbabwe)', -17.83, 31.05, 'Africa/Harare'],
    ['Belgrade', 'yugoslavia', 'Yugoslavia', 44.82, 20.46, 'Europe/Belgrade'],
    ['Zagreb', 'yugoslavia', 'Yugoslavia', 45.81, 15.98, 'Europe/Zagreb'],
    ['Prague', 'czechoslovakia', 'Czechoslovakia', 50.08, 14.44, 'Europe/Prague'],
    ['East Berlin', 'german-democratic-republic', 'German Democratic Republic', 52.52, 13.4, 'Europe/Berlin'],
    ['Pristina', 'kosovo', 'Kosovo', 42.66, 21.17, 'Europe/Belgrade'],
    ['Nuuk', 'denmark', 'Denmark (Greenland)', 64.18, -51.72, 'America/Godthab'],
    ['Hong Kong', 'united-kingdom', 'United Kingdom', 22.3, 114.17, 'Asia/Hong_Kong'],
    ['Kuwait City', 'kuwait', 'Kuwait', 29.37, 47.98, 'Asia/Kuwait'],
    ['Tel Aviv', 'israel', 'Israel', 32.08, 34.78, 'Asia/Jerusalem'],
    ['Natal', 'brazil', 'Brazil', -5.79, -35.2, 'America/Fortaleza'], // not the gazetteer's Natal in Amazonas
    ['Mazatlan', 'mexico', 'Mexico', 23.22, -106.42, 'America/Mazatlan'], // Sinaloa, not Sonora
  ])('%s, %s (%s)', (city, id, name, lat, lon, timeZone) => {
    const place = locateCity(city, country(id, name));
    expect(place.timeZone).toBe(timeZone);
    expect(Math.abs(place.coordinates!.lat - lat)).toBeLessThan(0.5);
    expect(Math.abs(place.coordinates!.lon - lon)).toBeLessThan(0.5);
  });

  it.each<[string, string | undefined, string, string, number, number]>([
    ['Kingston', 'Jamaica', 'united-kingdom', 'United Kingdom', 17.99, -76.79],
    ['Kingston', undefined, 'canada', 'Canada', 44.23, -76.49],
    ['Windsor', 'Ontario', 'canada', 'Canada', 42.31, -83.04],
    ['Sydney', 'Nova Scotia', 'canada', 'Canada', 46.14, -60.19],
    ['Mexico', 'D.F.', 'mexico', 'Mexico', 19.43, -99.13],
    ['Bathurst', 'The Gambia', 'united-kingdom', 'United Kingdom', 13.45, -16.58], // Banjul
    ['Algiers', 'Algeria', 'france', 'France', 36.75, 3.06],
    ['Havana', 'Cuba', 'spain', 'Spain', 23.13, -82.38],
  ])('%s (%s) in %s: the region decides', (city, region, id, name, lat, lon) => {
    const place = locateCity(city, country(id, name), region);
    expect(Math.abs(place.coordinates!.lat - lat)).toBeLessThan(0.5);
    expect(Math.abs(place.coordinates!.lon - lon)).toBeLessThan(0.5);
  });

  it('Kiev and Kyiv are one place, each with the other name as an alias', () => {
    const kiev = locateCity('Kiev', USSR);
    const kyiv = locateCity('Kyiv', country('ukraine', 'Ukraine'));
    expect(kiev.coordinates).toEqual(kyiv.coordinates);
    expect(kiev.timeZone).toBe(kyiv.timeZone);
    expect(kiev.aliases).toContain('Kyiv');
    expect(kyiv.aliases).toContain('Kiev');
    expect(kiev.aliases).not.toContain('Kiev');
  });

  it.each<[string, string, string, string, string]>([
    ['Peking', 'Beijing', 'china', 'China', 'Asia/Shanghai'],
    ['Bombay', 'Mumbai', 'india', 'India', 'Asia/Kolkata'],
    ['Leningrad', 'St. Petersburg', 'russia', 'Russia', 'Europe/Moscow'],
    ['Saigon', 'Ho Chi Minh City', 'vietnam', 'Vietnam', 'Asia/Ho_Chi_Minh'],
    ['Rangoon', 'Yangon', 'burma', 'Burma', 'Asia/Rangoon'],
    ['Salisbury', 'Harare', 'zimbabwe', 'Zimbabwe', 'Africa/Harare'],
    ['Alma Ata', 'Almaty', 'kazakhstan', 'Kazakhstan', 'Asia/Almaty'],
    ['Nur-Sultan', 'Astana', 'kazakhstan', 'Kazakhstan', 'Asia/Almaty'],
    ['Jidda', 'Jeddah', 'saudi-arabia', 'Saudi Arabia', 'Asia/Riyadh'],
    ['Pusan', 'Busan', 'korea-south', 'Korea, Republic of', 'Asia/Seoul'],
  ])('%s and %s are one place, aliases both ways', (old, current, id, name, timeZone) => {
    const c = country(id, name);
    const a = locateCity(old, c);
    const b = locateCity(current, c);
    expect(a.coordinates).toBeDefined();
    expect(a.coordinates).toEqual(b.coordinates);
    expect([a.timeZone, b.timeZone]).toEqual([timeZone, timeZone]);
    expect(a.aliases).toContain(current);
    expect(b.aliases).toContain(old);
  });

  it('offers misspellings and short forms of the records only one way', () => {
    const georgia = country('georgia', 'Georgia');
    expect(locateCity('Tblisi', georgia).aliases).toContain('Tbilisi');
    expect(locateCity('Tbilisi', georgia).aliases).not.toContain('Tblisi');
    expect(locateCity('West Berlin', country('germany', 'Germany')).aliases).toEqual(['Berlin']);
    expect(locateCity('Berlin', country('germany', 'Germany')).aliases).not.toContain('West Berlin');
    expect(locateCity('Mexico City', country('mexico', 'Mexico')).aliases).not.toContain('Mexico');
  });

  it.each<[string, string, string]>([
    ['Trinwillershagen', 'germany', 'Germany'], // a village the gazetteer does not know
    ['Bermuda', 'united-kingdom', 'United Kingdom'], // an island, not a city
    ['Cheju Island', 'korea-south', 'Korea, Republic of'],
    ['Ramstein Air Force Base', 'germany', 'Germany'],
    ['Bethlehem', 'palestinian-authority', 'Palestinian Authority'], // not Bethlehem, South Africa
    ['Linz', 'germany', 'Germany, Federal Republic of'], // Linz am Rhein, not Linz, Austria
    ['Salisbury', 'united-kingdom', 'United Kingdom'], // Salisbury is Harare only in Zimbabwe
    ['Paris', 'canada', 'Canada'], // never another country's Paris
    ['Atlantis', 'narnia', 'Narnia'],
    ['', 'france', 'France'],
  ])('%s (%s) is unknown: no coordinates, no time zone', (city, id, name) => {
    const place = locateCity(city, country(id, name));
    expect(place.coordinates).toBeUndefined();
    expect(place.timeZone).toBeUndefined();
  });

  it('gives the aliases of a city it cannot locate', () => {
    expect(locateCity('Louvain', country('belgium', 'Belgium'))).toEqual({ aliases: ['Leuven'] });
  });

  it('works with a bare { name, code } country', () => {
    expect(locateCity('Ankara', { name: 'Turkey', code: 'TR' }).timeZone).toBe('Europe/Istanbul');
    expect(locateCity('Kiev', { name: 'U.S.S.R.' }).timeZone).toBe('Europe/Kyiv');
  });
});

describe('over every record of the Historian', () => {
  const rows = readRecords();

  it('reads both files', () => {
    expect(rows.length).toBe(3439 + 832);
  });

  it('maps every country of the records to a present-day code or to successors', () => {
    const pairs = new Map(rows.map((r) => [`${r.countryId}|${r.country}`, r]));
    expect(pairs.size).toBeGreaterThan(190);
    const unmapped = [...pairs.values()]
      .map((r) => historianCountry(r.countryId, r.country))
      .filter((c) => !c.code && !c.successors?.length)
      .map((c) => c.name);
    expect(unmapped).toEqual([]);
  });

  it('gives no alias to two present-day countries', () => {
    const codes = new Map<string, Set<string>>();
    for (const r of rows) {
      const c = historianCountry(r.countryId, r.country);
      for (const name of [c.name, ...c.aliases]) {
        if (!c.code) continue;
        const set = codes.get(fold(name)) ?? new Set();
        codes.set(fold(name), set.add(c.code));
      }
    }
    const shared = [...codes].filter(([, set]) => set.size > 1).map(([name, set]) => `${name}: ${[...set]}`);
    expect(shared).toEqual([]);
  });

  it('locates nine stops in ten, with valid IANA time zones', () => {
    let stops = 0;
    let located = 0;
    const zones = new Set<string>();
    for (const r of rows) {
      const c = historianCountry(r.countryId, r.country);
      for (const { city, region } of splitLocale(r.locale)) {
        stops++;
        const place = locateCity(city, c, region);
        if (place.coordinates) located++;
        if (place.timeZone) zones.add(place.timeZone);
        expect(Boolean(place.coordinates), city).toBe(Boolean(place.timeZone));
      }
    }
    expect(stops).toBeGreaterThan(4800);
    expect(located / stops).toBeGreaterThan(0.89);
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
  });
});
