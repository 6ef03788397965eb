/**
 * The one adapter from the library to calendar stays: port this file when the model
 * changes (traveller roles, optional coordinates, per-stop sources).
 */
import type { TripView } from '../query/library.js';
import type { Stop } from '../itinerary/schema.js';
import { longDate } from '../itinerary/calendar.js';
import type { CalendarStay } from './calendar.js';
import { stopOnDay } from '../query/where.js';
import { localDateCaveat } from '../query/sources.js';

export type TravelerRole = 'secretary' | 'president';

type MaybeLocated = Omit<Stop, 'coordinates'> & { coordinates?: Stop['coordinates'] };

const SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/** "Secretary of State Antony J. Blinken" -> role secretary, name "Antony J. Blinken", family "Blinken". */
export function travelerOf(trip: TripView): { role: TravelerRole; name: string; familyName: string } {
  const traveler = trip.itinerary.trip.traveler;
  const role: TravelerRole = /^president\b/i.test(traveler) ? 'president' : 'secretary';
  const name = traveler.replace(
    /^(secretary of state|secretary|president of the united states|president)\s+/i,
    '',
  );
  const words = name.split(/\s+/).filter((w) => !SUFFIX.test(w.replace(/,$/, '')));
  return { role, name, familyName: (words.at(-1) ?? name).replace(/,$/, '') };
}

export const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * One stay per stop of the trip, with the people met there (documents that prove presence:
 * meetings, remarks, press availabilities; not calls) and the documents its dates rest on.
 */
export function calendarStays(trip: TripView): CalendarStay[] {
  const { role, familyName } = travelerOf(trip);
  const title = role === 'president' ? 'President' : 'Secretary';
  const stops = trip.itinerary.stops as MaybeLocated[];
  return stops.map((stop) => {
    const people = trip.itinerary.people
      .filter((p) =>
        p.appearances.some((a) => a.stopId === stop.id && trip.document(a.documentId)?.provesPresence),
      )
      .map((p) => (p.roles[0] ? `${p.name} (${p.roles[0]}${p.country ? `, ${p.country}` : ''})` : p.name));
    const sources = stop.evidence
      .map((id) => trip.document(id))
      .filter((d) => d !== undefined)
      .map((d) => `${longDate(d.date)}: ${d.title} (State Department trip page)`);
    return {
      uid: `${trip.id}/${stop.id}@tripbot`,
      title: `${title} ${familyName} in ${stop.city}, ${stop.country}`,
      city: stop.city,
      country: stop.country,
      from: stop.from,
      to: stop.to,
      people,
      sources,
      basis: [
        stop.basis === 'documented' ? 'documented' : `inferred: ${stop.reason}`,
        'Washington publication dates',
        ...(stop.timeZone ? [localDateCaveat(stopOnDay(stop as Stop), stop.from)] : []),
      ]
        .filter(Boolean)
        .join('; '),
      ...(stop.coordinates ? { geo: { lat: stop.coordinates.lat, lon: stop.coordinates.lon } } : {}),
    };
  });
}

/** A stamp from the data itself: the day after the latest trip's last day (no clock read). */
export function stampOf(trips: readonly TripView[]): Date {
  const last =
    trips
      .map((t) => t.itinerary.trip.lastDay)
      .sort()
      .at(-1) ?? '1970-01-01';
  return new Date(`${last}T00:00:00Z`);
}
