import { oneLine, truncate } from '../itinerary/text.js';
import type { Logger } from '../log.js';
import type { Reply } from '../reply/model.js';
import type { Ledger, LedgerEntry, LedgerKey } from '../store/index.js';
import { DeliveryError, type DigestSender } from './types.js';

export interface RetryPolicy {
  /** How long after a delivery began it is still retried (DIGEST_RETRY_WINDOW). */
  windowMs: number;
  baseDelayMs: number;
  /** Keep below the claim lease: the lease is refreshed at each attempt. */
  maxDelayMs: number;
  /** Resolves after ms, or early when the signal aborts. Injected by tests. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Retried for 2 hours, 1 s doubling, at most 60 s apart (or the platform's Retry-After). */
export const DEFAULT_RETRY: RetryPolicy = {
  windowMs: 2 * 60 * 60_000,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  sleep,
};

export type DeliveryOutcome =
  | { key: LedgerKey; state: 'sent'; messageId: string; attempts: number }
  | { key: LedgerKey; state: 'failed'; reason: string; attempts: number }
  | { key: LedgerKey; state: 'released'; reason: string; attempts: number };

export type DeliveryEvent = 'retry' | 'sent' | 'failed' | 'released' | 'found';

export interface DeliveryContext {
  ledger: Ledger;
  retry: RetryPolicy;
  now: () => Date;
  log: Logger;
  /** Aborted by stop(): a pending retry releases its claim instead of waiting. */
  signal?: AbortSignal;
  /** Counts deliveries and retries (metrics). */
  observe?: (platform: string, event: DeliveryEvent) => void;
}

export const RESEND_HINT = 'use npm run digest -- --date D --send --retry-failed to resend';
const RELEASED = 'released at shutdown before retrying; another replica or the next start resumes it';

/** An error message as the ledger keeps it: one line of at most 300 characters. */
const shorten = (text: string) => truncate(oneLine(text), 300);

export interface Claimed {
  entry: LedgerEntry;
  /** A claim taken over from a replica that stopped mid-send: ask whether its post landed first. */
  resumed?: boolean;
}

/**
 * Sends one claimed digest, retrying transient failures with exponential backoff within
 * the retry window, and records the outcome in the ledger. After an ambiguous failure (and
 * for a resumed claim) the sender is first asked whether the post landed, so no channel is
 * posted to twice. Never throws: a failure is an outcome.
 */
export async function deliverClaimed(
  claimed: Claimed,
  reply: Reply,
  sender: DigestSender,
  ctx: DeliveryContext,
): Promise<DeliveryOutcome> {
  const posted: { messageId?: string } = {};
  const { platform, channelId, date } = claimed.entry;
  const key = { platform, channelId, date };
  try {
    return await attemptDelivery(claimed, reply, sender, ctx, posted);
  } catch (error) {
    ctx.log.error('digest ledger could not be updated', { ...key, ...posted, error });
    const what = posted.messageId ? `posted as ${posted.messageId}, but` : 'not posted:';
    return { key, state: 'failed', reason: `${what} the ledger could not be updated`, attempts: 0 };
  }
}

async function attemptDelivery(
  { entry, resumed }: Claimed,
  reply: Reply,
  sender: DigestSender,
  ctx: DeliveryContext,
  posted: { messageId?: string },
): Promise<DeliveryOutcome> {
  const { ledger, retry, now, log } = ctx;
  const key = { platform: entry.platform, channelId: entry.channelId, date: entry.date };
  const started = new Date(entry.startedAt || entry.updatedAt);
  const observe = (event: DeliveryEvent) => ctx.observe?.(key.platform, event);
  const fail = async (reason: string, attempts: number): Promise<DeliveryOutcome> => {
    await ledger.markFailed(key, reason, now());
    log.error('digest not delivered', { ...key, reason, attempts });
    observe('failed');
    return { key, state: 'failed', reason, attempts };
  };
  const sent = async (messageId: string, attempts: number, found: boolean): Promise<DeliveryOutcome> => {
    await ledger.markSent(key, messageId, now());
    log.info(found ? 'digest had already landed; not posted again' : 'digest delivered', {
      ...key,
      messageId,
      attempts,
    });
    observe(found ? 'found' : 'sent');
    return { key, state: 'sent', messageId, attempts };
  };
  let verify = resumed === true;
  for (let attempt = entry.attempts + 1; ; attempt++) {
    await ledger.attempt(key, attempt, now());
    let error: unknown;
    try {
      if (verify && sender.find) {
        const found = await sender.find(key.channelId, entry.deliveryId, started);
        if (found) return await sent(found, attempt, true);
      }
      verify = false;
      posted.messageId = (await sender.send(key.channelId, reply, entry.deliveryId)).messageId;
    } catch (caught) {
      error = caught;
    }
    if (posted.messageId) return sent(posted.messageId, attempt, false);
    if (!(error instanceof DeliveryError)) {
      const message = error instanceof Error ? error.message : String(error);
      return fail(`unexpected error: ${shorten(message)}`, attempt);
    }
    if (error.permanent) return fail(shorten(error.message), attempt);
    if (error.ambiguous) verify = true;
    const backoff = retry.baseDelayMs * 2 ** Math.min(attempt - 1, 30);
    const delay = Math.min(retry.maxDelayMs, Math.max(error.retryAfterMs ?? 0, backoff));
    const elapsed = now().getTime() - started.getTime();
    if (elapsed + delay > retry.windowMs) {
      const minutes = Math.round(retry.windowMs / 60_000);
      return fail(
        `gave up after ${attempt} attempts in ${minutes} min: ${shorten(error.message)}; ${RESEND_HINT}`,
        attempt,
      );
    }
    log.info('digest delivery will be retried', { ...key, attempt, delayMs: delay, error: error.message });
    observe('retry');
    if (!ctx.signal?.aborted) await retry.sleep(delay, ctx.signal);
    if (ctx.signal?.aborted) {
      await ledger.release(key);
      log.info('digest claim released', { ...key, attempts: attempt });
      observe('released');
      return { key, state: 'released', reason: RELEASED, attempts: attempt };
    }
  }
}
