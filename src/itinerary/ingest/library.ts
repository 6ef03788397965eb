import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  LibraryFile,
  Officeholder,
  type Appearance,
  type Itinerary,
  type Person,
  type Traveler,
} from '../schema.js';
import { countryName } from '../places.js';
import { fold } from '../text.js';
import { buildItinerary } from './index.js';
import { dropDuplicates, readSecretaryTerms, readTravels, type DistinctRecord } from './historian/read.js';
import { displayName, familyName, groupTrips, historianTrip, sharedFamilyNames } from './historian/trips.js';
import { mentionsInRemarks } from './historian/remarks.js';
import { mergeTrips } from './reconcile.js';
import { resolveIdentities, type NameRecord } from './identity.js';

/** Where each source lives, relative to the repository root. */
export const SOURCES = {
  travels: 'data/sources/history-state-dept/travels',
  secretaries: 'data/sources/history-state-dept/pocom/positions-principals/secretary.xml',
  presidents: 'data/sources/presidents.json',
  pages: 'data/sources/pages',
} as const;

const RECORD_SOURCE =
  'Office of the Historian, U.S. Department of State: foreign travels of the Secretary of State and the President';

const PresidentsFile = z.object({
  source: z.string(),
  presidents: z.array(Officeholder.omit({ source: true })),
});

function read(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

function listFiles(root: string, dir: string, ext: string): string[] {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `${dir}/${f}`);
}

function officeholders(root: string, records: readonly DistinctRecord[]): Record<Traveler, Officeholder[]> {
  const names = new Map(records.map((r) => [r.who, displayName(r.name)]));
  const fromSlug = (who: string) => {
    const [family = who, ...given] = who.split('-');
    return [...given, family].map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  };
  const secretaries: Officeholder[] = [];
  for (const term of readSecretaryTerms(read(root, SOURCES.secretaries), SOURCES.secretaries)) {
    const held = secretaries.find((s) => s.person === term.person);
    if (held) held.terms.push({ from: term.from, to: term.to });
    else
      secretaries.push({
        person: term.person,
        name: names.get(term.person) ?? fromSlug(term.person),
        terms: [{ from: term.from, to: term.to }],
        source: SOURCES.secretaries,
      });
  }
  const presidents = PresidentsFile.parse(JSON.parse(read(root, SOURCES.presidents))).presidents.map((p) => ({
    ...p,
    source: SOURCES.presidents,
  }));
  return { secretary: secretaries, president: presidents };
}

/** The officeholder a page's traveller line names ("Secretary of State Antony J. Blinken"), in office on a day. */
function pageTraveler(
  holders: readonly Officeholder[],
  traveler: string,
  day: string,
): Officeholder | undefined {
  const words = new Set(traveler.split(/[\s.,]+/).map(fold));
  return holders.find(
    (h) =>
      h.terms.some((t) => t.from <= day && (t.to === null || day <= t.to)) &&
      words.has(fold(familyName(h.person, h.name))),
  );
}

type Ref =
  | { trip: Itinerary; kind: 'page'; person: Person }
  | { trip: Itinerary; kind: 'record'; appearance: Appearance };

/**
 * One person is one entry across every record and page: the page's officials and the
 * people named in the Historian's remarks go through one identity pass, and each trip
 * gets the people who appear in it, under their one id.
 */
