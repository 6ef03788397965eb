import { textWidth } from './fonts.js';
import { truncate } from '../itinerary/text.js';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for SVG element content and attribute values. */
export function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Splits text into at most `maxLines` lines that fit `width` at `fontSize`; the last ends in "…" if cut. */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [index, word] of words.entries()) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, fontSize, bold) <= width || !line) {
      line = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      const rest = [line, ...words.slice(index)].join(' ');
      lines.push(truncate(rest, width, { measure: (piece) => textWidth(piece, fontSize, bold) }));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}
