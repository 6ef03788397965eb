import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Library } from '../query/library.js';
import type { Reply } from '../reply/model.js';
import type { LedgerEntry, LedgerKey, Platform, Store } from '../store/index.js';
import { deliverClaimed, RESEND_HINT, type DeliveryOutcome, type RetryPolicy } from './deliver.js';
import { envSchedule, listDestinations, type Destination } from './destinations.js';
import { digestDateFor } from './replay.js';
import { dueDate } from './schedule.js';
import type { DigestSender } from './types.js';

export type Compose = (date: string) => { reply: Reply; data: unknown } | null;
export type Senders = ReadonlyMap<Platform, DigestSender>;
export type SendResult = DeliveryOutcome | { key: LedgerKey; state: 'skipped'; reason: string };

export interface SchedulerDeps {
  config: Readonly<Config>;
  library: Library;
  store: Store;
  log: Logger;
  compose: Compose;
  retry: RetryPolicy;
  now: () => Date;
  /** This runtime's id in the ledger's claimed_by. */
  owner: string;
  /** A claim untouched for this long is stale: its process died between claim and send. */
  leaseMs: number;
  signal?: AbortSignal;
}

export const STALE_CLAIM_REASON = `interrupted: claimed but never confirmed (the bot stopped mid-delivery); not resent automatically, so it may or may not have been posted; ${RESEND_HINT}`;

/** The scheduling core: which destinations are due at an instant, and their delivery. */
export function createScheduler(deps: SchedulerDeps) {
  const { config, store, log } = deps;
  const global = envSchedule(config);
  const dateFor = digestDateFor(deps.library, config.digest.replayStart, config.digest.replayTrip);
  const composed = new Map<string, Reply | null>();
  const said = new Set<string>();
  const once = (key: string, write: () => void) => {
    if (said.has(key)) return;
    said.add(key);
    write();
  };

  function digestOf(date: string): Reply | null {
    if (!composed.has(date)) {
      try {
        composed.set(date, deps.compose(date)?.reply ?? null);
      } catch (error) {
        once(`compose-error:${date}`, () => log.error('digest could not be composed', { date, error }));
        return null;
      }
    }
    const reply = composed.get(date) ?? null;
    if (!reply) once(`empty:${date}`, () => log.info('no trip on this date; no digest posted', { date }));
    return reply;
  }

  const context = () => ({
    ledger: store.ledger,
    retry: deps.retry,
    now: deps.now,
    log,
    ...(deps.signal ? { signal: deps.signal } : {}),
  });

  function expireStale(now: Date): LedgerEntry[] {
    const expired = store.ledger.expireStale(new Date(now.getTime() - deps.leaseMs), STALE_CLAIM_REASON, now);
    for (const entry of expired) log.warn('stale digest claim marked failed, not resent', { ...entry });
    return expired;
  }

  function destinations(): Destination[] {
    return listDestinations(config, global, store.subscriptions.list());
  }

  /**
   * One pass at `now`: every destination whose scheduled time of its local today has been
   * reached, whose digest date has a trip and no ledger entry, is claimed and delivered.
   * Called every minute by node-cron, at start (catch-up) and by tests with a fake clock.
   */
  async function runDue(now: Date, senders: Senders): Promise<DeliveryOutcome[]> {
    expireStale(now);
    const deliveries: Promise<DeliveryOutcome>[] = [];
    for (const destination of destinations()) {
      try {
        const delivery = claimIfDue(destination, now, senders);
        if (delivery) deliveries.push(delivery);
      } catch (error) {
        log.error('digest destination could not be checked', { ...destination, schedule: undefined, error });
      }
    }
    return Promise.all(deliveries);
  }

  function claimIfDue(
    destination: Destination,
    now: Date,
    senders: Senders,
  ): Promise<DeliveryOutcome> | undefined {
    const localDate = dueDate(destination.schedule, now, destination.since);
    const date = localDate && dateFor(localDate);
    if (!date) return undefined;
    const key = { platform: destination.platform, channelId: destination.channelId, date };
    if (store.ledger.get(key)) return undefined;
    const sender = senders.get(destination.platform);
    if (!sender) {
      once(`no-sender:${key.platform}:${key.channelId}:${date}`, () =>
        log.warn('digest due but the platform is not running; skipped', key),
      );
      return undefined;
    }
    const reply = digestOf(date);
    if (!reply || !store.ledger.claim(key, deps.owner, now)) return undefined;
    return deliverClaimed(key, reply, sender, context());
  }

  /** `npm run digest -- --send`: the digest of `date` to every destination now, through the ledger. */
  async function sendDate(date: string, senders: Senders, force: boolean): Promise<SendResult[]> {
    const now = deps.now();
    expireStale(now);
    const reply = digestOf(date);
    if (!reply) return [];
    const results: Promise<SendResult>[] = [];
    for (const { platform, channelId } of destinations()) {
      const key = { platform, channelId, date };
      const sender = senders.get(platform);
      const claimed = sender
        ? force
          ? store.ledger.reclaim(key, deps.owner, now, new Date(now.getTime() - deps.leaseMs))
          : store.ledger.claim(key, deps.owner, now)
        : false;
      if (sender && claimed) results.push(deliverClaimed(key, reply, sender, context()));
      else {
        const entry = store.ledger.get(key);
        const reason = !sender
          ? `${platform} is not configured`
          : `already ${entry?.state ?? 'claimed'}${entry?.state === 'sent' ? ' (use --force to post again)' : ''}`;
        results.push(Promise.resolve({ key, state: 'skipped', reason }));
      }
    }
    return Promise.all(results);
  }

  return { runDue, sendDate, destinations, dateFor, globalSchedule: global };
}

export type Scheduler = ReturnType<typeof createScheduler>;
