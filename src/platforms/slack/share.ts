import type { types } from '@slack/bolt';
import { escapeSlack, unescapeSlack } from './escape.js';
import { isTimeZone } from '../../itinerary/calendar.js';

export const SHARE_ACTION_ID = 'trip_share';
/** The "More" button under a `--brief` answer; its value is the same request as the share button's. */
export const MORE_ACTION_ID = 'trip_more';
const MAX_VALUE = 2000;

/** What it takes to give the same answer again: the text, the zone and the instant asked. */
export interface ShareRequest {
  text: string;
  timeZone: string;
  /** ISO instant the question was asked, so "today" means the same day when shared. */
  now: string;
}

/**
 * The button value (Slack allows 2,000 characters; escaped like all text we send, so it
 * holds no raw `<!channel>`); undefined when it would not fit.
 */
export function encodeShare(request: ShareRequest): string | undefined {
  const value = escapeSlack(JSON.stringify({ t: request.text, z: request.timeZone, n: request.now }));
  return value.length <= MAX_VALUE ? value : undefined;
}

export function decodeShare(value: string): ShareRequest | undefined {
  try {
    const parsed = JSON.parse(unescapeSlack(value)) as { t?: unknown; z?: unknown; n?: unknown };
    const { t, z, n } = parsed;
    if (typeof t !== 'string' || typeof z !== 'string' || typeof n !== 'string') return undefined;
    if (Number.isNaN(Date.parse(n))) return undefined;
    if (!isTimeZone(z)) return undefined;
    return { text: t, timeZone: z, now: n };
  } catch {
    return undefined;
  }
}

export function shareActions(value: string): types.ActionsBlock {
  return {
    type: 'actions',
    block_id: 'trip_share',
    elements: [
      {
        type: 'button',
        action_id: SHARE_ACTION_ID,
        text: { type: 'plain_text', text: 'Share in channel', emoji: false },
        value,
      },
    ],
  };
}

export function moreActions(value: string): types.ActionsBlock {
  return {
    type: 'actions',
    block_id: 'trip_more',
    elements: [
      {
        type: 'button',
        action_id: MORE_ACTION_ID,
        text: { type: 'plain_text', text: 'More', emoji: false },
        value,
      },
    ],
  };
}
