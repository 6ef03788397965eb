import { fold } from '../text.js';

export interface PlaceName {
  stopId: string;
  /** City, country and alias names that point at this stop. */
  names: string[];
}
export interface TopicDraft {
  stopIds: string[];
  text: string;
  status: 'reported' | 'planned';
  paragraph: number;
}

const ABBREVIATION = /(?:\b[A-Z]|\bU\.S|\bMr|\bMrs|\bMs|\bDr|\bSt|\bJr|\bSr|\bNo)\.$/;

/** Splits a paragraph into sentences without breaking "U.S." or "Antony J. Blinken". */
export function sentences(paragraph: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(/\.\s+(?=[A-Z])/g)) {
    const end = (m.index ?? 0) + 1;
    if (ABBREVIATION.test(paragraph.slice(Math.max(start, end - 4), end))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  out.push(paragraph.slice(start).trim());
  return out.filter(Boolean);
}

/** True when the sentence's own verb is in the future tense: the pre-trip agenda, not a record. */
export function isPlanned(sentence: string): boolean {
  const clause = sentence.replace(/^In [^,]+,\s*/, '');
  return /\b(?:will|is to|plans to|is scheduled to|is expected to)\b/.test(
    clause.split(/\s+/).slice(0, 5).join(' '),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Maps each summary sentence to the stops it is about. "In Jordan, Ramallah, Iraq, and
 * Türkiye, ..." names places up front (countries become the visited city); otherwise the
 * places the sentence mentions; otherwise the places of the sentence before it.
 */
export function extractTopics(paragraphs: string[], places: PlaceName[]): TopicDraft[] {
  const patterns = places.map((p) => ({
    stopId: p.stopId,
    pattern: new RegExp(
      `(?<![\\p{L}-])(?:${p.names.map((n) => escapeRegExp(fold(n))).join('|')})(?![\\p{L}-])`,
      'u',
    ),
  }));
  const find = (text: string) => patterns.filter((p) => p.pattern.test(fold(text))).map((p) => p.stopId);
  const topics: TopicDraft[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (index === 0) return; // the route
    let previous: string[] = [];
    for (const sentence of sentences(paragraph)) {
      const lead =
        /^In ([^,]+(?:,\s*(?:and\s+)?[^,]+)*?),\s+(?:the Secretary|Secretary|he|He|they|They|the delegation|we)/.exec(
          sentence,
        );
      const stopIds = lead?.[1] ? find(lead[1]) : find(sentence);
      const ids = stopIds.length > 0 ? stopIds : previous;
      if (ids.length === 0) continue;
      previous = ids;
      topics.push({
        stopIds: ids,
        text: sentence,
        status: isPlanned(sentence) ? 'planned' : 'reported',
        paragraph: index + 1,
      });
    }
  });
  return topics;
}
