import cityTimezones from 'city-timezones';
import countries from 'i18n-iso-countries';
import { countryCodeOf, resolvePlace } from '../../src/itinerary/places.js';
import { fold } from '../../src/itinerary/text.js';
import { COUNTRIES, type CountryProfile, type Region } from './countries.js';

export interface ArchiveCity {
  city: string;
  code: string;
  region: Region;
  capital: boolean;
  profile: CountryProfile;
}

/** Countries the page names its own way; everything else uses the ISO English name. */
const ROUTE_NAMES: Record<string, string> = {
  KR: 'the Republic of Korea (ROK)',
  GB: 'the United Kingdom',
  AE: 'the United Arab Emirates',
  NL: 'the Netherlands',
  PH: 'the Philippines',
  CZ: 'Czechia',
  CN: 'China',
  CD: 'the Democratic Republic of the Congo',
  DO: 'the Dominican Republic',
};

/**
 * How the route sentence writes a country, or undefined for a city the page lists bare
 * (Ramallah). Türkiye is "Turkey" before the country's 2022 request.
 */
export function routeCountry(code: string, date: string): string | undefined {
  if (code === 'PS') return undefined;
  if (code === 'TR') return date < '2022-06-01' ? 'Turkey' : 'Türkiye';
  const names = [ROUTE_NAMES[code], ...(countries.getName(code, 'en', { select: 'all' }) ?? [])];
  const name = names.find((n): n is string => n !== undefined && countryCodeOf(n) === code);
  if (!name) throw new Error(`no country name for ${code} that the ingest resolves`);
  return name;
}

/** The country as the ingest displays it: the route name without "the" and "(ROK)". */
export function displayCountry(code: string, date: string): string {
  const name = routeCountry(code, date) ?? 'the West Bank';
  return name.replace(/^the\s+/, '').replace(/\s*\([^)]*\)$/, '');
}

const PLAIN_NAME = /^\p{Lu}[\p{L} '’.-]*$/u;
/** Gazetteer entries a trip page would not name this way (a capital's twin, a local spelling). */
const SKIP = new Set(['Delhi', 'København', 'El Giza', 'Ad Damman', 'Quezon City', 'Mbuji-Mayi', 'Makkah']);
/** How the page names a gazetteer city. */
const PAGE_NAME: Record<string, string> = { 'Tel Aviv-Yafo': 'Tel Aviv' };

/**
 * Every city the archive may visit: each country's capital, plus its two most populous
 * cities whose name is unique in the gazetteer (so a place name means one place).
 * Each is checked through the ingest's own resolver.
 */
export function archiveCities(): ArchiveCity[] {
  const nameCount = new Map<string, number>();
  for (const c of cityTimezones.cityMapping)
    nameCount.set(fold(c.city), (nameCount.get(fold(c.city)) ?? 0) + 1);
  const out: ArchiveCity[] = [];
  for (const profile of COUNTRIES) {
    const others = cityTimezones.cityMapping
      .filter(
        (c) =>
          c.iso2 === profile.code &&
          c.pop >= 1_000_000 &&
          nameCount.get(fold(c.city)) === 1 &&
          PLAIN_NAME.test(c.city) &&
          !SKIP.has(c.city) &&
          fold(c.city) !== fold(profile.capital),
      )
      .sort((a, b) => b.pop - a.pop || a.city.localeCompare(b.city))
      .slice(0, 2)
      .map((c) => PAGE_NAME[c.city] ?? c.city);
    for (const city of [profile.capital, ...others]) {
      const place = resolvePlace(city, routeCountry(profile.code, '2024-01-01'));
      if (place.countryCode !== profile.code) throw new Error(`${city} resolves to ${place.countryCode}`);
      out.push({
        city,
        code: profile.code,
        region: profile.region,
        capital: city === profile.capital,
        profile,
      });
    }
  }
  return out;
}
