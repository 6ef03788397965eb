import { z } from 'zod';

/**
 * A calendar date, YYYY-MM-DD. Dates from a trip page are Washington publication dates;
 * dates from the Office of the Historian's record are local dates (see `Stop.dates`).
 */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

/** Whose travel: the Secretary of State's or the President's. */
export const Traveler = z.enum(['secretary', 'president']);
export type Traveler = z.infer<typeof Traveler>;

/** Which calendar a stop's dates are on. */
export const DateKind = z.enum(['local', 'washington']);
export type DateKind = z.infer<typeof DateKind>;

/** Where a stop comes from: Historian record ids, or trip-page documents. */
export const StopSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('historian'),
    /** Record ids; more than one when the record holds exact duplicates (3992 and 4019). */
    records: z.array(z.string().regex(/^\d+$/)).min(1),
    file: z.string().min(1),
  }),
  z.object({
    kind: z.literal('page'),
    trip: z.string().min(1),
    /** The documents filed under the stop that prove presence (empty: dates inferred). */
    documents: z.array(z.string()),
  }),
]);
export type StopSource = z.infer<typeof StopSource>;

const Coordinates = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/** One city of a stay, located where the gazetteer knows it. */
export const StopPlace = z.object({
  name: z.string().min(1),
  region: z.string().optional(),
  timeZone: z.string().optional(),
  coordinates: Coordinates.optional(),
});
export type StopPlace = z.infer<typeof StopPlace>;

export const Basis = z.enum(['documented', 'inferred']);
export type Basis = z.infer<typeof Basis>;

export const DocumentKind = z.enum([
  'meeting',
  'remarks',
  'press availability',
  'joint statement',
  'call',
  'interview',
  'public schedule',
  'briefing',
  'announcement',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** The page's own dating of a stop, kept when a dated Historian record replaced it. */
export const PageDating = z.object({
  from: IsoDate,
  to: IsoDate,
  basis: Basis,
  reason: z.string().min(1),
});
export type PageDating = z.infer<typeof PageDating>;

/**
 * A stay: one traveller in one country, at a city or cities, from a first to a last day.
 * The Historian's record gives local dates; a trip page gives Washington publication dates.
 */
export const Stop = z.object({
  id: z.string().min(1),
  /** The city or cities as the source writes them ("Shanghai, Peking, Hangchow"); null when it names none. */
  city: z.string().min(1).nullable(),
  /** The country as the source names it ("Türkiye", "Korea, South", "U.S.S.R."). */
  country: z.string().min(1),
  /** ISO 3166-1 alpha-2, when the country maps to a present-day one. */
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** The first located city's zone and coordinates, from the gazetteer; absent when unknown. */
  timeZone: z.string().min(1).optional(),
  coordinates: Coordinates.optional(),
  /** Each city of the stay (one for most). */
  places: z.array(StopPlace),
  /** Other names of the cities and the country (Kiev/Kyiv, Turkey/Türkiye). */
  aliases: z.array(z.string()),
  from: IsoDate,
  to: IsoDate,
  dates: DateKind,
  basis: Basis,
  /** Why these dates: which record or documents, or how they were inferred. */
  reason: z.string().min(1),
  /** Ids of the page documents the dates rest on. */
  evidence: z.array(z.string()),
  sources: z.array(StopSource).min(1),
  /** The Historian's remarks, as written ("Met with ..."). */
  remarks: z.string().optional(),
  /** The page's own dating, when the Historian's record replaced it. */
  page: PageDating.optional(),
});
export type Stop = z.infer<typeof Stop>;

export const TripDocument = z.object({
  id: z.string().min(1),
  date: IsoDate,
  title: z.string().min(1),
  kind: DocumentKind,
  /** The page section it is listed under ("Tokyo", "Public Schedule", "Trip Preview"). */
  section: z.string().min(1),
  /** The stop it is filed under, when the section is a city. */
  stopId: z.string().nullable(),
  people: z.array(z.string()),
  /** For a public schedule: the day it describes. */
  describes: IsoDate.optional(),
  /** Whether this kind of document shows the Secretary was at the stop in person. */
  provesPresence: z.boolean(),
  /** 1-based line numbers on the page; more than one when a line was repeated verbatim. */
  lines: z.array(z.number().int().positive()).min(1),
});
export type TripDocument = z.infer<typeof TripDocument>;

/** A person named in a page document, or in a Historian record's remarks (documentId null). */
export const Appearance = z.object({
  date: IsoDate,
  stopId: z.string().nullable(),
  documentId: z.string().nullable(),
  /** The office the source gives the person there. */
  role: z.string().optional(),
});
export type Appearance = z.infer<typeof Appearance>;

export const Person = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  familyName: z.string().min(1),
  nameOrder: z.enum(['given-first', 'family-first']),
  roles: z.array(z.string()).min(1),
  country: z.string().optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  organisation: z.string().optional(),
  /** Every other way the page writes the person (titles stripped), plus search aids. */
  aliases: z.array(z.string()),
  appearances: z.array(Appearance),
});
export type Person = z.infer<typeof Person>;

