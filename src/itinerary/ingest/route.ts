import { MONTHS, isoDate, monthIndex } from '../calendar.js';
import { PageFormatError } from './parse-page.js';

export interface RouteStopName {
  city: string;
  /** The country as the page writes it, if it gives one. */
  country?: string;
}
export interface Route {
  traveler: string;
  stops: RouteStopName[];
  firstDay: string;
  lastDay: string;
}

const MONTH = `(?:${MONTHS.join('|')})`;
const ROUTE = new RegExp(
  `^(.+?) (?:traveled|travelled|travels|will travel) to (.+), (${MONTH}) (\\d{1,2})(?:\\s*[-–]\\s*(?:(${MONTH}) )?(\\d{1,2}))?, (\\d{4})\\.?$`,
);

/** Reads "X traveled to City, Country; City; ... and City, Country, Month D-D, YYYY." */
export function parseRoute(paragraph: string, line: number): Route {
  const m = ROUTE.exec(paragraph);
  if (!m) {
    throw new PageFormatError(
      line,
      'expected the first summary paragraph to give the route: "<Traveler> traveled to City, Country; City, Country; ..., Month D-D, YYYY."',
    );
  }
  const [, traveler = '', list = '', startMonth = '', startDay = '', endMonth, endDay, year = ''] = m;
  const firstDay = isoDate(Number(year), monthIndex(startMonth), Number(startDay));
  const lastDay = isoDate(Number(year), monthIndex(endMonth ?? startMonth), Number(endDay ?? startDay));
  if (!firstDay || !lastDay || lastDay < firstDay)
    throw new PageFormatError(line, 'the route gives dates that do not exist');
  const stops = list
    .split(/\s*;\s*/)
    .map((part) => part.replace(/^and\s+/, '').trim())
    .filter(Boolean)
    .map((part): RouteStopName => {
      const comma = part.indexOf(',');
      return comma < 0
        ? { city: part }
        : { city: part.slice(0, comma).trim(), country: part.slice(comma + 1).trim() };
    });
  return { traveler: traveler.trim(), stops, firstDay, lastDay };
}
