import type { Library } from './library.js';
import { longDate } from '../itinerary/calendar.js';
import { fold } from '../itinerary/text.js';

export interface SearchHit {
  type: 'document' | 'topic' | 'person' | 'place';
  label: string;
  detail?: string;
  score: number;
}

/** Token-search scores above this are noise ("@here" loosely matching "Herzog"). */
const FUZZY_CUTOFF = 0.5;

/** One fuzzy search over documents, summary topics, people and places. */
export function searchAll(library: Library, query: string, limit = 10): SearchHit[] {
  const text = query.trim().slice(0, 100);
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const phrase = fold(text);
  const exact = library.indexes.search
    .withEveryWord(text)
    .filter((r) => r.folded.includes(phrase))
    .slice(0, limit);
  const fuzzy = library.indexes.search
    .search(text, { limit })
    .filter((r) => (r.score ?? 1) <= FUZZY_CUTOFF)
    .filter(
      (r) => !exact.some((e) => e.type === r.item.type && e.id === r.item.id && e.text === r.item.text),
    );
  const ranked = [...exact.map((item) => ({ item, score: 0 })), ...fuzzy].slice(0, limit);
  return ranked.map(({ item, score = 1 }): SearchHit => {
    switch (item.type) {
      case 'document': {
        const doc = item.trip.document(item.id)!;
        return {
          type: 'document',
          label: doc.title,
          detail: `${longDate(doc.date)}, ${doc.section}, ${doc.kind}`,
          score,
        };
      }
      case 'topic': {
        const cities = item.stopIds.map((id) => item.trip.stop(id)?.city).join(', ');
        return { type: 'topic', label: item.text, detail: `summary, ${cities}`, score };
      }
      case 'person':
        return { type: 'person', label: item.text.split(' · ')[0] ?? item.text, detail: 'official', score };
      case 'place':
        return {
          type: 'place',
          label: item.text.split(' · ').slice(0, 2).join(', '),
          detail: item.trip.id,
          score,
        };
    }
  });
}
