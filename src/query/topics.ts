import type { Topic } from '../itinerary/schema.js';
import type { TripView } from './library.js';
import type { StopOnDay } from './stays.js';

/** What was discussed at one stay: the Historian's remarks and the trip page's summary topics. */
export interface StopTopics {
  trip: string;
  stop: StopOnDay;
  remarks: string | null;
  topics: { text: string; status: Topic['status']; paragraph: number }[];
}

export function topicsFor(trip: TripView, stopId: string): StopTopics['topics'] {
  return trip.itinerary.topics
    .filter((t) => t.stopIds.includes(stopId))
    .map(({ text, status, paragraph }) => ({ text, status, paragraph }));
}
