import { createHmac } from 'node:crypto';
import { loadConfig } from '../../../src/config.js';
import { tripLibrary } from '../../fixtures/trip.js';
import { createLogger } from '../../../src/log.js';
import { startSlack, type SlackPlatform } from '../../../src/platforms/slack/index.js';
import type { RequestHandler } from '../../../src/http/calendar-feed.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test-bot-token';

/** The real itinerary, loaded once per test file. */
export const realLibrary = tripLibrary;

/** Slack's v0 request signature: HMAC-SHA256 of `v0:<ts>:<raw body>` with the signing secret. */
export function signedHeaders(
  body: string,
  options: { secret?: string; timestamp?: number } = {},
): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': `v0=${signature}`,
  };
}

/** A slash command body as Slack form-encodes it. */
export function slashCommandBody(text: string, responseUrl: string, user = 'U0ALICE'): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'newsroom',
    channel_id: 'C0NEWS',
    channel_name: 'foreign-desk',
    user_id: user,
    user_name: 'alice',
    command: '/trip',
    text,
    api_app_id: 'A0TRIP',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  }).toString();
}

/** A block_actions body for a button press on an ephemeral message. */
export function buttonBody(actionId: string, value: string, responseUrl: string, user = 'U0ALICE'): string {
  const payload = {
    type: 'block_actions',
    user: { id: user, username: 'alice', team_id: 'T0FAKE' },
    api_app_id: 'A0TRIP',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: 'C0NEWS', is_ephemeral: true },
    trigger_id: 'trigger-button',
    team: { id: 'T0FAKE', domain: 'newsroom' },
    channel: { id: 'C0NEWS', name: 'foreign-desk' },
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: 'trip_share',
        text: { type: 'plain_text', text: 'Share in channel' },
        value,
        type: 'button',
        action_ts: '1700000001.000200',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface Harness {
  fake: FakeSlack;
  platform: SlackPlatform;
  baseUrl: string;
  logs: string[];
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  /** Posts a signed /trip command and returns the HTTP response plus its response_url id. */
  command(
    text: string,
    options?: { user?: string; headers?: Record<string, string> },
  ): Promise<{ response: Response; id: string }>;
  close(): Promise<void>;
}

let counter = 0;

export async function startHarness(
  options: { now?: () => Date; env?: Record<string, string>; calendarFeed?: RequestHandler } = {},
): Promise<Harness> {
  const fake = await startFakeSlack();
  const logs: string[] = [];
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'debug',
    DEFAULT_TIMEZONE: 'America/New_York',
    ...options.env,
  });
  const log = createLogger('debug', config.secrets, (line) => logs.push(line));
  let platform: SlackPlatform;
  try {
    platform = await startSlack(
      { config, library: realLibrary(), log, services: {} },
      {
        host: '127.0.0.1',
        ...(options.now ? { now: options.now } : {}),
        ...(options.calendarFeed ? { calendarFeed: options.calendarFeed } : {}),
      },
    );
  } catch (error) {
    await fake.close();
    throw error;
  }
  const baseUrl = `http://127.0.0.1:${platform.port}`;
  const post = (body: string, headers: Record<string, string> = signedHeaders(body)) =>
    fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body });
  return {
    fake,
    platform,
    baseUrl,
    logs,
    post,
    async command(text, commandOptions = {}) {
      const id = `cmd${++counter}`;
      const body = slashCommandBody(text, fake.responseUrl(id), commandOptions.user);
      const response = await post(body, { ...signedHeaders(body), ...commandOptions.headers });
      return { response, id };
    },
    async close() {
      await platform.stop();
      await fake.close();
    },
  };
}
