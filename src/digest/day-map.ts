import type { Library } from '../query/library.js';
import type { Logger } from '../log.js';
import type { Reply } from '../reply/model.js';
import { routeMapAlt, routeMapInput } from '../render/route-map-input.js';
import { routeMapSvg, svgToPngSync } from '../render/route-map.js';

/**
 * The day's digest with its trip's route map attached. The scheduler composes a date once
 * and keeps it, so the map is drawn once a date (about 30 ms). A trip with no located stop,
 * or a failed render, goes out without a map.
 */
export function withDayMap<T extends { reply: Reply; data: unknown }>(
  library: Library,
  composed: T | null,
  log: Logger,
): T | null {
  if (!composed || composed.reply.kind !== 'answer') return composed;
  const tripId = (composed.data as { trip?: { id?: string } }).trip?.id;
  const trip = tripId ? library.findTrip(tripId) : undefined;
  if (!trip) return composed;
  const input = routeMapInput(trip);
  if (!input.stops.some((s) => s.lat !== undefined)) return composed;
  try {
    const data = svgToPngSync(routeMapSvg(input).svg);
    const attachment = {
      filename: `${trip.id}-route.png`,
      contentType: 'image/png',
      data,
      alt: routeMapAlt(input),
    };
    return { ...composed, reply: { ...composed.reply, attachment } };
  } catch (error) {
    log.warn('digest map could not be drawn; the digest goes out without it', { trip: trip.id, error });
    return composed;
  }
}
