import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.js';

/**
 * Routes Bolt's and the WebClient's log lines through tripbot's logger, so they share
 * its level and its redaction of tokens and secrets.
 */
export function toBoltLogger(log: Logger, level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  const line = (parts: unknown[]): string => parts.map(describePart).join(' ');
  return {
    debug: (...parts: unknown[]) => log.debug(line(parts), { source: 'slack' }),
    info: (...parts: unknown[]) => log.info(line(parts), { source: 'slack' }),
    warn: (...parts: unknown[]) => log.warn(line(parts), { source: 'slack' }),
    error: (...parts: unknown[]) => log.error(line(parts), { source: 'slack' }),
    setLevel: (next: LogLevel) => {
      current = next;
    },
    getLevel: () => current,
    setName: () => undefined,
  };
}

/** Bolt's level for tripbot's LOG_LEVEL ('silent' has no Bolt equivalent; the logger drops everything). */
export function boltLogLevel(level: string): LogLevel {
  switch (level) {
    case 'debug':
      return LogLevel.DEBUG;
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

function describePart(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}
