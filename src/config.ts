import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { isoDate as calendarDate, isTimeZone } from './itinerary/calendar.js';
import { isCronExpression } from './digest/schedule.js';
import {
  ConfigError,
  DEFAULT_TIME_ZONE,
  DEFAULT_TRIPS_DIR,
  LOG_LEVEL_RULE,
  LOG_LEVELS,
  TIME_ZONE_RULE,
  secretsOf,
} from './answer-config.js';

export { ConfigError };

/** The one place that reads process.env. Everything else receives a Config. */

const optionalText = z.string().trim().min(1).optional();
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const calendarDay = z.string().refine((value) => {
  const [y, m, d] = value.split('-').map(Number);
  return isoDate.test(value) && calendarDate(y ?? 0, m ?? 0, d ?? 0) === value;
}, 'a calendar date as YYYY-MM-DD');

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** "2h", "90m", "300s", "1500ms": a duration in milliseconds. */
const duration = z
  .string()
  .regex(/^\d+(ms|s|m|h)$/, 'a duration such as 2h, 90m or 300s')
  .transform((value) => {
    const [, n = '0', unit = 'ms'] = /^(\d+)(ms|s|m|h)$/.exec(value) ?? [];
    return Number(n) * (DURATION_UNITS[unit] ?? 1);
  });

/** A path where a SQLite file can live: not a folder, device or pseudo-file system. */
function databasePathProblem(path: string): string | undefined {
  const absolute = resolve(path);
  if (/^\/(proc|sys|dev)(\/|$)/.test(absolute))
    return `${absolute} is under a pseudo-file system, not a file location`;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) return `${absolute} exists and is not a regular file`;
  } catch {
    // Absent: created on first start.
  }
  return undefined;
}

const timeZone = z.string().refine(isTimeZone, TIME_ZONE_RULE);
const url = z.url({ protocol: /^https?$/, error: 'an http(s) URL' });
/** A comma-separated list of ids ("C01, C02"), each checked. */
const commaList = (what: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, `comma-separated ${what} ids`)));
const idList = commaList('channel');

const EnvSchema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string()
      .regex(/^xoxb-/, 'a bot token starting with xoxb-')
      .optional(),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-/, 'an app-level token starting with xapp-')
      .optional(),
    SLACK_API_URL: url.optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: z
      .string()
      .regex(/^\d{15,22}$/, 'a numeric application id')
      .optional(),
    DISCORD_GUILD_ID: z
      .string()
      .regex(/^\d{15,22}$/, 'a numeric guild id')
      .optional(),
    DISCORD_API_URL: url.optional(),
    DIGEST_CRON: z
      .string()
      .refine(isCronExpression, 'a cron expression such as "0 8 * * *"')
      .default('0 8 * * *'),
    DIGEST_TIMEZONE: timeZone.optional(),
    SLACK_DIGEST_CHANNELS: idList.default([]),
    DISCORD_DIGEST_CHANNELS: idList.default([]),
    DIGEST_REPLAY_START: calendarDay.optional(),
    DIGEST_RETRY_WINDOW: duration.default(2 * 3_600_000),
    DIGEST_TICK_MS: z.coerce.number().int().min(50).max(60_000).optional(),
    DIGEST_MANAGERS: commaList('user').default([]),
    DIGEST_REPLAY_TRIP: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'a trip id such as 2023-11-02-blinken-middle-east-asia')
      .optional(),
    DEFAULT_TIMEZONE: timeZone.default(DEFAULT_TIME_ZONE),
    DATABASE_PATH: z
      .string()
      .min(1)
      .default('var/tripbot.db')
      .superRefine((path, ctx) => {
        const problem = databasePathProblem(path);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'a postgres:// URL' }).optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: LOG_LEVEL_RULE }).default('info'),
    TRIPS_DIR: z.string().min(1).default(DEFAULT_TRIPS_DIR),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_BOT_TOKEN && !env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'required in HTTP mode (SLACK_BOT_TOKEN is set and SLACK_APP_TOKEN is not)',
      });
    }
    if ((env.SLACK_APP_TOKEN || env.SLACK_SIGNING_SECRET) && !env.SLACK_BOT_TOKEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'required when other SLACK_ settings are set',
      });
    }
  });

type Env = z.infer<typeof EnvSchema>;

export interface Config {
  slack?: {
    botToken: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
    port: number;
  };
  discord?: {
    token: string;
    applicationId?: string;
    guildId?: string;
    apiUrl?: string;
  };
  digest: {
    cron: string;
    timeZone: string;
    slackChannels: string[];
    discordChannels: string[];
    replayStart?: string;
    /** The trip replayed from replayStart (default: the latest trip). */
    replayTrip?: string;
    /** DIGEST_RETRY_WINDOW in ms: how long a failed delivery is retried. */
    retryWindowMs: number;
    /** DIGEST_MANAGERS: Slack user ids who may turn digests on and off besides admins. */
    managers: string[];
    /** DIGEST_TICK_MS (tests): a scheduler pass every this many ms instead of node-cron's every minute. */
    tickMs?: number;
  };
  defaultTimeZone: string;
  /** PORT: the HTTP server (health, readiness, metrics; Slack's events in HTTP mode). */
  port: number;
  databasePath: string;
  /** PostgreSQL, which wins over databasePath when set. */
  databaseUrl?: string;
  logLevel: Env['LOG_LEVEL'];
  tripsDir: string;
  /** Secret values, so the logger can redact them wherever they appear. */
  secrets: string[];
}

/** Parses the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Readonly<Config> {
  const env: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = source[key];
    if (value !== undefined && value.trim() !== '') env[key] = value;
  }
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const config: Config = {
    digest: {
      cron: e.DIGEST_CRON,
      timeZone: e.DIGEST_TIMEZONE ?? e.DEFAULT_TIMEZONE,
      slackChannels: e.SLACK_DIGEST_CHANNELS,
      discordChannels: e.DISCORD_DIGEST_CHANNELS,
      ...(e.DIGEST_REPLAY_START ? { replayStart: e.DIGEST_REPLAY_START } : {}),
      ...(e.DIGEST_REPLAY_TRIP ? { replayTrip: e.DIGEST_REPLAY_TRIP } : {}),
      retryWindowMs: e.DIGEST_RETRY_WINDOW,
      managers: e.DIGEST_MANAGERS,
      ...(e.DIGEST_TICK_MS ? { tickMs: e.DIGEST_TICK_MS } : {}),
    },
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    logLevel: e.LOG_LEVEL,
    tripsDir: e.TRIPS_DIR,
    secrets: secretsOf(e),
  };
  if (e.SLACK_BOT_TOKEN) {
    config.slack = {
      botToken: e.SLACK_BOT_TOKEN,
      port: e.PORT,
      ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
    };
  }
  if (e.DISCORD_TOKEN) {
    config.discord = {
      token: e.DISCORD_TOKEN,
      ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
    };
  }
  return Object.freeze(config);
}
