import { createRequire } from 'node:module';
import { fold, uniqueFolded } from './text.js';

// Both gazetteers are required on first use: a question about a date never loads them.
const require = createRequire(import.meta.url);
let isoCountries: typeof import('i18n-iso-countries') | undefined;
function countries(): typeof import('i18n-iso-countries') {
  if (!isoCountries) {
    isoCountries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
    isoCountries.registerLocale(
      require('i18n-iso-countries/langs/en.json') as import('i18n-iso-countries').LocaleData,
    );
  }
  return isoCountries;
}
/** The city-timezones gazetteer of world cities. */
export const cityGazetteer = (): typeof import('city-timezones') =>
  require('city-timezones') as typeof import('city-timezones');

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
  Albanian: 'AL',
  Algerian: 'DZ',
  American: 'US',
  Angolan: 'AO',
  Argentine: 'AR',
  Armenian: 'AM',
  Australian: 'AU',
  Austrian: 'AT',
  Azerbaijani: 'AZ',
  Bahraini: 'BH',
  Bangladeshi: 'BD',
  Belarusian: 'BY',
  Belgian: 'BE',
  Bolivian: 'BO',
  Bosnian: 'BA',
  Brazilian: 'BR',
  British: 'GB',
  Bulgarian: 'BG',
  Burmese: 'MM',
  Cambodian: 'KH',
  Canadian: 'CA',
  Chilean: 'CL',
  Chinese: 'CN',
  Colombian: 'CO',
  Congolese: 'CD',
  'Costa Rican': 'CR',
  Croatian: 'HR',
  Cuban: 'CU',
  Cypriot: 'CY',
  Czech: 'CZ',
  Danish: 'DK',
  Dominican: 'DO',
  Dutch: 'NL',
  Ecuadorian: 'EC',
  Egyptian: 'EG',
  Emirati: 'AE',
  Estonian: 'EE',
  Ethiopian: 'ET',
  Fijian: 'FJ',
  Filipino: 'PH',
  Finnish: 'FI',
  French: 'FR',
  Georgian: 'GE',
  German: 'DE',
  Ghanaian: 'GH',
  Greek: 'GR',
  Guatemalan: 'GT',
  Haitian: 'HT',
  Honduran: 'HN',
  Hungarian: 'HU',
  Icelandic: 'IS',
  Indian: 'IN',
  Indonesian: 'ID',
  Iranian: 'IR',
  Iraqi: 'IQ',
  Irish: 'IE',
  Israeli: 'IL',
  Italian: 'IT',
  Jamaican: 'JM',
  Japanese: 'JP',
  Jordanian: 'JO',
  Kazakh: 'KZ',
  Kenyan: 'KE',
  Korean: 'KR',
  Kuwaiti: 'KW',
  Kyrgyz: 'KG',
  Latvian: 'LV',
  Lebanese: 'LB',
  Libyan: 'LY',
  Lithuanian: 'LT',
  Luxembourgish: 'LU',
  Malaysian: 'MY',
  Malian: 'ML',
  Maltese: 'MT',
  Mexican: 'MX',
  Moldovan: 'MD',
  Mongolian: 'MN',
  Montenegrin: 'ME',
  Moroccan: 'MA',
  Mozambican: 'MZ',
  Namibian: 'NA',
  Nepali: 'NP',
  'New Zealand': 'NZ',
  Nigerian: 'NG',
  Norwegian: 'NO',
  Omani: 'OM',
  Pakistani: 'PK',
  Palestinian: 'PS',
  Panamanian: 'PA',
  Paraguayan: 'PY',
  Peruvian: 'PE',
  Philippine: 'PH',
  Polish: 'PL',
  Portuguese: 'PT',
  Qatari: 'QA',
  'Republic of Korea': 'KR',
  Romanian: 'RO',
  Russian: 'RU',
  Rwandan: 'RW',
  Saudi: 'SA',
  Senegalese: 'SN',
  Serbian: 'RS',
  Singaporean: 'SG',
  Slovak: 'SK',
  Slovenian: 'SI',
  'South African': 'ZA',
  Spanish: 'ES',
  'Sri Lankan': 'LK',
  Sudanese: 'SD',
  Swedish: 'SE',
  Swiss: 'CH',
  Syrian: 'SY',
  Taiwanese: 'TW',
  Tajik: 'TJ',
  Tanzanian: 'TZ',
  Thai: 'TH',
  Tunisian: 'TN',
  Turkish: 'TR',
  Turkmen: 'TM',
  Ugandan: 'UG',
  Ukrainian: 'UA',
  Uruguayan: 'UY',
  Uzbek: 'UZ',
  Venezuelan: 'VE',
  Vietnamese: 'VN',
  Yemeni: 'YE',
  Zambian: 'ZM',
  Zimbabwean: 'ZW',
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
  const code = countries().getAlpha2Code(clean, 'en');
  if (code) return code;
  const folded = fold(clean);
  return Object.entries(EXTRA_ALIASES).find(([, names]) => names.some((n) => fold(n) === folded))?.[0];
}

export function countryName(code: string): string {
  return countries().getName(code, 'en') ?? code;
}

/** Every name of a country: ISO's names, the page's and the extra aliases. */
export function countryAliases(code: string): string[] {
  const iso = countries().getName(code, 'en', { select: 'all' }) ?? [];
  return [...iso, ...(EXTRA_ALIASES[code] ?? [])];
}

/** Resolves a city (and the country the page gives, if any) through the gazetteer. */
export function resolvePlace(city: string, pageCountry?: string): Place {
  const key = fold(city);
  const fixed = CITY_COUNTRY[key];
  const code = fixed?.code ?? (pageCountry ? countryCodeOf(pageCountry) : undefined);
  if (pageCountry && !code) throw new PlaceError(`unknown country "${pageCountry}" for ${city}`);
  const candidates = cityGazetteer()
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
    aliases: uniqueFolded(aliases, [city, country]),
  };
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
