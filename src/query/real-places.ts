import { cityGazetteer, countryCodeOf } from '../itinerary/places.js';

/**
 * Whether a name the user typed is a real country or city (ISO's country names and
 * aliases, the city-timezones gazetteer), though the record may have no visit to it.
 * A real name is never read as a typo of another place: "Iran" is not "Iraq".
 */
export function isRealPlace(name: string): boolean {
  const text = name.trim().replace(/^the\s+/i, '');
  if (text.length < 3) return false;
  return countryCodeOf(text) !== undefined || cityGazetteer().lookupViaCity(text).length > 0;
}
