import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type CustomRoute } from '@slack/bolt';
import type { PlatformDeps, RunningPlatform } from '../types.js';
import type { RequestHandler } from '../../http/calendar-feed.js';
import { boltLogLevel, toBoltLogger } from './bolt-logger.js';
import { createSlackSender } from './digest-sender.js';
import { registerTripCommand } from './trip-command.js';
import { createDigestPermission } from './digest-permission.js';
import { createUserTimeZoneLookup } from './user-time-zone.js';
import { describeSlackError, describeStartError } from './web-api-errors.js';
import type { HttpServer } from '../../http/server.js';
import type { RequestGuard } from '../../store/index.js';
import { guardSlackRequests } from './request-guard.js';

export { createSlackSender } from './digest-sender.js';
export { renderSlackMessage } from './render.js';

export interface SlackStartOptions {
  /** Interface to listen on in HTTP mode (tests: 127.0.0.1); default all. */
  host?: string;
  /** The clock, for tests of "today". */
  now?: () => Date;
  /** Serves GET /calendar/*.ics on Bolt's own HTTP receiver (HTTP mode without a shared server). */
  calendarFeed?: RequestHandler;
  /** The process's HTTP server (src/http): HTTP mode adds POST /slack/events to it instead of listening itself. */
  http?: HttpServer;
  /** Signed requests already answered (the shared store): a replay is answered once, across replicas. */
  seen?: RequestGuard;
}

export interface SlackPlatform extends RunningPlatform {
  mode: 'socket' | 'http';
  /** The port actually listened on (HTTP mode). */
  port?: number;
}

/** Retries for the interactive path: short, since a person is waiting. */
const INTERACTIVE_RETRIES = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 };

/**
 * Starts the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else HTTP mode on
 * PORT with events at /slack/events (signatures verified by Bolt) and GET /healthz.
 * Rejects with a readable error when Slack refuses the bot token.
 */
export async function startSlack(
  deps: PlatformDeps,
  options: SlackStartOptions = {},
): Promise<SlackPlatform> {
  const slack = deps.config.slack;
  if (!slack) throw new Error('Slack is not configured: set SLACK_BOT_TOKEN');
  const logLevel = boltLogLevel(deps.config.logLevel);
  const logger = toBoltLogger(deps.log, logLevel);
  const clientOptions = {
    ...(slack.apiUrl ? { slackApiUrl: slack.apiUrl } : {}),
    retryConfig: INTERACTIVE_RETRIES,
    timeout: 5000,
  };
  const common = {
    token: slack.botToken,
    logger,
    logLevel,
    clientOptions,
    convoStore: false as const,
    deferInitialization: true,
  };

  let receiver: HTTPReceiver | undefined;
  let app: App;
  if (slack.appToken) {
    app = new App({ ...common, appToken: slack.appToken, socketMode: true });
  } else {
    if (!slack.signingSecret)
      throw new Error('SLACK_SIGNING_SECRET: required in HTTP mode (SLACK_APP_TOKEN is not set)');
    const health: CustomRoute = {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: true, trips: deps.library.trips.length }));
      },
    };
    receiver = new HTTPReceiver({
      signingSecret: slack.signingSecret,
      endpoints: '/slack/events',
      port: slack.port,
      customRoutes: [health, ...calendarRoutes(options.calendarFeed)],
      logger,
      logLevel,
    });
    app = new App({ ...common, receiver });
  }

  try {
    await app.init();
  } catch (error) {
    throw new Error(describeStartError(error, slack.apiUrl));
  }
  app.error(async (error) => {
    deps.log.error('slack listener failed', { code: error.code, error: describeSlackError(error) });
  });
  registerTripCommand(app, {
    library: deps.library,
    services: deps.services,
    log: deps.log,
    defaultTimeZone: deps.config.defaultTimeZone,
    userTimeZone: createUserTimeZoneLookup({
      client: app.client,
      fallback: deps.config.defaultTimeZone,
      log: deps.log,
    }),
    canManageDigest: createDigestPermission({
      client: app.client,
      managers: deps.config.digest.managers,
      log: deps.log,
    }),
    now: options.now ?? (() => new Date()),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  });

  const sender = createSlackSender({
    token: slack.botToken,
    log: deps.log,
    ...(slack.apiUrl ? { apiUrl: slack.apiUrl } : {}),
  });
  if (!receiver) {
    await app.start();
    deps.log.info('slack started in Socket Mode');
    return { mode: 'socket', sender, stop: async () => void (await app.stop()) };
  }
  if (options.http) {
    const listener = options.seen
      ? guardSlackRequests(receiver.requestListener, {
          seen: options.seen,
          log: deps.log,
          ...(options.now ? { now: options.now } : {}),
        })
      : receiver.requestListener;
    options.http.route('POST', '/slack/events', listener);
    deps.log.info('slack started in HTTP mode', { port: options.http.port, events: '/slack/events' });
    return { mode: 'http', port: options.http.port, sender, stop: async () => undefined };
  }
  const server = await receiver.start({ port: slack.port, ...(options.host ? { host: options.host } : {}) });
  const port = (server.address() as AddressInfo).port;
  deps.log.info('slack started in HTTP mode', { port, events: '/slack/events' });
  return { mode: 'http', port, sender, stop: () => receiver.stop() };
}

function calendarRoutes(feed: RequestHandler | undefined): CustomRoute[] {
  if (!feed) return [];
  const handler: CustomRoute['handler'] = (req, res) => {
    if (!feed(req, res)) res.writeHead(404).end();
  };
  return [{ path: '/calendar/:file', method: ['GET', 'HEAD'], handler }];
}
