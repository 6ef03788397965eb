/**
 * What answering needs from the environment, and nothing else: the library folder, the
 * default time zone, the log level and the secrets to redact. The one-shot CLI reads only
 * this, so a question is answered without loading zod and the full configuration; src/config.ts
 * checks the same variables with the same rules for the long-running bot.
 */
import { isTimeZone } from './itinerary/calendar.js';
import type { LogLevel } from './log.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const satisfies readonly LogLevel[];
export const DEFAULT_TIME_ZONE = 'America/New_York';
export const DEFAULT_TRIPS_DIR = 'data/library';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export interface AnswerConfig {
  tripsDir: string;
  defaultTimeZone: string;
  logLevel: LogLevel;
  /** Secret values, so the logger can redact them wherever they appear. */
  secrets: string[];
}

function passwordOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

type Source = Record<string, string | undefined>;

/** Every secret the environment holds (tokens, the signing secret, the database password). */
export function secretsOf(
  env: Partial<
    Record<
      'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'DISCORD_TOKEN' | 'DATABASE_URL',
      string
    >
  >,
): string[] {
  const { SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, DISCORD_TOKEN, DATABASE_URL } = env;
  return [
    SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET,
    SLACK_APP_TOKEN,
    DISCORD_TOKEN,
    DATABASE_URL ? passwordOf(DATABASE_URL) : undefined,
  ].filter((s): s is string => Boolean(s?.trim()));
}

export const TIME_ZONE_RULE = 'an IANA time zone such as America/New_York';
export const LOG_LEVEL_RULE = `one of ${LOG_LEVELS.join(', ')}`;

/** Reads TRIPS_DIR, DEFAULT_TIMEZONE and LOG_LEVEL; throws a ConfigError naming each bad one. */
export function loadAnswerConfig(source: Source = process.env): Readonly<AnswerConfig> {
  const value = (key: string) => source[key]?.trim() || undefined;
  const timeZone = value('DEFAULT_TIMEZONE');
  const level = value('LOG_LEVEL') ?? 'info';
  const problems = [
    ...(timeZone === undefined || isTimeZone(timeZone) ? [] : [`DEFAULT_TIMEZONE: ${TIME_ZONE_RULE}`]),
    ...((LOG_LEVELS as readonly string[]).includes(level) ? [] : [`LOG_LEVEL: ${LOG_LEVEL_RULE}`]),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    tripsDir: source.TRIPS_DIR || DEFAULT_TRIPS_DIR,
    defaultTimeZone: timeZone ?? DEFAULT_TIME_ZONE,
    logLevel: level as LogLevel,
    secrets: secretsOf(source),
  });
}
