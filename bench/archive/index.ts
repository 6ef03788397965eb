import { renderPage } from './page.js';
import { archiveCities } from './places.js';
import { planTrips, type TripPlan } from './plan.js';
import { seeded } from './random.js';

export { series } from './page.js';
export type { PlannedStop, StopKind, TripPlan } from './plan.js';

export interface ArchiveTrip {
  plan: TripPlan;
  /** The trip page text, as `npm run ingest` reads it. */
  page: string;
}

export const ARCHIVE_SEED = 20231102;

/**
 * A synthetic archive of trip pages: `count` trips from January 2015, one every two to
 * three weeks, 4-10 stops each, in the State Department page format. Deterministic:
 * the same seed and count give the same bytes.
 */
export function makeArchive(count = 200, seed = ARCHIVE_SEED): ArchiveTrip[] {
  const random = seeded(seed);
  const plans = planTrips(random, archiveCities(), count);
  return plans.map((plan) => ({ plan, page: renderPage(random, plan) }));
}
