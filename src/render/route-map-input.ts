/**
 * The one adapter from the library to a route map: port this file when the model changes.
 * Coordinates are read as optional: a stop the gazetteer cannot place is listed in the
 * legend as "not on the map", never drawn at a guessed place.
 */
import type { TripView } from '../query/library.js';
import type { Stop } from '../itinerary/schema.js';
import { dateSpan } from '../itinerary/calendar.js';
import type { RouteMapInput, RouteMapStop } from './route-map.js';

type MaybeLocated = Omit<Stop, 'coordinates'> & { coordinates?: Stop['coordinates'] };

export function routeMapInput(trip: TripView): RouteMapInput {
  const { title, firstDay, lastDay, route } = trip.itinerary.trip;
  const stops = route
    .map((id) => trip.stop(id) as MaybeLocated | undefined)
    .filter((s): s is MaybeLocated => s !== undefined)
    .map((s, index): RouteMapStop => ({
      label: `${s.city}, ${s.country}`,
      basis: s.basis,
      order: index + 1,
      ...(s.coordinates ? { lat: s.coordinates.lat, lon: s.coordinates.lon } : {}),
    }));
  return { title, dates: dateSpan(firstDay, lastDay), stops };
}
