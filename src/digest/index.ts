import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import cron from 'node-cron';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { Library } from '../query/library.js';
import { openStore, type Platform, type Store } from '../store/index.js';
import { composeDigest } from '../reply/day.js';
import { withDayMap } from './day-map.js';
import { DEFAULT_RETRY, type DeliveryContext, type DeliveryOutcome, type RetryPolicy } from './deliver.js';
import { createScheduler, type Compose, type SendMode, type SendResult } from './scheduler.js';
import { createDigestService } from './service.js';
import type { DigestService } from '../../commands/types.js';
import type { DigestSender } from './types.js';

export interface DigestRuntime {
  service: DigestService;
  /** Schedules the minute tick and runs the start-up catch-up with these senders. */
  start(senders: readonly DigestSender[]): void;
  /** A platform came up: its digests go out from the next pass (run at once). */
  attach(sender: DigestSender): void;
  /** A platform went down: its due digests wait, unclaimed, until it is back. */
  detach(platform: Platform): void;
  /** Stops the tick, abandons pending retries (recorded as failed), waits for sends in flight, closes the store. */
  stop(): Promise<void>;
  /** One scheduler pass at `now` (default: the clock); what the tick runs every minute. */
  runDue(now?: Date): Promise<DeliveryOutcome[]>;
  /** Resolves when no scheduler pass is in flight (the tick and the catch-up run in the background). */
  whenIdle(): Promise<void>;
  /** `npm run digest -- --send [--force|--retry-failed]`: the digest of `date` to every destination now, through the ledger. */
  sendDate(date: string, senders: readonly DigestSender[], mode?: SendMode): Promise<SendResult[]>;
  /** The store, shared with the Slack request guard. */
  store: Store;
}

export interface DigestDeps {
  config: Readonly<Config>;
  library: Library;
  log: Logger;
}

/** Test seams; production uses the defaults. */
export interface DigestHooks {
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
  /** Replaces node-cron's every-minute task; tests keep `fire` and call it. */
  tick?: (fire: () => void) => { stop(): void };
  /** Stale-claim lease, default 2 minutes. */
  leaseMs?: number;
  /** Counts deliveries (metrics). */
  observe?: DeliveryContext['observe'];
  compose?: Compose;
  /** The ledger's claimed_by for this runtime. */
  owner?: string;
}

/**
 * A claim is refreshed at every attempt (at most 60 s apart, plus a 15 s request), so a
 * claim untouched for 2 minutes belongs to a replica that died; Discord's nonce still
 * recognises a post that recent.
 */
export const LEASE_MS = 2 * 60_000;

/** node-cron's every-minute task; its own messages (e.g. a missed execution) go to our logger. */
function cronTick(log: Logger) {
  const logger = {
    info: (message: string) => log.debug(`node-cron: ${message}`),
    debug: (message: string | Error) => log.debug(`node-cron: ${String(message)}`),
    warn: (message: string) => log.warn(`node-cron: ${message}`),
    error: (message: string | Error, error?: Error) => log.error(`node-cron: ${String(message)}`, { error }),
  };
  return (fire: () => void): { stop(): void } => {
    const task = cron.schedule('* * * * *', fire, { name: `tripbot-digest-${randomUUID()}`, logger });
    return { stop: () => void task.destroy() };
  };
}

/** DIGEST_TICK_MS: a pass every `ms` (tests that replay days in seconds). */
function intervalTick(ms: number) {
  return (fire: () => void): { stop(): void } => {
    const timer = setInterval(fire, ms);
    return { stop: () => clearInterval(timer) };
  };
}

/**
 * Opens the digest subsystem: the store (PostgreSQL at DATABASE_URL, else SQLite at
 * DATABASE_PATH; throws StoreError naming it and the problem) and the service for
 * `/trip digest`. Nothing is scheduled until start().
 */
export async function openDigest(deps: DigestDeps, hooks: DigestHooks = {}): Promise<DigestRuntime> {
  const { config, library, log } = deps;
  const store = await openStore(config, {
    onError: (error) => log.error('database connection lost', { error: error.message }),
  });
  const now = hooks.now ?? (() => new Date());
  const abort = new AbortController();
  const scheduler = createScheduler({
    config,
    library,
    store,
    log,
    now,
    compose: hooks.compose ?? ((date) => withDayMap(library, composeDigest(library, date), log)),
    retry: { ...DEFAULT_RETRY, windowMs: config.digest.retryWindowMs, ...hooks.retry },
    ...(hooks.observe ? { observe: hooks.observe } : {}),
    owner: hooks.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    leaseMs: hooks.leaseMs ?? LEASE_MS,
    signal: abort.signal,
  });
  const senders = new Map<Platform, DigestSender>();
  let tick: { stop(): void } | undefined;
  let state: 'open' | 'started' | 'stopping' | 'closed' = 'open';
  const inFlight = new Set<Promise<unknown>>();
  let passing: Promise<unknown> | undefined;

  /** One pass; resolves when its claims are made (`claimed`) and when its deliveries end. */
  function pass(at: Date = now()): { claimed: Promise<unknown>; done: Promise<DeliveryOutcome[]> } {
    if (state === 'stopping' || state === 'closed')
      return { claimed: Promise.resolve(), done: Promise.resolve([]) };
    const claimed = scheduler.claimDue(at, senders);
    const done = claimed
      .then((deliveries) => Promise.all(deliveries))
      .catch((error: unknown) => {
        log.error('digest run failed', { error });
        return [] as DeliveryOutcome[];
      });
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
    return { claimed: claimed.catch(() => undefined), done };
  }
  const runDue = (at?: Date) => pass(at).done;

  return {
    service: createDigestService({
      config,
      store,
      scheduler,
      now,
      isOpen: () => state === 'open' || state === 'started',
    }),
    runDue,
    whenIdle: async () => {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    store,
    sendDate: (date, list, mode) => scheduler.sendDate(date, new Map(list.map((s) => [s.platform, s])), mode),
    attach(sender) {
      senders.set(sender.platform, sender);
      if (state === 'started') void runDue();
    },
    detach(platform) {
      senders.delete(platform);
    },
    start(list) {
      if (state !== 'open') return;
      state = 'started';
      for (const sender of list) senders.set(sender.platform, sender);
      // A tick while the last pass is still claiming is skipped: passes never pile up.
      tick = (hooks.tick ?? (config.digest.tickMs ? intervalTick(config.digest.tickMs) : cronTick(log)))(
        () => {
          if (!passing) passing = pass().claimed.finally(() => (passing = undefined));
        },
      );
      log.info('digest scheduler started', {
        store: store.kind,
        platforms: [...senders.keys()],
        cron: config.digest.cron,
        timeZone: config.digest.timeZone,
        ...(config.digest.replayStart ? { replayStart: config.digest.replayStart } : {}),
      });
      void runDue();
    },
    async stop() {
      if (state === 'stopping' || state === 'closed') return;
      state = 'stopping';
      tick?.stop();
      abort.abort();
      await Promise.all(inFlight);
      await store.close();
      state = 'closed';
    },
  };
}

export type { DigestSender } from './types.js';
export { DeliveryError } from './types.js';
export type { DeliveryOutcome } from './deliver.js';
export type { SendResult } from './scheduler.js';
