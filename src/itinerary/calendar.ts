/** Calendar-date helpers. Dates are plain YYYY-MM-DD strings; arithmetic is done in UTC. */

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;
}

/** Order of two YYYY-MM-DD dates (plain string order; localeCompare would build an ICU collator). */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Every date from `from` to `to`, inclusive. */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** "November 7, 2023" */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}, ${y}`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Tue, Nov 7" or "Tue, Nov 7, 2023", as en-US Intl writes them, without building a formatter. */
export function shortDate(date: string, withYear = false): string {
  const d = new Date(`${date}T00:00:00Z`);
  const text = `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]?.slice(0, 3)} ${d.getUTCDate()}`;
  return withYear ? `${text}, ${d.getUTCFullYear()}` : text;
}

/** "November 7–8, 2023", "November 30 – December 2, 2023" or a single date. */
export function dateSpan(from: string, to: string): string {
  if (from === to) return longDate(from);
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  if (fy === ty && fm === tm) return `${MONTHS[(fm ?? 1) - 1]} ${fd}–${td}, ${fy}`;
  if (fy === ty) return `${MONTHS[(fm ?? 1) - 1]} ${fd} – ${MONTHS[(tm ?? 1) - 1]} ${td}, ${fy}`;
  return `${longDate(from)} – ${longDate(to)}`;
}

/** Today's date in a time zone. */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();
const OFFSETS = new Map<string, number>();

/** A cached 24-hour year-to-minute formatter for a time zone (Intl formatters are costly to build). */
export function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = OFFSET_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    OFFSET_FORMATS.set(timeZone, format);
  }
  return format;
}

/** Minutes a time zone is ahead of UTC at noon UTC on a date (remembered per zone and date). */
export function utcOffsetMinutes(timeZone: string, date: string): number {
  const key = `${timeZone} ${date}`;
  const known = OFFSETS.get(key);
  if (known !== undefined) return known;
  const at = new Date(`${date}T12:00:00Z`);
  const parts = wallClockFormat(timeZone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = Math.round((local - at.getTime()) / 60_000);
  if (OFFSETS.size < 100_000) OFFSETS.set(key, offset);
  return offset;
}

/** Whether a string is an IANA time zone this runtime knows ("Europe/Berlin"). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
