/**
 * Places across 160 years of the Office of the Historian's travel records
 * (travels/{secretary,president}-travels/*.xml): splitting a <locale> into cities,
 * mapping a <country> to a present-day ISO country, and locating a city in the
 * gazetteer (city-timezones) under its historic or present-day name.
 *
 * Pure functions; the two hand-kept tables are loaded once, at import:
 * - data/gazetteer/historian-countries.json: every country id + name pair the records use,
 *   its ISO code (none for a state that no longer exists), successors, aliases;
 * - data/gazetteer/city-names.json: old/new names of cities (Kiev/Kyiv, Peking/Beijing...),
 *   regions that name another territory, and region-like list items ("Mexico, D.F.").
 *
 * Coordinates and time zones always come from the present-day gazetteer: a 1972 stay in
 * "Kiev, U.S.S.R." is located at today's Kyiv, Ukraine, with today's IANA zone
 * (Europe/Kyiv), not the zone the city kept in 1972.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cityTimezones from 'city-timezones';
import { z } from 'zod';
import { countryAliases, countryCodeOf } from '../../places.js';
import { fold } from '../../text.js';
import { REPO_ROOT } from '../../../repo-root.js';

const require = createRequire(import.meta.url);

const Code = z.string().regex(/^[A-Z]{2}$/);
const CountryTable = z.object({
  countries: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      code: Code.nullable(),
      successors: z.array(Code).optional(),
      aliases: z.array(z.string()).optional(),
    }),
  ),
  codeAliases: z.record(z.string(), z.array(z.string())),
  dependencies: z.record(z.string(), z.array(Code)),
});
const CityTable = z.object({
  cities: z.array(
    z.object({
      names: z.array(z.string()).min(1),
      spellings: z.array(z.string()).optional(),
      gazetteer: z.string().optional(),
      country: Code,
      province: z.string().optional(),
    }),
  ),
  regions: z.record(z.string(), z.string()),
  regionSuffixes: z.object({ names: z.array(z.string()) }),
});

const COUNTRY_TABLE = CountryTable.parse(require(join(REPO_ROOT, 'data/gazetteer/historian-countries.json')));
const CITY_TABLE = CityTable.parse(require(join(REPO_ROOT, 'data/gazetteer/city-names.json')));

type CityEntry = z.infer<typeof CityTable>['cities'][number];
type CountryEntry = z.infer<typeof CountryTable>['countries'][number];
type GazetteerCity = (typeof cityTimezones.cityMapping)[number];

export interface HistorianCountry {
  /** The name as the record gives it ("Korea, Republic of", "U.S.S.R."): shown to users. */
  name: string;
  /** ISO 3166-1 alpha-2 of the present-day country; none for a state that no longer exists. */
  code?: string;
  /** Every other name a user may type for the same country. */
  aliases: string[];
  /** For a state that no longer exists: the present-day countries now covering it. */
  successors?: string[];
}

export interface LocatedCity {
  timeZone?: string;
  coordinates?: { lat: number; lon: number };
  /** The city's other names, both directions (Kiev -> Kyiv, Kyiv -> Kiev). */
  aliases: string[];
}

/**
 * Matching key for place names: case, diacritics, apostrophes (Nukuʻalofa, Sana'a),
 * periods and hyphens (Port-of-Spain / Port of Spain) and Saint/St. folded away.
 */
