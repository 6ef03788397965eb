import { fold } from '../itinerary/text.js';

/** Folded words of a text, without the little words that carry no meaning in a name or title. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !LITTLE_WORDS.has(w));
}
const LITTLE_WORDS = new Set(['of', 'the', 'and', 'for', 'al', 'el', 'bin', 'a', 'an']);
