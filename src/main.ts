/**
 * npm start: every platform whose credentials are set, each starting, failing and
 * reconnecting on its own, the digest scheduler from the first second, and the HTTP port
 * (health, readiness, metrics); with no credentials, a console that answers /trip lines.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { ItineraryLoadError } from './itinerary/loader.js';
import { loadLibrary } from './query/load-library.js';
import { createLogger, type Logger } from './log.js';
import { runConsole } from './platforms/console.js';
import type { Services } from '../commands/types.js';
import { storeMapSettings } from './store/map-settings.js';
import { createCalendarFeed, routeCalendarFeed } from './http/calendar-feed.js';
import type { RunningPlatform } from './platforms/types.js';
import { createHealth, type Health } from './platforms/health.js';
import { createMetrics, type Metrics } from './http/metrics.js';
import { startHttpServer, type HttpServer } from './http/server.js';
import type { DigestRuntime } from './digest/index.js';
import type { Library } from './query/library.js';

/** SIGTERM: in-flight answers and sends finish, claims are released, the process exits within 10 s. */
const STOP_DEADLINE_MS = 9000;
const RETRY_START_MS = [5000, 15_000, 60_000, 300_000];

interface Runtime {
  config: Readonly<Config>;
  library: Library;
  log: Logger;
  health: Health;
  metrics: Metrics;
  http: HttpServer;
  digest: DigestRuntime;
  services: Services;
  running: Map<string, RunningPlatform>;
  stopping: () => boolean;
}

/** Starts one platform, retrying with backoff while it fails; never throws. */
async function supervise(rt: Runtime, name: 'slack' | 'discord', start: () => Promise<RunningPlatform>) {
  for (let attempt = 0; !rt.stopping(); attempt++) {
    try {
      const platform = await start();
      if (rt.stopping()) return void (await platform.stop());
      rt.running.set(name, platform);
      rt.health.set(name, 'up');
      rt.digest.attach(platform.sender);
      return;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const waitMs = RETRY_START_MS[Math.min(attempt, RETRY_START_MS.length - 1)] ?? 300_000;
      rt.health.set(name, 'down', reason);
      rt.log.error(`${name} could not start; other platforms carry on`, { reason, retryInMs: waitMs });
      await new Promise((resolve) => setTimeout(resolve, waitMs).unref());
    }
  }
}

function startPlatforms(rt: Runtime): Promise<unknown> {
  const deps = {
    config: rt.config,
    library: rt.library,
    log: rt.log,
    services: rt.services,
    metrics: rt.metrics,
  };
  const starting: Promise<void>[] = [];
  if (rt.config.slack) {
    starting.push(
      supervise(rt, 'slack', async () => {
        const { startSlack } = await import('./platforms/slack/index.js');
        return startSlack(deps, { http: rt.http, seen: rt.digest.store.requests });
      }),
    );
  }
  if (rt.config.discord) {
    starting.push(
      supervise(rt, 'discord', async () => {
        const { startDiscord } = await import('./platforms/discord/index.js');
        return startDiscord(deps, {
          onStatus: (state, reason) => {
            rt.health.set('discord', state, reason);
            const sender = rt.running.get('discord')?.sender;
            if (state === 'up' && sender) rt.digest.attach(sender);
            if (state === 'down') rt.digest.detach('discord');
          },
        });
      }),
    );
  }
  return Promise.all(starting);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.secrets);
  const library = await loadLibrary(config.tripsDir);
  // The bot parses every volume now, so no chat user waits for one (the one-shot CLI parses
  // only the volumes its question needs).
  log.debug('trips loaded', { trips: library.trips.length });

  if (!config.slack && !config.discord) {
    // The HTTP port in console mode too (health and metrics), but a busy port never stops the console.
    const http = await startHttpServer({
      port: config.port,
      health: createHealth(),
      metrics: createMetrics(),
      log,
      quiet: true,
    }).catch((error: unknown) => {
      log.debug('http server not started in console mode', { error: (error as Error).message });
      return undefined;
    });
    await runConsole({ library, timeZone: config.defaultTimeZone, log });
    await http?.close();
    return;
  }

  const health = createHealth();
  const metrics = createMetrics();
  health.onChange((platform, status) => {
    metrics.platformUp.set({ platform }, status.state === 'up' ? 1 : 0);
    log.info('platform status', { platform, ...status });
  });
  if (config.slack) health.set('slack', 'starting');
  if (config.discord) health.set('discord', 'starting');
  const http = await startHttpServer({ port: config.port, health, metrics, log });

  const { openDigest } = await import('./digest/index.js');
  const digest = await openDigest(
    { config, library, log },
    {
      observe: (platform, event) =>
        event === 'retry'
          ? metrics.retries.inc({ platform })
          : metrics.deliveries.inc({ platform, outcome: event }),
    },
  ).catch(async (error: unknown) => {
    await http.close();
    throw error;
  });
  const calendarFeed = createCalendarFeed(library);
  routeCalendarFeed(http, calendarFeed);
  let stopping = false;
  const rt: Runtime = {
    config,
    library,
    log,
    health,
    metrics,
    http,
    digest,
    services: { digest: digest.service, maps: storeMapSettings(digest.store.channels) },
    running: new Map(),
    stopping: () => stopping,
  };

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    setTimeout(() => {
      log.error('shutdown took too long; exiting', { deadlineMs: STOP_DEADLINE_MS });
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    for (const name of rt.running.keys()) health.set(name, 'down', 'shutting down');
    await Promise.allSettled([digest.stop(), ...[...rt.running.values()].map((p) => p.stop())]);
    await http.close();
    log.info('stopped', { signal });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  digest.start([]); // at once: each platform's digests go out as soon as it is up
  setImmediate(() => calendarFeed.warm());
  void startPlatforms(rt).then(() => {
    if (!stopping)
      log.info('tripbot running', {
        platforms: Object.fromEntries(Object.entries(health.snapshot()).map(([k, v]) => [k, v.state])),
      });
  });
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof ItineraryLoadError ||
    (error as Error).name === 'StoreError'
  ) {
    process.stderr.write(`tripbot: ${(error as Error).message}\n`);
  } else {
    process.stderr.write(`tripbot: failed to start: ${(error as Error).message ?? String(error)}\n`);
  }
  process.exit(1);
});
