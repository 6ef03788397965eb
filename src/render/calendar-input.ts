/**
 * The one adapter from the library to calendar stays: each stay keeps its sources, its
 * calendar (local or Washington dates) and the people the sources place there.
 */
import type { TripView } from '../query/library.js';
import type { Traveler } from '../itinerary/schema.js';
import { longDate } from '../itinerary/calendar.js';
import type { CalendarStay } from './calendar.js';
import { basisLabel, placeName, stopOnDay } from '../query/stays.js';
import { localDateCaveat } from '../query/sources.js';

export type TravelerRole = Traveler;

/** The trip's traveller: role, label ("Secretary Blinken"), family name and Historian slug. */
export function travelerOf(trip: TripView): {
  role: TravelerRole;
  name: string;
  familyName: string;
  person: string;
} {
  const { role, traveler, person } = trip.itinerary.trip;
  const name = traveler.replace(/^(Secretary|President)\s+/, '');
  return { role, name, familyName: name.split(/\s+/).at(-1) ?? name, person };
}

/**
 * One stay per stop of the trip, with the people met there (the Historian's remarks, and
 * page documents that prove presence: meetings, remarks, press availabilities; not calls)
 * and the sources its dates rest on.
 */
export function calendarStays(trip: TripView): CalendarStay[] {
  return trip.itinerary.stops.map((stop) => {
    const people = trip.itinerary.people
      .filter((p) =>
        p.appearances.some(
          (a) =>
            a.stopId === stop.id && (a.documentId === null || trip.document(a.documentId)?.provesPresence),
        ),
      )
      .map((p) => (p.roles[0] ? `${p.name} (${p.roles[0]}${p.country ? `, ${p.country}` : ''})` : p.name));
    const records = stop.sources.flatMap((s) =>
      s.kind === 'historian'
        ? [
            `Office of the Historian, record ${s.records.join(', ')}${stop.remarks ? `: ${stop.remarks}` : ''}`,
          ]
        : [],
    );
    const documents = stop.evidence
      .map((id) => trip.document(id))
      .filter((d) => d !== undefined)
      .map((d) => `${longDate(d.date)}: ${d.title} (State Department trip page)`);
    const view = stopOnDay(trip, stop);
    return {
      uid: `${trip.id}/${stop.id}@tripbot`,
      title: `${trip.itinerary.trip.traveler} in ${placeName(stop)}`,
      city: stop.city,
      country: stop.country,
      from: stop.from,
      to: stop.to,
      people,
      sources: [...records, ...documents],
      basis: [basisLabel(view), ...(stop.dates === 'washington' ? [localDateCaveat(view, stop.from)] : [])]
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
