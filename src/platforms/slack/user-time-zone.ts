import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { describeSlackError } from './web-api-errors.js';
import { isTimeZone } from '../../itinerary/calendar.js';

export interface UserTimeZoneOptions {
  client: webApi.WebClient;
  fallback: string;
  log: Logger;
  /** How long a looked-up zone is trusted; default one hour. */
  ttlMs?: number;
  /** Longest wait for users.info before answering with the fallback; default 2 s. */
  waitMs?: number;
  maxEntries?: number;
}

export type UserTimeZoneLookup = (userId: string) => Promise<string>;

/**
 * The invoking user's time zone from users.info (needs the users:read scope), cached
 * per user. Any failure or a slow answer falls back to DEFAULT_TIMEZONE for this call;
 * a late answer still fills the cache for the next one.
 */
export function createUserTimeZoneLookup(options: UserTimeZoneOptions): UserTimeZoneLookup {
  const ttlMs = options.ttlMs ?? 60 * 60 * 1000;
  const maxEntries = options.maxEntries ?? 5000;
  const cache = new Map<string, { tz: string; expires: number }>();
  const pending = new Map<string, Promise<string | undefined>>();

  const fetchZone = (userId: string): Promise<string | undefined> => {
    const inFlight = pending.get(userId);
    if (inFlight) return inFlight;
    const request = options.client.users
      .info({ user: userId })
      .then((result) => {
        const tz = result.user?.tz;
        if (!tz || !isTimeZone(tz)) return undefined;
        if (cache.size >= maxEntries) cache.delete(cache.keys().next().value ?? '');
        cache.set(userId, { tz, expires: Date.now() + ttlMs });
        return tz;
      })
      .catch((error: unknown) => {
        options.log.warn('slack users.info failed; using the default time zone', {
          user: userId,
          error: describeSlackError(error),
        });
        return undefined;
      })
      .finally(() => pending.delete(userId));
    pending.set(userId, request);
    return request;
  };

  return async (userId) => {
    const cached = cache.get(userId);
    if (cached && cached.expires > Date.now()) return cached.tz;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), options.waitMs ?? 2000);
    });
    const tz = await Promise.race([fetchZone(userId), timeout]).finally(() => clearTimeout(timer));
    return tz ?? options.fallback;
  };
}
