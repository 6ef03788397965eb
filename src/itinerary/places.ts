import { createRequire } from 'node:module';
import cityTimezones from 'city-timezones';
import countries from 'i18n-iso-countries';
import { fold } from './text.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

/**
 * The short hand-kept table: only what the page names differently from the
 * gazetteer (city-timezones) and the ISO country list (i18n-iso-countries).
 */
const GAZETTEER_CITY: Record<string, string> = { 'tel aviv': 'Tel Aviv-Yafo' };
/** Cities the page names without a country. */
const CITY_COUNTRY: Record<string, { country: string; code: string }> = {
  ramallah: { country: 'West Bank', code: 'PS' },
};
/** Extra names users type for a country or city (beyond ISO's own names). */
const EXTRA_ALIASES: Record<string, string[]> = {
  TR: ['Turkey', 'Turkiye'],
  KR: ['Korea', 'ROK', 'South Korea'],
  PS: ['West Bank', 'Palestinian territories'],
  US: ['USA', 'United States', 'U.S.'],
  GB: ['UK', 'Britain'],
  'new delhi': ['Delhi'],
  'tel aviv': ['Tel Aviv-Yafo', 'Tel Aviv Yafo'],
};
/** Demonyms the page uses for officials ("Indian External Affairs Minister"). */
export const DEMONYMS: Record<string, string> = {
  Afghan: 'AF',
  American: 'US',
  Australian: 'AU',
  Bahraini: 'BH',
  Brazilian: 'BR',
  British: 'GB',
  Canadian: 'CA',
  Chinese: 'CN',
  Egyptian: 'EG',
  Emirati: 'AE',
  French: 'FR',
  German: 'DE',
  Indian: 'IN',
  Indonesian: 'ID',
  Iranian: 'IR',
  Iraqi: 'IQ',
  Israeli: 'IL',
  Italian: 'IT',
  Japanese: 'JP',
  Jordanian: 'JO',
  Kenyan: 'KE',
  Korean: 'KR',
  Kuwaiti: 'KW',
  Lebanese: 'LB',
  Mexican: 'MX',
  Nigerian: 'NG',
  Omani: 'OM',
  Pakistani: 'PK',
  Palestinian: 'PS',
  Philippine: 'PH',
  Polish: 'PL',
  Qatari: 'QA',
  'Republic of Korea': 'KR',
  Saudi: 'SA',
  'South African': 'ZA',
  Spanish: 'ES',
  Syrian: 'SY',
  Turkish: 'TR',
  Ukrainian: 'UA',
  Vietnamese: 'VN',
  Yemeni: 'YE',
};

export interface Place {
  city: string;
  country: string;
  countryCode: string;
  timeZone: string;
  coordinates: { lat: number; lon: number };
  aliases: string[];
}

export class PlaceError extends Error {}

/** Country code for a name as the page writes it ("Türkiye", "the Republic of Korea (ROK)"). */
export function countryCodeOf(name: string): string | undefined {
  const clean = name
    .replace(/^the\s+/i, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  const code = countries.getAlpha2Code(clean, 'en');
  if (code) return code;
  const folded = fold(clean);
  return Object.entries(EXTRA_ALIASES).find(([, names]) => names.some((n) => fold(n) === folded))?.[0];
}

export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}

/** Every name of a country: ISO's names, the page's and the extra aliases. */
export function countryAliases(code: string): string[] {
  const iso = countries.getName(code, 'en', { select: 'all' }) ?? [];
  return [...iso, ...(EXTRA_ALIASES[code] ?? [])];
}

/** Resolves a city (and the country the page gives, if any) through the gazetteer. */
export function resolvePlace(city: string, pageCountry?: string): Place {
  const key = fold(city);
  const fixed = CITY_COUNTRY[key];
  const code = fixed?.code ?? (pageCountry ? countryCodeOf(pageCountry) : undefined);
  if (pageCountry && !code) throw new PlaceError(`unknown country "${pageCountry}" for ${city}`);
  const candidates = cityTimezones
    .lookupViaCity(GAZETTEER_CITY[key] ?? city)
    .filter((c) => !code || c.iso2 === code)
    .sort((a, b) => b.pop - a.pop);
  const hit = candidates[0];
  if (!hit) throw new PlaceError(`"${city}"${pageCountry ? `, ${pageCountry}` : ''} is not in the gazetteer`);
  const countryCode = code ?? hit.iso2;
  const country =
    fixed?.country ??
    (pageCountry
      ? pageCountry.replace(/^the\s+/i, '').replace(/\s*\([^)]*\)\s*$/, '')
      : countryName(countryCode));
  const abbreviation = pageCountry?.match(/\(([^)]+)\)\s*$/)?.[1];
  const aliases = [
    hit.city,
    ...(EXTRA_ALIASES[key] ?? []),
    ...countryAliases(countryCode),
    ...(abbreviation ? [abbreviation] : []),
  ];
  return {
    city,
    country,
    countryCode,
    timeZone: hit.timezone,
    coordinates: { lat: round(hit.lat), lon: round(hit.lng) },
    aliases: unique(aliases.filter((a) => fold(a) !== fold(city) && fold(a) !== fold(country))),
  };
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(fold(v)) ? false : (seen.add(fold(v)), true)));
}
