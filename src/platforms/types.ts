import type { Config } from '../config.js';
import type { Library } from '../query/library.js';
import type { Logger } from '../log.js';
import type { Services } from '../../commands/types.js';
import type { DigestSender } from '../digest/types.js';
import type { Metrics } from '../http/metrics.js';

/** What main.ts hands every platform adapter. */
export interface PlatformDeps {
  config: Readonly<Config>;
  library: Library;
  log: Logger;
  /** Shared and filled in by main (e.g. services.digest); read at call time. */
  services: Services;
  /** Prometheus counters (GET /metrics); absent in tests that do not read them. */
  metrics?: Metrics;
}

export interface RunningPlatform {
  /** Stops listening and closes connections. */
  stop(): Promise<void>;
  /** Posts digests to this platform's channels. */
  sender: DigestSender;
}
