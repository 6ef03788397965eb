import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { loadAnswerConfig } from '../src/answer-config.js';
import { createLogger } from '../src/log.js';
import { startSlack } from '../src/platforms/slack/index.js';
import { realLibrary } from './platforms/slack/harness.js';
import { freePort } from './platforms/spawn-bot.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe('configuration', () => {
  it.each([
    ['DIGEST_REPLAY_START', '2023-13-45', /DIGEST_REPLAY_START: a calendar date as YYYY-MM-DD/],
    ['DIGEST_REPLAY_START', '2023-02-29', /DIGEST_REPLAY_START: a calendar date/], // 2023 is no leap year
    ['DIGEST_RETRY_WINDOW', 'two hours', /DIGEST_RETRY_WINDOW: a duration such as 2h/],
    [
      'DATABASE_PATH',
      '/proc/self/tripbot.db',
      /DATABASE_PATH: \/proc\/self\/tripbot.db is under a pseudo-file system/,
    ],
    ['DATABASE_PATH', '/tmp', /DATABASE_PATH: \/tmp exists and is not a regular file/],
    ['DATABASE_URL', 'mysql://db/tripbot', /DATABASE_URL: a postgres:\/\/ URL/],
    ['DIGEST_MANAGERS', 'U1,<!channel>', /DIGEST_MANAGERS\.1: comma-separated user ids/],
  ])('refuses %s=%s, naming it', (name, value, message) => {
    expect(problems({ [name]: value })).toEqual([expect.stringMatching(message)]);
  });

  it('reads the production settings', () => {
    const config = loadConfig({
      DIGEST_REPLAY_START: '2024-02-29',
      DIGEST_RETRY_WINDOW: '90m',
      DIGEST_MANAGERS: 'U1, U2',
      DATABASE_URL: 'postgres://tripbot:pw-secret@db:5432/tripbot',
    });
    expect(config.digest).toMatchObject({
      replayStart: '2024-02-29',
      retryWindowMs: 90 * 60_000,
      managers: ['U1', 'U2'],
    });
    expect(config.digest.retryWindowMs).toBe(5_400_000);
    expect(loadConfig({}).digest.retryWindowMs).toBe(2 * 3_600_000);
    expect(config.databaseUrl).toBe('postgres://tripbot:pw-secret@db:5432/tripbot');
    expect(config.secrets).toContain('pw-secret');
  });

  it('reports an unreachable SLACK_API_URL as unreachable, not as a refused token', async () => {
    const apiUrl = `http://127.0.0.1:${await freePort()}/api/`;
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_API_URL: apiUrl,
    });
    const error = await startSlack({
      config,
      library: realLibrary(),
      log: createLogger('silent'),
      services: {},
    }).then(
      () => expect.unreachable('start should fail'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(
      new RegExp(`^SLACK_API_URL ${apiUrl.replace(/[./]/g, '\\$&')} is unreachable`),
    );
    expect(error.message).not.toMatch(/refused SLACK_BOT_TOKEN/);
  });
});

describe('the one-shot CLI reads only what answering needs (src/answer-config.ts)', () => {
  const answerProblems = (env: Record<string, string>) => {
    try {
      loadAnswerConfig(env);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as ConfigError).problems;
    }
  };

  it('applies the same rules as the full configuration to the variables both read', () => {
    const envs: Record<string, string>[] = [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, { LOG_LEVEL: 'loud' }];
    for (const env of envs) {
      expect(answerProblems(env)).toEqual(problems(env));
    }
    expect(answerProblems({ DEFAULT_TIMEZONE: 'Mars/Olympus', LOG_LEVEL: 'loud' })).toEqual([
      'DEFAULT_TIMEZONE: an IANA time zone such as America/New_York',
      'LOG_LEVEL: one of debug, info, warn, error, silent',
    ]);
  });

  it('defaults, and ignores the chat settings it does not need, but still redacts their secrets', () => {
    const config = loadAnswerConfig({
      SLACK_BOT_TOKEN: 'not-a-slack-token',
      DATABASE_URL: 'postgres://bot:s3cret-pass@db/tripbot',
    });
    expect(config.tripsDir).toBe('data/library');
    expect(config.defaultTimeZone).toBe('America/New_York');
    expect(config.logLevel).toBe('info');
    expect(config.secrets).toEqual(['not-a-slack-token', 's3cret-pass']);
  });
});
