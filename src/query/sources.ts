import type { StopOnDay } from './stays.js';
import { utcOffsetMinutes } from '../itinerary/calendar.js';

/** Hours a stop is ahead of Washington on a date, when that is enough to move an evening release to the next local day. */
export function localDateCaveat(
  stop: Pick<StopOnDay, 'timeZone' | 'city' | 'country'>,
  date: string,
): string | undefined {
  if (!stop.timeZone) return undefined;
  const ahead = utcOffsetMinutes(stop.timeZone, date) - utcOffsetMinutes('America/New_York', date);
  if (ahead < 6 * 60) return undefined;
  const hours = Math.floor(ahead / 60);
  const minutes = ahead % 60;
  return `${stop.city ?? stop.country} is ${hours}h${minutes ? String(minutes).padStart(2, '0') : ''} ahead of Washington: an event dated here in Washington time may fall on the next local day.`;
}
