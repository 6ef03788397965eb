/** Structured JSON logs (pino) to stderr that never print a secret. */
import { createRequire } from 'node:module';
import type Pino from 'pino';

// pino is required on the first line written: a one-shot answer that logs nothing never loads it.
const require = createRequire(import.meta.url);
const pino = (): typeof Pino => require('pino') as typeof Pino;
/** pino's level numbers: a line is written when its level is at or above the logger's. */
const LEVEL_VALUES: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const TOKEN_PATTERN = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+)\b/g;

export interface Logger {
  debug(message: string, detail?: Record<string, unknown>): void;
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack };
  return value;
}

/**
 * One JSON object per line: `time` (ISO), `level` (debug, info, warn, error), `message`,
 * `pid`, `hostname` and the detail's fields. Slack and app tokens, and every configured
 * secret (tokens, the signing secret, the database password), are replaced by [redacted]
 * wherever they appear, in messages, fields and stacks alike.
 */
export function createLogger(
  level: LogLevel = 'info',
  secrets: readonly string[] = [],
  write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): Logger {
  const redact = (text: string): string => {
    let out = text.replace(TOKEN_PATTERN, '[redacted]');
    for (const secret of secrets) if (secret.length >= 6) out = out.split(secret).join('[redacted]');
    return out;
  };
  let instance: Pino.Logger | undefined;
  const logger = (): Pino.Logger => {
    if (instance) return instance;
    const create = pino();
    return (instance = create(
      {
        level,
        messageKey: 'message',
        timestamp: create.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
      },
      { write: (line: string) => write(redact(line.replace(/\n$/, ''))) },
    ));
  };
  const log = (at: Exclude<LogLevel, 'silent'>) => (message: string, detail?: Record<string, unknown>) => {
    if (LEVEL_VALUES[at] < LEVEL_VALUES[level]) return;
    const fields = detail ? Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, describe(v)])) : {};
    logger()[at](fields, message);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** The same logger, with `requestId` on every line: one id per command or interaction. */
export function withRequestId(log: Logger, requestId: string): Logger {
  const add = (write: Logger['info']) => (message: string, detail?: Record<string, unknown>) =>
    write(message, { requestId, ...detail });
  return { debug: add(log.debug), info: add(log.info), warn: add(log.warn), error: add(log.error) };
}

export const silentLogger: Logger = createLogger('silent');
