import { UserError } from '../errors.js';
import { truncate } from '../itinerary/text.js';
import { canonicalTimeZone, parseClock } from './zoned-time.js';

const DEFAULT_TIME = 8 * 60;

function quote(text: string): string {
  return `"${truncate(text, 40)}"`;
}

/** `[HH:MM] [time zone]` in either order; defaults 08:00 and the digest time zone. */
export function parseOnArguments(args: string, defaultZone: string): { minute: number; timeZone: string } {
  let minute: number | undefined;
  let timeZone: string | undefined;
  for (const word of args.trim().split(/\s+/).filter(Boolean)) {
    if (minute === undefined && /^\d/.test(word)) {
      minute = parseClock(word);
      if (minute === undefined) {
        throw new UserError(
          'BAD_ARGUMENT',
          `${quote(word)} is not a time of day.`,
          'Use HH:MM on a 24-hour clock: /trip digest on 07:30 Europe/Berlin',
        );
      }
    } else if (timeZone === undefined) {
      timeZone = canonicalTimeZone(word);
      if (!timeZone) {
        throw new UserError(
          'BAD_ARGUMENT',
          `${quote(word)} is not a time zone tripbot knows.`,
          'Use an IANA name such as Europe/Berlin or America/New_York: /trip digest on 07:30 Europe/Berlin',
        );
      }
    } else {
      throw new UserError(
        'BAD_ARGUMENT',
        `Unexpected ${quote(word)}: /trip digest on takes a time and a time zone.`,
        'Try /trip digest on 07:30 Europe/Berlin',
      );
    }
  }
  return { minute: minute ?? DEFAULT_TIME, timeZone: timeZone ?? defaultZone };
}
