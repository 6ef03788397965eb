import type { Logger } from '../log.js';
import type { Reply } from '../reply/model.js';
import type { Ledger, LedgerKey } from '../store/index.js';
import { DeliveryError, type DigestSender } from './types.js';

export interface RetryPolicy {
  /** Total attempts, the first included. */
  attempts: number;
  baseDelayMs: number;
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

/** 5 attempts, 1 s doubling, at most 60 s apart (or the platform's Retry-After). */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 60_000, sleep };

export type DeliveryOutcome =
  | { key: LedgerKey; state: 'sent'; messageId: string; attempts: number }
  | { key: LedgerKey; state: 'failed'; reason: string; attempts: number };

export interface DeliveryContext {
  ledger: Ledger;
  retry: RetryPolicy;
  now: () => Date;
  log: Logger;
  /** Aborted by stop(): a pending retry gives up instead of waiting. */
  signal?: AbortSignal;
}

export const RESEND_HINT = 'use npm run digest -- --send --force to resend';

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > 300 ? `${clean.slice(0, 299)}…` : clean;
}

/**
 * Sends one claimed digest, retrying transient failures with exponential backoff and
 * recording the outcome in the ledger. Never throws: a failure is an outcome. If the
 * ledger itself cannot be written, the claim stays and later expires as interrupted.
 */
export async function deliverClaimed(
  key: LedgerKey,
  reply: Reply,
  sender: DigestSender,
  ctx: DeliveryContext,
): Promise<DeliveryOutcome> {
  const posted: { messageId?: string } = {};
  try {
    return await attemptDelivery(key, reply, sender, ctx, posted);
  } catch (error) {
    ctx.log.error('digest ledger could not be updated', { ...key, ...posted, error });
    const what = posted.messageId ? `posted as ${posted.messageId}, but` : 'not posted:';
    return { key, state: 'failed', reason: `${what} the ledger could not be updated`, attempts: 0 };
  }
}

async function attemptDelivery(
  key: LedgerKey,
  reply: Reply,
  sender: DigestSender,
  ctx: DeliveryContext,
  posted: { messageId?: string },
): Promise<DeliveryOutcome> {
  const { ledger, retry, now, log } = ctx;
  const fail = (reason: string, attempts: number): DeliveryOutcome => {
    ledger.markFailed(key, reason, now());
    log.warn('digest not delivered', { ...key, reason, attempts });
    return { key, state: 'failed', reason, attempts };
  };
  for (let attempt = 1; ; attempt++) {
    ledger.attempt(key, attempt, now());
    let error: unknown;
    try {
      posted.messageId = (await sender.send(key.channelId, reply)).messageId;
    } catch (caught) {
      error = caught;
    }
    if (posted.messageId) {
      ledger.markSent(key, posted.messageId, now());
      log.info('digest delivered', { ...key, messageId: posted.messageId, attempts: attempt });
      return { key, state: 'sent', messageId: posted.messageId, attempts: attempt };
    }
    if (!(error instanceof DeliveryError)) {
      const message = error instanceof Error ? error.message : String(error);
      return fail(`unexpected error: ${shorten(message)}`, attempt);
    }
    if (error.permanent) return fail(shorten(error.message), attempt);
    if (attempt >= retry.attempts)
      return fail(`gave up after ${attempt} attempts: ${shorten(error.message)}`, attempt);
    const backoff = retry.baseDelayMs * 2 ** (attempt - 1);
    const delay = Math.min(retry.maxDelayMs, Math.max(error.retryAfterMs ?? 0, backoff));
    log.info('digest delivery will be retried', { ...key, attempt, delayMs: delay, error: error.message });
    if (!ctx.signal?.aborted) await retry.sleep(delay, ctx.signal);
    if (ctx.signal?.aborted) return fail(`interrupted by shutdown before retrying; ${RESEND_HINT}`, attempt);
  }
}
