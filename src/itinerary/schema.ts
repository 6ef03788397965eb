import { z } from 'zod';

/** A calendar date, YYYY-MM-DD. Dates from the page are Washington publication dates. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

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

export const Stop = z.object({
  id: z.string().min(1),
  city: z.string().min(1),
  /** The country as the page names it (e.g. "Türkiye"), or the alias table's name. */
  country: z.string().min(1),
  countryCode: z.string().regex(/^[A-Z]{2}$/),
  timeZone: z.string().min(1),
  aliases: z.array(z.string()),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  from: IsoDate,
  to: IsoDate,
  basis: Basis,
  /** Why these dates: which documents, or how they were inferred. */
  reason: z.string().min(1),
  /** Ids of the documents the dates rest on. */
  evidence: z.array(z.string()),
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

export const Appearance = z.object({
  date: IsoDate,
  stopId: z.string().nullable(),
  documentId: z.string(),
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
  schemaVersion: z.literal(1),
  trip: z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    traveler: z.string().min(1),
    firstDay: IsoDate,
    lastDay: IsoDate,
    /** Stop ids in the order travelled. */
    route: z.array(z.string()).min(1),
    source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  }),
  summary: z.array(z.string()),
  stops: z.array(Stop).min(1),
  documents: z.array(TripDocument),
  people: z.array(Person),
  topics: z.array(Topic),
});
export type Itinerary = z.infer<typeof Itinerary>;
