import type { TripDocument } from '../itinerary/schema.js';
import { addDays, MONTHS, utcOffsetMinutes } from '../itinerary/calendar.js';
import type { TripView } from './views.js';

/**
 * A trip page dates each item by its publication in Washington, with no time. At a stop
 * far ahead of Washington, an item dated W can be an event of the next local day (Seoul
 * is 14 hours ahead: 9:00 on November 9 there is 19:00 on November 8 in Washington).
 * The Historian's record gives the stay's local days, which bound the guess.
 */
export interface ItemDate {
  /** The page's date: the Washington publication date. */
  washington: string;
  /** The likely local date at the stop, only where it differs from the Washington date. */
  local?: string;
  /** Why, in a few words: "Seoul is 14 h ahead, and Nov 8 started in Tokyo". */
  why?: string;
}

/**
 * How far ahead of Washington a stop must be before an item dated W is read as the next
 * local morning on a day the Secretary arrived (the event would be before this hour, local).
 */
const NEXT_MORNING_MINUTES = 9 * 60;
const WASHINGTON = 'America/New_York';

/** "Nov 8" */
export function monthDay(date: string): string {
  const [, month, day] = date.split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]!.slice(0, 3)} ${day}`;
}

function hoursText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}

/**
 * The likely local date of a page item. Only items that place the traveller at a stop
 * (meetings, remarks, press availabilities) and only stops whose local days the Historian's
 * record gives are read: a call or a statement filed under a city was not necessarily made
 * there. The local date is W or W+1, inside the stay; W+1 is chosen when W is before the
 * stay, or when W is the day the traveller came from the previous stop (so that day's part
 * of the stay was its end) and the stop is far enough ahead for W+1's morning to be W in
 * Washington. Everything else keeps the Washington date.
 */
export function itemDate(trip: TripView, doc: TripDocument): ItemDate {
  const washington = doc.date;
  const stop = trip.stop(doc.stopId);
  if (!stop || !doc.provesPresence || stop.dates !== 'local' || !stop.timeZone) return { washington };
  const ahead = utcOffsetMinutes(stop.timeZone, washington) - utcOffsetMinutes(WASHINGTON, washington);
  const next = addDays(washington, 1);
  const inStay = (date: string) => stop.from <= date && date <= stop.to;
  if (ahead <= 0 || !inStay(next)) return { washington };
  const place = stop.city ?? stop.country;
  const behind = `${place} is ${hoursText(ahead)} ahead`;
  if (!inStay(washington)) {
    return { washington, local: next, why: `${behind}, and the stay there began ${monthDay(next)}` };
  }
  if (ahead < NEXT_MORNING_MINUTES || stop.from !== washington) return { washington };
  const route = trip.itinerary.trip.route;
  const previous = trip.stop(route[route.indexOf(stop.id) - 1] ?? null);
  if (previous?.dates !== 'local' || previous.to !== washington) return { washington };
  return {
    washington,
    local: next,
    why: `${behind}, and ${monthDay(washington)} started in ${previous.city ?? previous.country}`,
  };
}

export const LIKELY_LOCAL_NOTE =
  'The trip page gives no times: a likely local date comes from the time difference and the Historian’s local dates of the stay.';

/** "dated Nov 8 in Washington, likely Nov 9 local: Seoul is 14 h ahead, and Nov 8 started in Tokyo" */
export function itemDateText(dated: ItemDate): string {
  const washington = `dated ${monthDay(dated.washington)} in Washington`;
  return dated.local ? `${washington}, ${localDateText(dated)}` : washington;
}

/** "likely Nov 9 local: Seoul is 14 h ahead, and Nov 8 started in Tokyo"; '' where the local date is the same. */
export function localDateText(dated: ItemDate): string {
  return dated.local ? `likely ${monthDay(dated.local)} local: ${dated.why}` : '';
}