export const Topic = z.object({
  id: z.string().min(1),
  stopIds: z.array(z.string()).min(1),
  text: z.string().min(1),
  /** "planned": written in the future tense (pre-trip agenda), not a record. */
  status: z.enum(['reported', 'planned']),
  /** 1-based summary paragraph it comes from (paragraph 1 is the route). */
  paragraph: z.number().int().positive(),
});
export type Topic = z.infer<typeof Topic>;

export const Itinerary = z.object({
  schemaVersion: z.literal(2),
  trip: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    /** How answers name the traveller: "Secretary Blinken". */
    traveler: z.string().min(1),
    role: Traveler,
    /** The traveller's slug in the Historian's record ("blinken-antony-j"). */
    person: z.string().min(1),
    firstDay: IsoDate,
    lastDay: IsoDate,
    /** Stop ids in the order travelled. */
    route: z.array(z.string()).min(1),
    /** The trip page the trip's documents and topics come from, if any. */
    page: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
  }),
  summary: z.array(z.string()),
  stops: z.array(Stop).min(1),
  documents: z.array(TripDocument),
  people: z.array(Person),
  topics: z.array(Topic),
});
export type Itinerary = z.infer<typeof Itinerary>;

/** One holder of the office, with the terms the source gives. */
export const Officeholder = z.object({
  person: z.string().min(1),
  name: z.string().min(1),
  terms: z.array(z.object({ from: IsoDate, to: IsoDate.nullable() })).min(1),
  source: z.string().min(1),
});
export type Officeholder = z.infer<typeof Officeholder>;

/** The first and last dates an office's record covers, and what it is. */
const RecordSpan = z.object({ first: IsoDate, last: IsoDate, source: z.string().min(1) });

/** Every trip of one office, as `npm run ingest` builds it (written as a manifest and volumes). */
export const LibraryFile = z.object({
  schemaVersion: z.literal(2),
  traveler: Traveler,
  record: RecordSpan,
  officeholders: z.array(Officeholder),
  trips: z.array(Itinerary),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

/** One traveller's trips: data/library/<office>/<person>.json. */
export const LibraryVolume = z.object({
  schemaVersion: z.literal(3),
  traveler: Traveler,
  person: z.string().min(1),
  trips: z.array(Itinerary),
});
export type LibraryVolume = z.infer<typeof LibraryVolume>;

/**
 * data/library/<office>.json: the record's span, who held the office when, and the volumes
 * of trips, each with the first and last day its trips cover (a question about a date reads
 * only the volumes around it).
 */
export const LibraryManifest = z.object({
  schemaVersion: z.literal(3),
  traveler: Traveler,
  record: RecordSpan,
  officeholders: z.array(Officeholder),
  volumes: z.array(
    z.object({
      file: z
        .string()
        .regex(/^[a-z]+\/[a-z0-9-]+\.json$/, 'a path such as secretary/blinken-antony-john.json'),
      person: z.string().min(1),
      first: IsoDate,
      last: IsoDate,
      trips: z.number().int().min(1),
    }),
  ),
});
export type LibraryManifest = z.infer<typeof LibraryManifest>;