function attachPeople(trips: readonly Itinerary[]): void {
  const names: NameRecord<Ref>[] = [];
  for (const trip of trips) {
    for (const person of trip.people) {
      names.push({
        name: person.name,
        role: person.roles[0]!,
        ...(person.countryCode ? { countryCode: person.countryCode } : {}),
        ...(person.organisation ? { organisation: person.organisation } : {}),
        aliases: person.aliases,
        ref: { trip, kind: 'page', person },
      });
    }
    for (const stop of trip.stops) {
      if (!stop.remarks) continue;
      const context = {
        country: stop.country,
        ...(stop.countryCode ? { countryCode: stop.countryCode } : {}),
      };
      for (const mention of mentionsInRemarks(stop.remarks, context)) {
        // "Accompanied President Bush": the U.S. President is a traveller of the record, not someone met,
        // and a bare surname cannot tell one President Bush (or Roosevelt) from the other.
        if (mention.countryCode === 'US' && /^President$/.test(mention.role)) continue;
        names.push({
          ...mention,
          ref: {
            trip,
            kind: 'record',
            appearance: { date: stop.from, stopId: stop.id, documentId: null, role: mention.role },
          },
        });
      }
    }
  }
  const people = new Map<Itinerary, Person[]>(trips.map((t) => [t, []]));
  for (const identity of resolveIdentities(names)) {
    const byTrip = new Map<Itinerary, Ref[]>();
    for (const ref of identity.refs) byTrip.set(ref.trip, [...(byTrip.get(ref.trip) ?? []), ref]);
    const pageRoles = identity.refs.flatMap((r) => (r.kind === 'page' ? r.person.roles : []));
    const roles = [...new Set([...identity.roles, ...pageRoles])];
    const country = identity.countryCode ? countryOf(identity.countryCode, identity.refs) : undefined;
    for (const [trip, refs] of byTrip) {
      const appearances: Appearance[] = [];
      for (const ref of refs) {
        if (ref.kind === 'record') appearances.push(ref.appearance);
        else {
          appearances.push(...ref.person.appearances);
          for (const doc of trip.documents)
            doc.people = doc.people.map((id) => (id === ref.person.id ? identity.id : id));
        }
      }
      appearances.sort(
        (a, b) => a.date.localeCompare(b.date) || (a.documentId ?? '').localeCompare(b.documentId ?? ''),
      );
      people.get(trip)!.push({
        id: identity.id,
        name: identity.name,
        familyName: identity.familyName,
        nameOrder: identity.nameOrder,
        roles,
        ...(country ? { country } : {}),
        ...(identity.countryCode ? { countryCode: identity.countryCode } : {}),
        ...(identity.organisation ? { organisation: identity.organisation } : {}),
        aliases: identity.aliases.filter((a) => fold(a) !== fold(identity.name)),
        appearances,
      });
    }
  }
  for (const trip of trips) {
    trip.people = people.get(trip)!.sort((a, b) => a.id.localeCompare(b.id));
    for (const doc of trip.documents) doc.people = [...new Set(doc.people)];
  }
}

/** Codes the remarks reader gives states that no longer exist, which ISO's list no longer names. */
const FORMER_STATES: Record<string, string> = {
  SU: 'U.S.S.R.',
  DD: 'German Democratic Republic',
  YU: 'Yugoslavia',
  CS: 'Czechoslovakia',
};

/** The country's name as the latest record of the person's own country writes it, else ISO's. */
function countryOf(code: string, refs: readonly Ref[]): string {
  if (FORMER_STATES[code]) return FORMER_STATES[code];
  // The record's name of the time changes ("Korea, South" then "Korea, Republic of"): the latest wins.
  const latest = [...refs].sort((a, b) => b.trip.trip.firstDay.localeCompare(a.trip.trip.firstDay));
  for (const ref of latest) {
    const stop = ref.trip.stops.find((s) => s.countryCode === code);
    if (stop) return stop.country;
  }
  return countryName(code);
}

/** Builds the whole library from every source under `root`: one file per office. */
export function buildLibrary(root: string): Record<Traveler, LibraryFile> {
  const records = dropDuplicates(
    [
      ...listFiles(root, `${SOURCES.travels}/secretary-travels`, '.xml'),
      ...listFiles(root, `${SOURCES.travels}/president-travels`, '.xml'),
    ].flatMap((file) => readTravels(read(root, file), file)),
  );
  const holders = officeholders(root, records);
  const used = new Set<string>();
  const shared = sharedFamilyNames(records);
  let trips = groupTrips(records).map((group) => historianTrip(group, used, shared));

  for (const file of listFiles(root, SOURCES.pages, '.txt')) {
    const text = read(root, file);
    const id = file.slice(SOURCES.pages.length + 1, -'.txt'.length);
    const draft = buildItinerary(text, id, { sourceFile: file });
    const role = draft.trip.role;
    const holder = pageTraveler(holders[role], draft.trip.traveler, draft.trip.firstDay);
    const page = buildItinerary(text, id, { sourceFile: file, ...(holder ? { person: holder.person } : {}) });
    const overlapping = trips.find(
      (t) =>
        t.trip.role === role &&
        t.trip.person === page.trip.person &&
        t.trip.firstDay <= page.trip.lastDay &&
        page.trip.firstDay <= t.trip.lastDay,
    );
    trips = overlapping ? trips.map((t) => (t === overlapping ? mergeTrips(page, t) : t)) : [...trips, page];
  }
  attachPeople(trips);
  trips.sort((a, b) => a.trip.firstDay.localeCompare(b.trip.firstDay) || a.trip.id.localeCompare(b.trip.id));

  const fileFor = (traveler: Traveler): LibraryFile => {
    const own = trips.filter((t) => t.trip.role === traveler);
    const first = own.reduce((d, t) => (t.trip.firstDay < d ? t.trip.firstDay : d), '9999-12-31');
    const last = own.reduce((d, t) => (t.trip.lastDay > d ? t.trip.lastDay : d), '0000-01-01');
    return LibraryFile.parse({
      schemaVersion: 2,
      traveler,
      record: { first, last, source: RECORD_SOURCE },
      officeholders: holders[traveler],
      trips: own,
    });
  };
  return { secretary: fileFor('secretary'), president: fileFor('president') };
}
