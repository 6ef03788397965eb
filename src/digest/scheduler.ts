import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Library } from '../query/library.js';
import type { Reply } from '../reply/model.js';
import type { LedgerEntry, LedgerKey, Platform, Store } from '../store/index.js';
import { deliverClaimed, type DeliveryContext, type DeliveryOutcome, type RetryPolicy } from './deliver.js';
import { envSchedule, listDestinations, type Destination } from './destinations.js';
import { digestDateFor } from './replay.js';
import { dueDate } from './schedule.js';
import type { DigestSender } from './types.js';

export type Compose = (date: string) => { reply: Reply; data: unknown } | null;
export type Senders = ReadonlyMap<Platform, DigestSender>;
export type SendResult = DeliveryOutcome | { key: LedgerKey; state: 'skipped'; reason: string };
export type SendMode = 'new' | 'force' | 'retry-failed';

const CLAIM_BATCH = 50;

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

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
  observe?: DeliveryContext['observe'];
}

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

  const context = (): DeliveryContext => ({
    ledger: store.ledger,
    retry: deps.retry,
    now: deps.now,
    log,
    ...(deps.signal ? { signal: deps.signal } : {}),
    ...(deps.observe ? { observe: deps.observe } : {}),
  });

  /**
   * Takes over claims whose owner stopped touching them for a lease (it died mid-send, or
   * released them at shutdown) and resumes them: the platform is asked whether the post
   * landed before anything is posted. A platform not running here leaves the claim to
   * go stale again, for a replica that has it.
   */
  async function resumeStale(now: Date, senders: Senders): Promise<Promise<DeliveryOutcome>[]> {
    const taken: LedgerEntry[] = await store.ledger.takeStale(
      new Date(now.getTime() - deps.leaseMs),
      deps.owner,
      now,
    );
    const deliveries: Promise<DeliveryOutcome>[] = [];
    for (const entry of taken) {
      const sender = senders.get(entry.platform);
      const reply = digestOf(entry.date);
      log.warn('resuming a stale digest claim', { ...entry, running: Boolean(sender) });
      if (sender && reply)
        deliveries.push(deliverClaimed({ entry, resumed: true }, reply, sender, context()));
      else if (!reply) await store.ledger.markFailed(entry, 'no digest for this date any more', now);
    }
    return deliveries;
  }

  async function destinations(): Promise<Destination[]> {
    return listDestinations(config, global, await store.subscriptions.list());
  }

  /**
   * One pass at `now`: every destination whose scheduled time of its local today has been
   * reached, whose digest date has a trip and no ledger entry, is claimed and delivered.
   * Called every minute by node-cron, at start (catch-up) and by tests with a fake clock.
   */
  async function runDue(now: Date, senders: Senders): Promise<DeliveryOutcome[]> {
    return Promise.all(await claimDue(now, senders));
  }

  /** The claiming half of a pass: resolves once everything due is claimed, with the deliveries under way. */
  async function claimDue(now: Date, senders: Senders): Promise<Promise<DeliveryOutcome>[]> {
    const deliveries = await resumeStale(now, senders);
    const due: { destination: Destination; date: string }[] = [];
    for (const destination of await destinations()) {
      const localDate = dueDate(destination.schedule, now, destination.since);
      const date = localDate && dateFor(localDate);
      if (date) due.push({ destination, date });
    }
    // One read per digest date, not one per channel: most passes find everything done.
    const done = new Set<string>();
    for (const date of new Set(due.map((d) => d.date))) {
      for (const e of await store.ledger.onDate(date)) done.add(`${e.platform}:${e.channelId}:${e.date}`);
    }
    const pending = due.filter(
      (d) => !done.has(`${d.destination.platform}:${d.destination.channelId}:${d.date}`),
    );
    // In batches, each replica in its own order, so replicas racing share the work.
    for (const batch of batches(shuffled(pending), CLAIM_BATCH)) {
      try {
        deliveries.push(...(await claimBatch(batch, now, senders)));
      } catch (error) {
        log.error('digest destinations could not be claimed', { count: batch.length, error });
      }
    }
    return deliveries;
  }

  async function claimBatch(
    batch: readonly { destination: Destination; date: string }[],
    now: Date,
    senders: Senders,
  ): Promise<Promise<DeliveryOutcome>[]> {
    const keys: LedgerKey[] = [];
    for (const { destination, date } of batch) {
      const key = { platform: destination.platform, channelId: destination.channelId, date };
      if (!senders.get(key.platform)) {
        once(`no-sender:${key.platform}:${key.channelId}:${date}`, () =>
          log.warn('digest due but the platform is not running; skipped', key),
        );
      } else if (digestOf(date)) keys.push(key);
    }
    const claimed = await store.ledger.claimMany(keys, deps.owner, now);
    return claimed.flatMap((entry) => {
      const sender = senders.get(entry.platform);
      const reply = digestOf(entry.date);
      return sender && reply ? [deliverClaimed({ entry }, reply, sender, context())] : [];
    });
  }

  /**
   * `npm run digest -- --send`: the digest of `date` to every destination now, through the
   * ledger. mode 'force' posts again where it was sent; 'retry-failed' resends the failed
   * ones, first asking the platform whether the post landed after all.
   */
  async function sendDate(date: string, senders: Senders, mode: SendMode = 'new'): Promise<SendResult[]> {
    const now = deps.now();
    const results: Promise<SendResult>[] = await resumeStale(now, senders);
    const reply = digestOf(date);
    if (!reply) return Promise.all(results);
    const staleBefore = new Date(now.getTime() - deps.leaseMs);
    for (const { platform, channelId } of await destinations()) {
      const key = { platform, channelId, date };
      const sender = senders.get(platform);
      const entry = !sender
        ? undefined
        : mode === 'force'
          ? await store.ledger.reclaim(key, deps.owner, now, staleBefore)
          : mode === 'retry-failed'
            ? await store.ledger.reclaim(key, deps.owner, now, staleBefore, 'failed')
            : await store.ledger.claim(key, deps.owner, now);
      if (sender && entry)
        results.push(deliverClaimed({ entry, resumed: mode === 'retry-failed' }, reply, sender, context()));
      else {
        const existing = await store.ledger.get(key);
        const hint =
          existing?.state === 'sent'
            ? ' (use --force to post again)'
            : existing?.state === 'failed'
              ? ' (use --retry-failed to resend)'
              : '';
        const reason = !sender
          ? `${platform} is not configured`
          : `already ${existing?.state ?? 'claimed'}${hint}`;
        results.push(Promise.resolve({ key, state: 'skipped', reason }));
      }
    }
    return Promise.all(results);
  }

  return { runDue, claimDue, sendDate, destinations, dateFor, globalSchedule: global };
}

export type Scheduler = ReturnType<typeof createScheduler>;
