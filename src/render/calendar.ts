import ical from 'ical-generator';

/** One stay in one place: an all-day event from `from` to `to` (inclusive, local dates). */
export interface CalendarStay {
  /** Stable across rebuilds, so a corrected stay updates the subscriber's event. */
  uid: string;
  /** "Secretary Blinken in Tokyo, Japan" */
  title: string;
  /** Null when the record names only the country. */
  city: string | null;
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

/** Folds one content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence or a surrogate pair. */
function foldLine(line: string): string {
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = char.charCodeAt(0) < 0x80 ? 1 : Buffer.byteLength(char);
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

/**
 * An iCalendar file with one all-day event per stay (DTEND is the day after the last day,
 * as RFC 5545 wants for all-day events), oldest first. Deterministic: no clock is read.
 * ical-generator writes the calendar and each event; the events' lines are folded here,
 * since the library's own folding (a TextEncoder per character) costs ~0.5 ms an event.
 */
export function renderCalendar(input: CalendarInput): string {
  const options = {
    name: input.name,
    prodId: PRODUCT,
    ...(input.description ? { description: input.description } : {}),
  };
  const calendar = ical(options);
  const events = ical(options);
  const stays = [...input.stays].sort((a, b) => a.from.localeCompare(b.from) || a.uid.localeCompare(b.uid));
  const body = stays.map((stay) =>
    events
      .createEvent({
        id: stay.uid,
        allDay: true,
        start: new Date(`${stay.from}T00:00:00Z`),
        end: dayAfter(stay.to),
        stamp: input.stamp,
        summary: stay.title,
        description: description(stay),
        location: {
          title: stay.city ? `${stay.city}, ${stay.country}` : stay.country,
          ...(stay.geo ? { geo: { lat: stay.geo.lat, lon: stay.geo.lon } } : {}),
        },
      })
      .toString(),
  );
  const empty = calendar.toString();
  const end = empty.lastIndexOf('END:VCALENDAR');
  return `${empty.slice(0, end)}${foldLines(body.join(''))}${empty.slice(end)}`;
}
