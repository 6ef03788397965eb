import { addDays, daysBetween } from '../itinerary/calendar.js';
import type { Library } from '../query/library.js';

/**
 * Maps a destination's local calendar date to the date whose digest it gets. Normally the
 * same date; with DIGEST_REPLAY_START a trip (DIGEST_REPLAY_TRIP, else the latest) is
 * replayed from that date, one trip day per calendar day, and dates before it or past the
 * trip's end get nothing.
 */
export type DigestDateFor = (localDate: string) => string | undefined;

export function digestDateFor(
  library: Library,
  replayStart: string | undefined,
  replayTrip?: string,
): DigestDateFor {
  if (!replayStart) return (localDate) => localDate;
  const trip = (replayTrip ? library.findTrip(replayTrip) : library.latestTrip('secretary'))?.itinerary.trip;
  if (!trip) return () => undefined;
  const length = daysBetween(trip.firstDay, trip.lastDay) + 1;
  return (localDate) => {
    const index = daysBetween(replayStart, localDate);
    return index >= 0 && index < length ? addDays(trip.firstDay, index) : undefined;
  };
}
