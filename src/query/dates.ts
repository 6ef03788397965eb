import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';
import { MONTHS, addDays, isoDate, longDate, todayIn } from '../itinerary/calendar.js';
import { UserError } from '../errors.js';
import { truncate } from '../itinerary/text.js';

export interface ResolvedDate {
  date: string;
  /** How the date was read, shown when it was not spelled out ("Nov 7" -> the latest November 7 on or before today). */
  note?: string;
  /**
   * The reading in a few words, for the answer's first line, where the typed text could mean
   * another day: "8.11.2023 read day.month.year", "the most recent Tuesday".
   */
  brief?: string;
}

/** A first line with how its date was read: "November 8, 2023 (8.11.2023 read day.month.year): Tokyo". */
export function withReading(title: string, resolved: ResolvedDate): string {
  if (!resolved.brief) return title;
  const colon = title.indexOf(': ');
  return colon < 0
    ? `${title} (${resolved.brief})`
    : `${title.slice(0, colon)} (${resolved.brief})${title.slice(colon)}`;
}

const EXAMPLES = 'Try 2023-11-07, Nov 7, 7 November 2023, 11/7/2023, today, yesterday or tuesday';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function badDate(text: string, why = 'is not a date tripbot can read'): UserError {
  return new UserError('BAD_DATE', `"${truncate(text, 40)}" ${why}.`, EXAMPLES);
}

function checked(text: string, year: number, month: number, day: number): string {
  if (year < 1800 || year > 2100) throw badDate(text, 'is outside the years tripbot knows');
  const date = isoDate(year, month, day);
  if (!date) throw badDate(text, 'does not exist on the calendar');
  return date;
}

interface DateParts {
  month: number;
  day: number;
  year?: number;
}

const MONTH_NAME = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/;
const MONTHS_SHORT = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(word: string): number {
  const m = MONTH_NAME.exec(word.toLowerCase());
  if (!m?.[1] || !MONTHS.some((name) => name.toLowerCase().startsWith(word.toLowerCase().replace('.', ''))))
    return 0;
  return MONTHS_SHORT.indexOf(m[1].slice(0, 3)) + 1;
}

/** The common spellings ("Nov 7", "November 7, 2023", "7 November 2023") without chrono-node. */
function monthDayYear(text: string): DateParts | undefined {
  const m =
    /^([a-z.]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/i.exec(text) ??
    /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z.]+),?(?:\s+(\d{4}))?$/i.exec(text);
  if (!m) return undefined;
  const [word, day] = /^\d/.test(m[1] ?? '') ? [m[2] ?? '', m[1]] : [m[1] ?? '', m[2]];
  const month = monthOf(word);
  if (!month) return undefined;
  return { month, day: Number(day), ...(m[3] ? { year: Number(m[3]) } : {}) };
}

let chronoEn: typeof ChronoEn | undefined;
/** chrono-node's English parser, loaded the first time a date needs it (not at start-up). */
function chrono(): typeof ChronoEn {
  return (chronoEn ??= createRequire(import.meta.url)('chrono-node/en') as typeof ChronoEn);
}

/** Everything else goes to chrono-node; exactly one date must fill the text. */
function chronoParts(text: string, now: Date): DateParts | undefined {
  const [result, ...rest] = chrono().parse(text, now, { forwardDate: false });
  const consumed = result ? text.replace(result.text, '').replace(/[\s,.]+/g, '') : text;
  if (!result || rest.length > 0 || consumed.length > 0 || result.end || !result.start.isCertain('day')) {
    return undefined;
  }
  const start = result.start;
  return {
    month: start.get('month') ?? 0,
    day: start.get('day') ?? 0,
    ...(start.isCertain('year') ? { year: start.get('year') ?? 0 } : {}),
  };
}

/**
 * Day-month-year numbers. Slashes and dashes are read in U.S. order (month first), as the
 * State Department writes them; dots in day.month.year order, as most of Europe writes them.
 * The note says which order was used whenever the numbers could be read the other way too.
 */
function numericDate(text: string): ResolvedDate | undefined {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  if (!m) return undefined;
  const [a, sep, b, y] = [Number(m[1]), m[2], Number(m[3]), Number(m[4])];
  const dotted = sep === '.';
  const [month, day] = dotted ? [b, a] : [a, b];
  const date = checked(text, y, month, day);
  const other = a !== b ? isoDate(y, dotted ? a : b, dotted ? b : a) : null;
  if (dotted) {
    return {
      date,
      note: `day.month.year order, as dotted dates are written${other ? `; not ${longDate(other)}` : ''}`,
      ...(other ? { brief: `${text} read day.month.year` } : {}),
    };
  }
  return other
    ? {
        date,
        note: `U.S. month/day/year order; not ${longDate(other)}`,
        brief: `${text} read month/day/year`,
      }
    : { date };
}

/**
 * Reads a date the way people type it. ISO and U.S. numeric dates take a fast path;
 * the rest goes to chrono-node. A date without a year is the latest such date on or
 * before today; "today" and "yesterday" are in the user's time zone.
 */
export function resolveDate(input: string, now: Date, timeZone: string): ResolvedDate {
  const text = input.trim();
  const lower = text.toLowerCase();
  if (lower === '' || lower === 'today')
    return { date: todayIn(timeZone, now), note: `today in ${timeZone}` };
  if (lower === 'yesterday')
    return { date: addDays(todayIn(timeZone, now), -1), note: `yesterday in ${timeZone}` };
  if (lower === 'tomorrow')
    return { date: addDays(todayIn(timeZone, now), 1), note: `tomorrow in ${timeZone}` };
  const weekday = WEEKDAYS.findIndex((d) => lower === d || lower === d.slice(0, 3) || lower === `last ${d}`);
  if (weekday >= 0) {
    // The most recent such day, today included.
    const today = todayIn(timeZone, now);
    const back = (new Date(`${today}T12:00:00Z`).getUTCDay() - weekday + 7) % 7;
    const date = addDays(today, -back);
    const name = WEEKDAYS[weekday]!;
    const capital = `${name[0]!.toUpperCase()}${name.slice(1)}`;
    return {
      date,
      note: `the most recent ${name} in ${timeZone}`,
      brief: back === 0 ? `today, ${capital}` : `the most recent ${capital}`,
    };
  }
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return { date: checked(text, Number(m[1]), Number(m[2]), Number(m[3])) };
  const numeric = numericDate(text);
  if (numeric) return numeric;
  if (text.length > 40 || !/\d/.test(text)) throw badDate(text);

  const parts = monthDayYear(text) ?? chronoParts(text, now);
  if (!parts) throw badDate(text);
  const { month, day, year: given } = parts;
  if (given !== undefined) return { date: checked(text, given, month, day) };
  // No year: the latest such date on or before today, in the user's time zone.
  const today = todayIn(timeZone, now);
  let year = Number(today.slice(0, 4));
  let date = isoDate(year, month, day);
  while (date === null || date > today) {
    year--;
    if (year < Number(today.slice(0, 4)) - 8) throw badDate(text, 'does not exist on the calendar');
    date = isoDate(year, month, day);
  }
  return {
    date,
    note: `no year given: read as ${longDate(date)}, the latest on or before today`,
    brief: 'no year given: the latest on or before today',
  };
}
