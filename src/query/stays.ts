import type { Basis, DateKind, PageDating, Stop, StopSource, Traveler } from '../itinerary/schema.js';
import { dateSpan, compareDates } from '../itinerary/calendar.js';
import type { TripView } from './library.js';

/** A stay as answers and `--json` show it. */
export interface StopOnDay {
  city: string | null;
  country: string;
  from: string;
  to: string;
  /** Local dates (Historian) or Washington publication dates (trip page). */
  dates: DateKind;
  basis: Basis;
  reason: string;
  /** Who travelled: "Secretary Blinken". */
  person: string;
  traveler: Traveler;
  sources: StopSource[];
  remarks?: string;
  /** The page's own dating, where the Historian's record replaced it. */
  page?: PageDating;
  timeZone?: string;
  trip: string;
}

export function stopOnDay(trip: TripView, stop: Stop): StopOnDay {
  const { city, country, from, to, dates, basis, reason, sources, remarks, page, timeZone } = stop;
  return {
    city,
    country,
    from,
    to,
    dates,
    basis,
    reason,
    person: trip.itinerary.trip.traveler,
    traveler: trip.itinerary.trip.role,
    sources,
    ...(remarks ? { remarks } : {}),
    ...(page ? { page } : {}),
    ...(timeZone ? { timeZone } : {}),
    trip: trip.id,
  };
}

/** "Ramallah, West Bank"; the country alone when the record names no city. */
export function placeName(stop: Pick<StopOnDay, 'city' | 'country'>): string {
  return stop.city ? `${stop.city}, ${stop.country}` : stop.country;
}

/** How a stay's dates are known, in a few words: "documented: Historian record 4179, local dates". */
export function basisLabel(stop: StopOnDay): string {
  if (stop.basis === 'inferred') return `inferred: ${stop.reason}`;
  const records = stop.sources.flatMap((s) => (s.kind === 'historian' ? s.records : []));
  const pageDocs = stop.sources.flatMap((s) => (s.kind === 'page' ? s.documents : []));
  if (records.length === 0) {
    return `documented: trip page, ${pageDocs.length} document${pageDocs.length === 1 ? '' : 's'} filed there (Washington publication dates)`;
  }
  const record = `documented: Historian record${records.length > 1 ? 's' : ''} ${records.join(', ')}, local dates`;
  const page = stop.page;
  if (!page) return record;
  if (page.basis === 'inferred')
    return `${record}; the trip page itself gives no date: it inferred ${dateSpan(page.from, page.to)}`;
  if (page.from !== stop.from || page.to !== stop.to)
    return `${record}; the trip page's documents are dated ${dateSpan(page.from, page.to)} (Washington)`;
  return `${record}; the trip page's documents agree`;
}

/** One line for a stay: place, dates, basis. */
export function stayLine(stop: StopOnDay, options: { traveler?: boolean; remarks?: boolean } = {}): string {
  const who = options.traveler ? `${stop.person}: ` : '';
  const remarks = options.remarks && stop.remarks ? ` ${stop.remarks}` : '';
  return `${who}${placeName(stop)}, ${dateSpan(stop.from, stop.to)} (${basisLabel(stop)}).${remarks}`;
}

/** What the dates of these stays rest on, once per kind of calendar. */
export function datesNotes(stops: readonly Pick<StopOnDay, 'dates'>[]): string[] {
  const kinds = new Set(stops.map((s) => s.dates));
  const notes: string[] = [];
  if (kinds.has('local'))
    notes.push(
      'Historian dates are local calendar dates (Office of the Historian, U.S. Department of State).',
    );
  if (kinds.has('washington')) notes.push(PAGE_DATES_NOTE);
  return notes;
}

export const PAGE_DATES_NOTE =
  'Trip-page dates are the State Department page’s publication dates (Washington time), not always the local date of the event.';

export const RECORD_SCOPE =
  'The Historian’s record lists foreign travel only: a day without a record says nothing about where the traveller was.';

/** A short source tag for list lines: "record 4179", "trip page". */
export function sourceTag(stop: Pick<StopOnDay, 'sources'>): string {
  return stop.sources
    .map((s) => (s.kind === 'historian' ? `record ${s.records.join('/')}` : 'trip page'))
    .join(' + ');
}

/** A compact list line: "May 14–15, 2024 · Secretary Blinken · Kyiv, Ukraine (record 4200)". */
export function stayListLine(stop: StopOnDay): string {
  const label = stop.basis === 'inferred' ? 'inferred' : sourceTag(stop);
  return `${dateSpan(stop.from, stop.to)} · ${stop.person} · ${placeName(stop)} (${label})`;
}

/** Newest first, then in route order. */
export function newestFirst<T extends Pick<StopOnDay, 'from' | 'to'>>(stops: readonly T[]): T[] {
  return [...stops].sort((a, b) => compareDates(b.from, a.from) || compareDates(b.to, a.to));
}