function placeKey(name: string): string {
  return fold(name)
    .replace(/['ʻʼ`.]/g, '')
    .replace(/-/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------
// splitLocale

const REGION_SUFFIXES = new Set(CITY_TABLE.regionSuffixes.names.map(placeKey));

/** Alias entries by every name and spelling, for any country. */
const CITY_ENTRIES_BY_NAME = new Map<string, CityEntry[]>();
for (const entry of CITY_TABLE.cities) {
  const keys = new Set(
    [...entry.names, ...(entry.spellings ?? []), ...(entry.gazetteer ? [entry.gazetteer] : [])].map(placeKey),
  );
  for (const key of keys) CITY_ENTRIES_BY_NAME.set(key, [...(CITY_ENTRIES_BY_NAME.get(key) ?? []), entry]);
}

/** True when two names are names of the same city in the alias table ("Mumbai (Bombay)"). */
function sameCity(a: string, b: string): boolean {
  if (placeKey(a) === placeKey(b)) return true;
  const entries = CITY_ENTRIES_BY_NAME.get(placeKey(a)) ?? [];
  return entries.some((e) => (CITY_ENTRIES_BY_NAME.get(placeKey(b)) ?? []).includes(e));
}

/** Splits text on separators outside parentheses. */
function splitOutside(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && separator.test(ch)) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/**
 * Splits a record's <locale> into its cities, in order.
 *
 * Shapes seen in the records (830 distinct locales, 4,271 records):
 * - "Ankara, Istanbul", "Shanghai, Peking, Hangchow": comma-separated cities; a city name is
 *   never split on spaces ("Rio de Janeiro", "Bandar Seri Begawan", "Ramstein Air Force Base");
 * - "Turnberry (Scotland)", "Kingston (Jamaica)", "La Paz (Baja California)": a region in parentheses;
 *   "Sydney (Nova Scotia), Campobello Island (New Brunswick)": one region per city;
 *   "Belfast, Hillsborough (Northern Ireland)", "St. Thomas, ..., Christianstadt (Virgin Islands)":
 *   a region after the last city only, given to every city of the list;
 * - "Mumbai (Bombay)": a former name in parentheses, dropped (locateCity gives it as an alias);
 * - "Mexico, D.F.", "Birch Grove, Sussex", "Martinique, West Indies", "Savelletri, Fasano, Apulia":
 *   an item that is the region of the city before it (table regionSuffixes);
 * - "" (54 records): no city.
 * Not in the records but handled: ";" and "/" separate cities, as does a final " and " / " & " in a
 * comma list ("Paris, Lyon and Nice"); a bare "A and B" is kept whole, as names contain " and "
 * ("Trinidad and Tobago"). "aboard USS ..." and "near ..." are kept verbatim as one stop.
 */
export function splitLocale(locale: string): { city: string; region?: string }[] {
  const text = locale
    .replace(/\s+/g, ' ')
    .replace(/(\w)- (\w)/g, '$1-$2') // "St. Mere- Eglise"
    .trim();
  if (!text) return [];
  let items = splitOutside(text, /[,;/]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length > 1) {
    const last = items[items.length - 1] ?? '';
    const tail = last
      .replace(/^(?:and|&)\s+/i, '')
      .split(/\s+(?:and|&)\s+(?![^(]*\))/i)
      .map((s) => s.trim())
      .filter(Boolean);
    items = [...items.slice(0, -1), ...tail];
  }

  const stops: { city: string; region?: string; fromParens?: boolean }[] = [];
  for (const item of items) {
    const paren = item.match(/^(.*?)\s*\(([^()]*)\)$/);
    const city = (paren?.[1] ?? item).trim();
    const inParens = paren?.[2]?.trim();
    const previous = stops[stops.length - 1];
    if (!inParens && previous && previous.region === undefined && REGION_SUFFIXES.has(placeKey(city))) {
      previous.region = city;
      continue;
    }
    if (!city) continue;
    if (inParens && !sameCity(city, inParens)) stops.push({ city, region: inParens, fromParens: true });
    else stops.push({ city });
  }

  const last = stops[stops.length - 1];
  if (stops.length > 1 && last?.fromParens && stops.slice(0, -1).every((s) => s.region === undefined)) {
    for (const stop of stops) stop.region = last.region;
  }
  return stops.map(({ city, region }) => (region === undefined ? { city } : { city, region }));
}

// ---------------------------------------------------------------------------
// historianCountry

const COUNTRIES: CountryEntry[] = COUNTRY_TABLE.countries;
const COUNTRY_BY_ID_NAME = new Map(COUNTRIES.map((c) => [`${c.id}|${fold(c.name)}`, c]));
const COUNTRY_BY_NAME = new Map(COUNTRIES.map((c) => [fold(c.name), c]));

/**
 * Distinct names, case-insensitively; spellings that differ only in diacritics stay
 * (Türkiye / Turkiye), for matchers that do not fold them.
 */
function unique(values: string[], exclude: string[] = []): string[] {
  const keyOf = (v: string) => v.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Set(exclude.map(keyOf));
  return values.filter((v) => {
    const key = keyOf(v);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The country of a record: `id` and `name` as in `<country id="turkey">Turkey</country>`.
 * `code` is the present-day ISO 3166-1 alpha-2 country; states that no longer exist
 * (U.S.S.R., Yugoslavia, Czechoslovakia, Serbia and Montenegro, the German Democratic Republic,
 * the Netherlands Antilles) have none, and list `successors` instead. "Germany, Federal Republic
 * of" (West Germany) is DE: today's Germany is the same state, which the GDR joined in 1990.
 * Kosovo is XK (user-assigned, used by the EU and by i18n-iso-countries). Predecessor names of one
 * territory map to today's country: Ceylon LK, Burma MM, Byelorussia BY, Zaire CD, Southern
 * Rhodesia ZW, Republic of China TW, Western Samoa WS, Palestinian Authority / West Bank PS.
 * An id/name pair not in the table falls back to the name, then the id, then ISO names.
 */
export function historianCountry(id: string, name: string): HistorianCountry {
  const entry =
    COUNTRY_BY_ID_NAME.get(`${id}|${fold(name)}`) ??
    COUNTRY_BY_NAME.get(fold(name)) ??
    COUNTRIES.find((c) => c.id === id && c.code);
  const code = entry ? (entry.code ?? undefined) : countryCodeOf(name);
  const aliases = [
    ...(entry?.aliases ?? []),
    ...(code
      ? [
          ...countryAliases(code),
          ...(COUNTRY_TABLE.codeAliases[code] ?? []),
          ...COUNTRIES.filter((c) => c.code === code).map((c) => c.name),
        ]
      : []),
  ];
  const result: HistorianCountry = { name, aliases: unique(aliases, [name]) };
  if (code) result.code = code;
  if (entry?.successors) result.successors = [...entry.successors];
  return result;
}

// ---------------------------------------------------------------------------
// locateCity

/** The gazetteer files Kosovo and Somaliland under "-99" or "": give them their codes. */
function gazetteerCode(city: GazetteerCity): string {
  if (/^[A-Z]{2}$/.test(city.iso2)) return city.iso2;
  if (city.country === 'Kosovo') return 'XK';
  if (city.country === 'Somaliland') return 'SO';
  return city.iso2;
}

const GAZETTEER = new Map<string, GazetteerCity[]>();
for (const city of cityTimezones.cityMapping) {
  for (const key of new Set([placeKey(city.city), placeKey(city.city_ascii)])) {
    GAZETTEER.set(key, [...(GAZETTEER.get(key) ?? []), city]);
  }
}

const REGION_CODES = new Map(
  Object.entries(CITY_TABLE.regions)
    .filter(([k]) => !k.startsWith('$'))
    .map(([k, v]) => [placeKey(k), v]),
);

/** The code a parenthesised region names, when it is a country or territory ("Kingston (Jamaica)"). */
function regionCode(region: string): string | undefined {
  return REGION_CODES.get(placeKey(region)) ?? countryCodeOf(region);
}

/**
 * Countries to search, in order of preference: the territory the region names, the record's
 * country, the successors of a state that no longer exists, then territories the Historian files
 * under the sovereign power (Hong Kong under United Kingdom, Nuuk under Denmark (Greenland)).
 */
function searchOrder(country: { name: string; code?: string }, region?: string): string[][] {
  const known = COUNTRY_BY_NAME.get(fold(country.name));
  const code = country.code ?? known?.code ?? undefined;
  const fromRegion = region ? regionCode(region) : undefined;
  const groups: string[][] = [];
  if (fromRegion) groups.push([fromRegion]);
  if (code) groups.push([code]);
  if (known?.successors) groups.push(known.successors);
  if (code && COUNTRY_TABLE.dependencies[code]) groups.push(COUNTRY_TABLE.dependencies[code]);
  if (fromRegion && COUNTRY_TABLE.dependencies[fromRegion])
    groups.push(COUNTRY_TABLE.dependencies[fromRegion]);
  return groups;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/**
 * Locates one city of a stay in the gazetteer (city-timezones), within the record's country
 * (never a same-name city elsewhere: the gazetteer has several Paris and London), preferring the
 * city in the named region, then the most populous. Historic names resolve through the alias
 * table (Peking -> Beijing, Salisbury -> Harare only in Zimbabwe). For a state that no longer
 * exists the city is looked up in its present-day successors (Kiev, U.S.S.R. -> Kyiv, UA), so
 * coordinates and time zone are today's gazetteer's. A place the gazetteer does not know (an
 * island, a base, a small town) gets no coordinates and no time zone: never a country centroid.
 */
export function locateCity(
  city: string,
  country: { name: string; code?: string },
  region?: string,
): LocatedCity {
  const groups = searchOrder(country, region);
  const allCodes = new Set(groups.flat());
  const key = placeKey(city);
  const entry = (CITY_ENTRIES_BY_NAME.get(key) ?? []).find((e) => allCodes.has(e.country));
  const lookupNames = entry ? [...(entry.gazetteer ? [entry.gazetteer] : []), ...entry.names] : [city];
  const aliases = entry ? unique(entry.names, [city]) : [];

  const candidatesFor = (codes: string[]): GazetteerCity[] =>
    unique(lookupNames.map(placeKey))
      .flatMap((name) => GAZETTEER.get(name) ?? [])
      .filter((c) => codes.includes(gazetteerCode(c)))
      .filter((c) => !entry || gazetteerCode(c) === entry.country)
      .filter((c) => !entry?.province || fold(c.province) === fold(entry.province));

  let hit: GazetteerCity | undefined;
  for (const codes of groups) {
    const candidates = candidatesFor(codes);
    if (!candidates.length) continue;
    const inRegion = region
      ? candidates.filter((c) =>
          [c.province, c.state_ansi].some((p) => p && fold(p).startsWith(fold(region))),
        )
      : [];
    hit = [...(inRegion.length ? inRegion : candidates)].sort((a, b) => b.pop - a.pop)[0];
    break;
  }
  if (!hit) return { aliases };
  const located: LocatedCity = {
    coordinates: { lat: round(hit.lat), lon: round(hit.lng) },
    aliases: entry ? aliases : unique([hit.city, hit.city_ascii], [city]),
  };
  // The gazetteer's type says string, but its Antarctic stations carry null.
  if (hit.timezone) located.timeZone = hit.timezone;
  return located;
}
