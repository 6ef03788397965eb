import { truncate } from '../../itinerary/text.js';

/**
 * Slack's three control characters. Escaping them in every string we send means text a
 * user typed (`<!channel>`, `<!here>`, `<@U123>`) is shown, never parsed as a mention.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack sends slash-command text with `&`, `<`, `>` escaped; this restores what the user typed. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Escapes `raw` and cuts it to at most `max` characters, ending in "…" when cut. Never
 * splits an emoji (a surrogate pair) or an entity such as `&amp;`: the cut is made in the
 * raw text, each piece measured as escaped.
 */
export function fitEscaped(raw: string, max: number): string {
  return escapeSlack(truncate(raw, max, { measure: (piece) => escapeSlack(piece).length }));
}

/**
 * Whether text can go into a mrkdwn object unchanged: no bold/italic/strike/code
 * markers and no `>` (an escaped `&gt;` at a line start still renders a quote).
 */
export function isMrkdwnSafe(text: string): boolean {
  return !/[*_~`>]/.test(text);
}
