import ical from 'ical-generator';

/** One stay in one place: an all-day event from `from` to `to` (inclusive, local dates). */
export interface CalendarStay {
  /** Stable across rebuilds, so a corrected stay updates the subscriber's event. */
  uid: string;
  /** "Secretary Blinken in Tokyo, Japan" */
  title: string;
  city: string;
  country: string;
  from: string;
  to: string;
  people: string[];
  sources: string[];
  /** Absent when the gazetteer cannot place the city. */
  geo?: { lat: number; lon: number };
  /** A line on how the dates are known ("documented", "inferred: ..."). */
  basis?: string;
}

export interface CalendarInput {
  name: string;
  description?: string;
  stays: CalendarStay[];
  /** DTSTAMP of every event: derived from the data, so the same data gives the same bytes. */
  stamp: Date;
}

const PRODUCT = { company: 'tripbot', product: 'tripbot', language: 'EN' };

function dayAfter(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

function description(stay: CalendarStay): string {
  const lines: string[] = [];
  if (stay.people.length) lines.push(`People met: ${stay.people.join('; ')}`);
  if (stay.basis) lines.push(`Dates: ${stay.basis}`);
  if (stay.sources.length) lines.push('Sources:', ...stay.sources.map((s) => `- ${s}`));
  return lines.join('\n');
}

/**
 * An iCalendar file with one all-day event per stay (DTEND is the day after the last day,
 * as RFC 5545 wants for all-day events), oldest first. Deterministic: no clock is read.
 */
export function renderCalendar(input: CalendarInput): string {
  const calendar = ical({
    name: input.name,
    prodId: PRODUCT,
    ...(input.description ? { description: input.description } : {}),
  });
  const stays = [...input.stays].sort((a, b) => a.from.localeCompare(b.from) || a.uid.localeCompare(b.uid));
  for (const stay of stays) {
    calendar.createEvent({
      id: stay.uid,
      allDay: true,
      start: new Date(`${stay.from}T00:00:00Z`),
      end: dayAfter(stay.to),
      stamp: input.stamp,
      summary: stay.title,
      description: description(stay),
      location: {
        title: `${stay.city}, ${stay.country}`,
        ...(stay.geo ? { geo: { lat: stay.geo.lat, lon: stay.geo.lon } } : {}),
      },
    });
  }
  return calendar.toString();
}
