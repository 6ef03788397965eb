import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** tripbot's Prometheus metrics, on a registry of its own (GET /metrics). */
export interface Metrics {
  registry: Registry;
  commands: Counter<'platform' | 'command' | 'outcome'>;
  answerSeconds: Histogram<'platform'>;
  deliveries: Counter<'platform' | 'outcome'>;
  retries: Counter<'platform'>;
  platformUp: Gauge<'platform'>;
}

export function createMetrics(options: { defaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaults !== false) collectDefaultMetrics({ register: registry, prefix: 'tripbot_' });
  const registers = [registry];
  return {
    registry,
    commands: new Counter({
      name: 'tripbot_commands_total',
      help: '/trip commands answered, by platform, command and outcome (ok, user_error, error)',
      labelNames: ['platform', 'command', 'outcome'],
      registers,
    }),
    answerSeconds: new Histogram({
      name: 'tripbot_answer_seconds',
      help: 'Time from receiving a /trip command to its answer',
      labelNames: ['platform'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    deliveries: new Counter({
      name: 'tripbot_digest_deliveries_total',
      help: 'Digest deliveries by platform and outcome (sent, found, failed, released)',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
    retries: new Counter({
      name: 'tripbot_digest_retries_total',
      help: 'Digest delivery attempts that failed and were scheduled again',
      labelNames: ['platform'],
      registers,
    }),
    platformUp: new Gauge({
      name: 'tripbot_platform_up',
      help: '1 while the platform is connected, 0 while it is starting or down',
      labelNames: ['platform'],
      registers,
    }),
  };
}

/** Counts one answered command and its latency: ok, user_error (a hint was given) or error. */
export function recordCommand(
  metrics: Metrics | undefined,
  platform: string,
  outcome: { ok: boolean; command?: string; reply: { code?: string } },
  startedAt: number,
): void {
  if (!metrics) return;
  const result = outcome.ok ? 'ok' : outcome.reply.code === 'INTERNAL' ? 'error' : 'user_error';
  metrics.commands.inc({ platform, command: outcome.command ?? 'unknown', outcome: result });
  metrics.answerSeconds.observe({ platform }, (performance.now() - startedAt) / 1000);
}
