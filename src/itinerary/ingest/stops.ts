import { addDays, dateRange, dateSpan, longDate } from '../calendar.js';
import type { Basis, TripDocument } from '../schema.js';

export interface StopDates {
  from: string;
  to: string;
  basis: Basis;
  reason: string;
  evidence: string[];
}

interface RouteStop {
  id: string;
  city: string;
}

const PLURALS: Record<string, string> = { remarks: 'remarks', 'press availability': 'press availabilities' };

function plural(n: number, word: string): string {
  return `${n} ${n === 1 ? word : (PLURALS[word] ?? `${word}s`)}`;
}

function describeKinds(docs: TripDocument[]): string {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => plural(n, kind)).join(', ');
}

/**
 * Dates of each stop. A stop is documented by the meetings, remarks and press
 * availabilities filed under it (Washington publication dates). A stop without
 * them is placed by the route: between its documented neighbours, on the days no
 * other stop documents, or on the neighbours' boundary days when there is no gap.
 */
export function dateStops(
  route: RouteStop[],
  documents: TripDocument[],
  trip: { firstDay: string; lastDay: string; routeSources: string[] },
): Map<string, StopDates> {
  const result = new Map<string, StopDates>();
  for (const stop of route) {
    const filed = documents.filter((d) => d.stopId === stop.id);
    const proof = filed.filter((d) => d.provesPresence);
    if (proof.length === 0) continue;
    const dates = proof.map((d) => d.date).sort();
    const from = dates[0] ?? trip.firstDay;
    const to = dates.at(-1) ?? from;
    result.set(stop.id, {
      from,
      to,
      basis: 'documented',
      reason: `Documents filed under ${stop.city} place the Secretary there: ${describeKinds(proof)} dated ${dateSpan(from, to)} (Washington publication dates).`,
      evidence: proof.map((d) => d.id),
    });
  }
  const covered = new Set([...result.values()].flatMap((s) => dateRange(s.from, s.to)));
  route.forEach((stop, index) => {
    if (result.has(stop.id)) return;
    const before = route
      .slice(0, index)
      .reverse()
      .find((s) => result.get(s.id)?.basis === 'documented');
    const after = route.slice(index + 1).find((s) => result.get(s.id)?.basis === 'documented');
    const lower = before ? result.get(before.id)!.to : trip.firstDay;
    const upper = after ? result.get(after.id)!.from : trip.lastDay;
    const open = before ? addDays(lower, 1) : lower;
    const close = after ? addDays(upper, -1) : upper;
    const gap = open <= close ? dateRange(open, close).filter((d) => !covered.has(d)) : [];
    const filed = documents.filter((d) => d.stopId === stop.id);
    const what = filed.length
      ? `Only ${describeKinds(filed)} ${filed.length === 1 ? 'is' : 'are'} filed under ${stop.city}, and ${filed.length === 1 ? 'it does' : 'they do'} not prove presence.`
      : `No dated document is filed under ${stop.city}.`;
    const between = `The route puts it ${before ? `after ${before.city} (last documented ${longDate(lower)})` : 'first'}${
      after ? ` and before ${after.city} (first documented ${longDate(upper)})` : ''
    }`;
    const dates =
      gap.length > 0
        ? {
            from: gap[0]!,
            to: gap.at(-1)!,
            why: `; ${gap.map(longDate).join(', ')} ${gap.length === 1 ? 'has' : 'have'} no documented stop.`,
          }
        : {
            from: lower,
            to: upper,
            why: `, with no undocumented day between them, so the visit fell on ${dateSpan(lower, upper).replace(/\s*–\s*/, ' or ')}.`,
          };
    result.set(stop.id, {
      from: dates.from,
      to: dates.to,
      basis: 'inferred',
      reason: `${what} ${between}${dates.why}`,
      evidence: [...filed.map((d) => d.id), ...trip.routeSources],
    });
  });
  return result;
}
