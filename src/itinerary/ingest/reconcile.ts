import type { Itinerary, Stop } from '../schema.js';
import { fold, uniqueFolded } from '../text.js';

/** Whether a Historian stay and a page stop are the same city visit. */
function sameVisit(record: Stop, page: Stop): boolean {
  const sameCountry =
    record.countryCode && page.countryCode
      ? record.countryCode === page.countryCode
      : fold(record.country) === fold(page.country);
  if (!sameCountry || page.city === null) return false;
  const names = new Set(
    [record.city ?? '', ...record.places.map((p) => p.name), ...record.aliases].map(fold),
  );
  return names.has(fold(page.city)) || page.aliases.some((a) => names.has(fold(a)));
}

/**
 * One trip from a trip page and the Historian's record of the same journey. Every fact
 * keeps its source: a stop both know takes the record's local dates (a dated record beats
 * the page's inference) and keeps the page's own dating beside them; the page's documents,
 * topics and people stay as they are; stops only one source knows are kept as that source
 * gives them. The page's stop ids are kept, since its documents refer to them.
 */
export function mergeTrips(page: Itinerary, record: Itinerary): Itinerary {
  const used = new Set<string>();
  const stops: Stop[] = page.stops.map((p) => {
    const match = record.stops.find((r) => !used.has(r.id) && sameVisit(r, p));
    if (!match) return p;
    used.add(match.id);
    return {
      ...match,
      id: p.id,
      aliases: uniqueFolded([...match.aliases, ...p.aliases, p.city ?? ''], [match.city, match.country]),
      evidence: p.evidence,
      sources: [...match.sources, ...p.sources],
      page: { from: p.from, to: p.to, basis: p.basis, reason: p.reason },
    };
  });
  const extra = record.stops.filter((r) => !used.has(r.id));
  const ordered = [...stops];
  for (const stop of extra) {
    const at = ordered.findIndex((s) => s.from > stop.from);
    ordered.splice(at === -1 ? ordered.length : at, 0, stop);
  }
  const firstDay = [page.trip.firstDay, record.trip.firstDay].sort()[0]!;
  const lastDay = [page.trip.lastDay, record.trip.lastDay].sort().at(-1)!;
  return {
    ...page,
    trip: {
      ...page.trip,
      traveler: record.trip.traveler,
      role: record.trip.role,
      person: record.trip.person,
      firstDay,
      lastDay,
      route: ordered.map((s) => s.id),
    },
    stops: ordered,
    people: [...page.people, ...record.people],
  };
}
