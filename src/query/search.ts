import { indexesOf } from './lazy-indexes.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../repo-root.js';
import type { Library, TripView } from './library.js';
import type { SearchRecord } from './indexes.js';
import { WordIndex } from './word-index.js';
import { placeName } from './stays.js';
import { dateSpan, longDate } from '../itinerary/calendar.js';
import { itemDate, localDateText } from './local-dates.js';
import { fold } from '../itinerary/text.js';
import type { Stop } from '../itinerary/schema.js';

/** How a search line's place or topic is known: a dated record, an inference, or the pre-trip agenda. */
export type SearchBasis = 'documented' | 'inferred' | 'planned';

export interface SearchHit {
  type: 'document' | 'topic' | 'person' | 'place' | 'remark';
  label: string;
  detail?: string;
  /** Absent for people: a person line states no place or topic. */
  basis?: SearchBasis;
  /** When a synonym found it: the phrase of data/synonyms.json the text holds ("Palestinian state"). */
  via?: string;
  /**
   * Relevance, higher is better, in (0, 1]: 0.75 and up, the phrase typed is in the text;
   * 0.5 to 0.75, a synonym of it is; below 0.5, a fuzzy word match. Within a tier, the
   * larger the share of the text the phrase is, the higher.
   */
  score: number;
  /** The trip a document, topic, place or remark belongs to (data only: not shown in text). */
  trip?: string;
}

/** The Historian's remarks of a stay ("Met with ...; participated in ..."): what was discussed. */
interface RemarkRecord {
  type: 'remark';
  trip: TripView;
  stop: Stop;
  text: string;
  folded: string;
}
type Record_ = (SearchRecord & { folded: string }) | RemarkRecord;

/** Token-search scores above this are noise ("@here" loosely matching "Herzog"). */
const FUZZY_CUTOFF = 0.5;
/** Once the phrase (or a synonym) is found, only fuzzy matches of nearly every word typed are kept. */
const FUZZY_CUTOFF_AFTER_PHRASE = 0.2;

/**
 * data/synonyms.json, `{ "groups": [["ceasefire", "humanitarian pause"], ...] }`: read and
 * normalised on the first search; `shown` is the term as the table writes it.
 */
let synonymGroups: { key: string; shown: string }[][] | undefined;
function synonyms(): { key: string; shown: string }[][] {
  if (synonymGroups) return synonymGroups;
  const file = join(REPO_ROOT, 'data', 'synonyms.json');
  const { groups } = JSON.parse(readFileSync(file, 'utf8')) as { groups?: unknown };
  const valid = (g: unknown): g is string[] =>
    Array.isArray(g) && g.length >= 2 && g.every((t) => typeof t === 'string' && t.trim() !== '');
  if (!Array.isArray(groups) || !groups.every(valid)) {
    throw new Error(`${file}: "groups" must be a list of lists of two or more terms`);
  }
  return (synonymGroups = groups.map((g) => g.map((shown) => ({ key: normal(shown), shown }))));
}

/** Folded, with every run of punctuation and spaces one space: "Two-State" and "two state" are alike. */
function normal(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim();
}

/**
 * The words a user typed, without chat mentions (`<!here>`, `<@U123>`, `@channel`) and
 * tokens of punctuation alone; "2+2" and "two-state" stay whole.
 */
