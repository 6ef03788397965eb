/**
 * The one adapter from the library to a route map: port this file when the model changes.
 * Coordinates are read as optional: a stop the gazetteer cannot place is listed in the
 * legend as "not on the map", never drawn at a guessed place.
 */
import type { TripView } from '../query/library.js';
import { dateSpan } from '../itinerary/calendar.js';
import type { RouteMapInput, RouteMapStop } from './route-map-model.js';

/** Every city of every stay in route order: a stay of several cities is several points. */
export function routeMapInput(trip: TripView): RouteMapInput {
  const { title, firstDay, lastDay, route } = trip.itinerary.trip;
  const stops: RouteMapStop[] = [];
  for (const id of route) {
    const stop = trip.stop(id);
    if (!stop) continue;
    const places = stop.places.length ? stop.places : [{ name: stop.country }];
    for (const place of places) {
      stops.push({
        label: place.name === stop.country ? stop.country : `${place.name}, ${stop.country}`,
        basis: stop.basis,
        order: stops.length + 1,
        ...('coordinates' in place && place.coordinates
          ? { lat: place.coordinates.lat, lon: place.coordinates.lon }
          : {}),
      });
    }
  }
  return { title, dates: dateSpan(firstDay, lastDay), stops };
}

/** What a map shows, for readers who cannot see it (Slack alt text, Discord description). */
export function routeMapAlt(input: RouteMapInput): string {
  return `Map of ${input.title}, ${input.dates}: ${input.stops.map((s) => `${s.order} ${s.label}`).join(', ')}.`;
}
