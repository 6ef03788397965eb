import type { Topic } from '../itinerary/schema.js';
import type { Library, TripView } from './library.js';
import { findPlaces } from './places.js';

export interface StopTopics {
  trip: string;
  city: string;
  country: string;
  topics: { text: string; status: Topic['status']; paragraph: number }[];
}

export function topicsFor(trip: TripView, stopId: string): StopTopics['topics'] {
  return trip.itinerary.topics
    .filter((t) => t.stopIds.includes(stopId))
    .map(({ text, status, paragraph }) => ({ text, status, paragraph }));
}

/** What was discussed at the stops a place name points at, from the summary. */
export function topicsAtPlace(library: Library, query: string): { matched: string; stops: StopTopics[] } {
  const { matched, records } = findPlaces(library, query);
  return {
    matched,
    stops: records.map((r) => ({
      trip: r.trip.id,
      city: r.stop.city,
      country: r.stop.country,
      topics: topicsFor(r.trip, r.stop.id),
    })),
  };
}
