import { XMLParser } from 'fast-xml-parser';
import { Traveler } from '../../schema.js';

/** One `<trip>` of the Historian's travels XML: one traveller's stay in one country. */
export interface HistorianRecord {
  id: string;
  role: Traveler;
  /** The traveller's slug ("blinken-antony-j"), shared with pocom's `person-id`. */
  who: string;
  /** The traveller's full name as the record gives it. */
  name: string;
  /** Local calendar dates. */
  from: string;
  to: string;
  countryId: string;
  country: string;
  /** City or cities as written; '' when the record names none. */
  locale: string;
  remarks: string;
  /** The file, relative to the repository. */
  file: string;
}

/** A record kept after exact duplicates are dropped, with the ids of the twins it stands for. */
export interface DistinctRecord extends HistorianRecord {
  twins: string[];
}

export class HistorianFormatError extends Error {
  override readonly name = 'HistorianFormatError';
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'trip' || name === 'principal',
});

/** Whitespace as a reader sees it: the XML wraps long remarks over indented lines. */
function clean(value: unknown): string {
  const text =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['#text'] : value;
  return typeof text === 'string' || typeof text === 'number' ? String(text).replace(/\s+/g, ' ').trim() : '';
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Parses one travels file (`secretary-travels/*.xml` or `president-travels/*.xml`). */
export function readTravels(xml: string, file: string): HistorianRecord[] {
  const doc = parser.parse(xml) as { trips?: { trip?: Record<string, unknown>[] } };
  const trips = doc.trips?.trip;
  if (!trips) throw new HistorianFormatError(`${file}: no <trips><trip> elements`);
  return trips.map((t, i) => {
    const country = t['country'] as Record<string, unknown> | undefined;
    const record: HistorianRecord = {
      id: clean(t['id']),
      role: Traveler.parse(clean(t['@role']) || clean(t['role'])),
      who: clean(t['@who']),
      name: clean(t['name']),
      from: clean(t['start-date']),
      to: clean(t['end-date']),
      countryId: clean(country?.['@id']),
      country: clean(country),
      locale: clean(t['locale']),
      remarks: clean(t['remarks']),
      file,
    };
    const where = `${file}, trip ${i + 1}${record.id ? ` (id ${record.id})` : ''}`;
    if (!/^\d+$/.test(record.id)) throw new HistorianFormatError(`${where}: <id> is not a number`);
    if (!record.who || !record.name) throw new HistorianFormatError(`${where}: no traveller`);
    if (!ISO.test(record.from) || !ISO.test(record.to) || record.to < record.from)
      throw new HistorianFormatError(`${where}: dates ${record.from} to ${record.to} are not a date range`);
    if (!record.countryId || !record.country) throw new HistorianFormatError(`${where}: no country`);
    return record;
  });
}

/**
 * Drops exact duplicates: records that agree on everything but their id (Blinken, Tokyo,
 * 3992 and 4019). The lowest id is kept and the others are listed as its twins.
 */
export function dropDuplicates(records: readonly HistorianRecord[]): DistinctRecord[] {
  const byContent = new Map<string, DistinctRecord>();
  const sorted = [...records].sort((a, b) => Number(a.id) - Number(b.id));
  for (const r of sorted) {
    const key = [r.role, r.who, r.from, r.to, r.countryId, r.locale, r.remarks].join('\u0000');
    const kept = byContent.get(key);
    if (kept) kept.twins.push(r.id);
    else byContent.set(key, { ...r, twins: [] });
  }
  return [...byContent.values()];
}

export interface Term {
  person: string;
  from: string;
  to: string | null;
}

/** Every Secretary's terms from pocom's `positions-principals/secretary.xml`, oldest first. */
export function readSecretaryTerms(xml: string, file: string): Term[] {
  const doc = parser.parse(xml) as {
    'principal-position'?: { principals?: { principal?: Record<string, unknown>[] } };
  };
  const principals = doc['principal-position']?.principals?.principal;
  if (!principals) throw new HistorianFormatError(`${file}: no <principals><principal> elements`);
  return principals.map((p) => {
    const date = (key: string) => clean((p[key] as Record<string, unknown> | undefined)?.['date']);
    const person = clean(p['person-id']);
    const from = date('started') || date('appointed');
    const to = date('ended') || null;
    if (!person || !ISO.test(from) || (to !== null && !ISO.test(to)))
      throw new HistorianFormatError(`${file}: principal ${clean(p['id'])} has no person or start date`);
    return { person, from, to };
  });
}