export function searchTokens(query: string): string[] {
  return query
    .slice(0, 100)
    .replace(/<[@#!][^>]*>/g, ' ')
    .split(/\s+/)
    .filter((t) => !/^@/.test(t))
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** The typed phrase and, for each synonym group it names, the phrase with each other term. */
function phrasings(phrase: string): { phrase: string; via?: string }[] {
  const out: { phrase: string; via?: string }[] = [{ phrase }];
  const padded = ` ${phrase} `;
  for (const group of synonyms()) {
    const term = group.find((t) => padded.includes(` ${t.key} `));
    if (!term) continue;
    for (const other of group) {
      if (other.key === term.key) continue;
      const alt = padded.replace(` ${term.key} `, ` ${other.key} `).trim();
      if (!out.some((o) => o.phrase === alt)) out.push({ phrase: alt, via: other.shown });
    }
  }
  return out;
}

const remarkIndexes = new WeakMap<Library, { records: RemarkRecord[]; index: WordIndex<RemarkRecord> }>();
/** The Historian's remarks of every stay, searchable like the page's topics; built once per library. */
function remarks(library: Library): { records: RemarkRecord[]; index: WordIndex<RemarkRecord> } {
  let built = remarkIndexes.get(library);
  if (!built) {
    const records = library.trips.flatMap((trip) =>
      trip.itinerary.stops
        .filter((stop) => stop.remarks)
        .map((stop): RemarkRecord => ({
          type: 'remark',
          trip,
          stop,
          text: stop.remarks!,
          folded: fold(stop.remarks!),
        })),
    );
    built = { records, index: new WordIndex(records, (r) => r.text) };
    remarkIndexes.set(library, built);
  }
  return built;
}

/**
 * One search over the trip pages' documents and summary topics, people, places and the
 * Historian's remarks. Ranked by the words typed: records holding the phrase (or a synonym
 * from data/synonyms.json) first, then fuzzy word matches; numbers inside a typed token
 * ("2+2") are not matched against the dates in titles.
 */
export function searchAll(library: Library, query: string, limit = 10): SearchHit[] {
  const tokens = searchTokens(query);
  if (tokens.length === 0) return [];
  const phrase = normal(tokens.join(' '));
  if (!phrase) return [];
  const compounds = tokens.filter((t) => /[^\p{L}\p{N}]/u.test(t)).map(fold);
  const page = indexesOf(library).search;
  const rem = remarks(library);
  const found: { item: Record_; score: number; via?: string }[] = [];
  const add = (item: Record_, score: number, via?: string) => {
    const known = found.find((f) => f.item === item);
    if (!known) found.push({ item, score, ...(via ? { via } : {}) });
    else if (score > known.score) Object.assign(known, { score, via });
  };

  // The phrase itself, or a synonym of it, in the text.
  for (const { phrase: p, via } of phrasings(phrase)) {
    // The words typed: 0.75-1; a synonym: 0.5-0.75; within each, the more of the text the phrase is, the higher.
    const floor = via ? 0.5 : 0.75;
    const candidates: Record_[] = [...page.withEveryWord(p), ...rem.index.withEveryWord(p)];
    for (const item of candidates) {
      const text = normal(item.text);
      if (!` ${text} `.includes(` ${p} `)) continue;
      if (!via && compounds.some((c) => !item.folded.includes(c))) continue;
      const share = Math.min(1, p.length / Math.max(1, text.length));
      add(item, floor + 0.25 * share, via);
    }
  }

  // Fuzzy word matches, on the words typed. Short numbers are left out: in titles they are dates.
  const fuzzyWords = tokens
    .flatMap((t) => normal(t).split(' '))
    .filter((w) => w && !/^\d{1,3}$/.test(w) && !/^\d+\+\d+$/.test(w));
  if (fuzzyWords.length > 0) {
    const text = fuzzyWords.join(' ');
    const fuzzy = [
      ...page.search(text, { limit: limit * 2 }),
      ...rem.index.search(text, { limit: limit * 2 }),
    ].filter((r) => r.score <= (found.length > 0 ? FUZZY_CUTOFF_AFTER_PHRASE : FUZZY_CUTOFF));
    for (const r of fuzzy) add(r.item, 0.5 * (1 - r.score) * 0.999);
  }

  return found
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ item, score, via }) => hit(item, Math.round(score * 1000) / 1000, via));
}

function hit(item: Record_, score: number, via?: string): SearchHit {
  const extra = { score, ...(via ? { via } : {}) };
  switch (item.type) {
    case 'document': {
      const doc = item.trip.document(item.id)!;
      const local = localDateText(itemDate(item.trip, doc));
      return {
        type: 'document',
        label: doc.title,
        // A call or a joint statement filed under a city does not place the Secretary there.
        detail: `${longDate(doc.date)}, ${doc.section}, ${doc.kind}${doc.stopId && !doc.provesPresence ? ', filed there: not proof of presence' : ''}${local ? `; ${local}` : ''}`,
        basis: 'documented',
        trip: item.trip.id,
        ...extra,
      };
    }
    case 'topic': {
      const topic = item.trip.itinerary.topics.find((t) => t.id === item.id);
      const stops = item.stopIds.map((id) => item.trip.stop(id)).filter((s): s is Stop => Boolean(s));
      const cities = stops
        .map((s) => `${s.city ?? s.country}${s.basis === 'inferred' ? ' (inferred)' : ''}`)
        .join(', ');
      const basis: SearchBasis =
        topic?.status === 'planned'
          ? 'planned'
          : stops.length > 0 && stops.every((s) => s.basis === 'inferred')
            ? 'inferred'
            : 'documented';
      return {
        type: 'topic',
        label: item.text,
        detail: `trip summary, ${cities}`,
        basis,
        trip: item.trip.id,
        ...extra,
      };
    }
    case 'person':
      return { type: 'person', label: item.text.split(' · ')[0] ?? item.text, detail: 'official', ...extra };
    case 'place': {
      const stop = item.trip.stop(item.id);
      return {
        type: 'place',
        label: stop ? placeName(stop) : item.text.split(' · ').slice(0, 2).join(', '),
        detail: stop
          ? `${item.trip.itinerary.trip.traveler}, ${dateSpan(stop.from, stop.to)}`
          : item.trip.itinerary.trip.traveler,
        basis: stop?.basis ?? 'documented',
        trip: item.trip.id,
        ...extra,
      };
    }
    case 'remark': {
      const records = item.stop.sources.flatMap((s) => (s.kind === 'historian' ? s.records : []));
      return {
        type: 'remark',
        label: item.text,
        detail: `${item.trip.itinerary.trip.traveler}, ${placeName(item.stop)}, ${dateSpan(item.stop.from, item.stop.to)}${records.length ? `, Historian record ${records.join('/')}` : ''}`,
        basis: 'documented',
        trip: item.trip.id,
        ...extra,
      };
    }
  }
}

/** How a search hit's basis reads in a text line. */
export function basisWords(basis: SearchBasis): string {
  return basis === 'planned' ? 'planned agenda' : basis;
}
