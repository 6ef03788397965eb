/**
 * npm start: every platform whose credentials are set, plus the digest scheduler;
 * with no credentials, a console that answers /trip lines from stdin.
 */
import { ConfigError, loadConfig } from './config.js';
import { ItineraryLoadError, loadLibrary } from './itinerary/loader.js';
import { createLogger } from './log.js';
import { runConsole } from './platforms/console.js';
import type { Services } from '../commands/types.js';
import type { RunningPlatform } from './platforms/types.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.secrets);
  const library = loadLibrary(config.tripsDir);
  log.debug('trips loaded', { trips: library.trips.map((t) => t.id) });

  if (!config.slack && !config.discord) {
    await runConsole({ library, timeZone: config.defaultTimeZone, log });
    return;
  }

  const { openDigest } = await import('./digest/index.js');
  const digest = await openDigest({ config, library, log });
  const services: Services = { digest: digest.service };
  const deps = { config, library, log, services };
  const platforms: RunningPlatform[] = [];
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    await Promise.allSettled(platforms.map((p) => p.stop()));
    await digest.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    if (config.slack) {
      const { startSlack } = await import('./platforms/slack/index.js');
      platforms.push(await startSlack(deps));
    }
    if (config.discord) {
      const { startDiscord } = await import('./platforms/discord/index.js');
      platforms.push(await startDiscord(deps));
    }
  } catch (error) {
    await Promise.allSettled(platforms.map((p) => p.stop()));
    await digest.stop();
    throw error;
  }
  digest.start(platforms.map((p) => p.sender));
  log.info('tripbot running', { platforms: platforms.map((p) => p.sender.platform) });
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
