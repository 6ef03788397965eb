import type { DocumentKind } from '../schema.js';
import { MONTHS, isoDate, monthIndex } from '../calendar.js';

/** Kinds that show the Secretary was at the stop in person. Calls and statements do not. */
export const PRESENCE_KINDS: ReadonlySet<DocumentKind> = new Set([
  'meeting',
  'remarks',
  'press availability',
]);

const RULES: [RegExp, DocumentKind][] = [
  [/^Public Schedule\b/i, 'public schedule'],
  [/[’']s Call with\b|\bPhone Call\b/i, 'call'],
  [/\bStatement\b/i, 'joint statement'],
  [/[’']s Meeting with\b/i, 'meeting'],
  [/\bPress Availability\b|\bPress Conference\b/i, 'press availability'],
  [/\bInterview\b|\bWith [A-Z][\p{L}.'’ -]+ of [A-Z][\w&.]*$/u, 'interview'],
  [/\bUpcoming Travel\b|\bBriefing\b|\bPreview\b/i, 'briefing'],
  [/[’']s (?:Travel|Trip) to\b|\bTo Travel to\b/i, 'announcement'],
  [/\bRemarks\b|\bBefore (?:Their|a|Meeting|the)\b|\bAt (?:a|the)\b/i, 'remarks'],
];

/** The kind of a document, from its title. Unknown titles are treated as announcements (no presence). */
export function classifyDocument(title: string): DocumentKind {
  return RULES.find(([pattern]) => pattern.test(title))?.[1] ?? 'announcement';
}

const DESCRIBES = new RegExp(`(${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})\\s*$`);

/** For "Public Schedule – November 9, 2023": the day it describes. */
export function describedDay(title: string): string | undefined {
  const m = DESCRIBES.exec(title);
  return (m && isoDate(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2]))) || undefined;
}
