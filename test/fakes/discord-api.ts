/**
 * A loopback fake of Discord's v10 HTTP API (and, through `./discord-gateway.ts`, its
 * gateway) for tests that drive the real discord.js client or `@discordjs/rest`.
 *
 * ```ts
 * const discord = await startFakeDiscord();
 * const rest = new REST({ api: discord.apiUrl }).setToken('test');   // or Client({ rest: { api } })
 * discord.script({ method: 'POST', path: /^\/channels\/1\/messages$/ }, rateLimited(0.01));
 * await rest.post(Routes.channelMessages('1'), { body: { content: 'hi' } });
 * const sent = await discord.waitFor((r) => r.path === '/channels/1/messages' && r.status === 200);
 * await discord.close();
 * ```
 *
 * - `apiUrl` is the REST base (`http://127.0.0.1:<port>/api`); clients append `/v10`.
 * - `requests` records every request in arrival order: method, `path` without the
 *   `/api/v10` prefix, query, headers, the JSON body (or multipart `payload_json`), the
 *   multipart file parts (`files`, bytes as sent) and the status the fake answered.
 * - Default answers: interaction callbacks (204, or 200 with `with_response=true`),
 *   webhook follow-ups and edits (a message), `POST /channels/{id}/messages` (200 with a
 *   unique id), bulk `PUT .../commands` (echo with ids), `GET /gateway/bot` (the fake
 *   gateway), anything else 404 `{ code: 0 }`.
 * - `script(match, response, times?)` queues a scripted answer for the next matching
 *   requests (`times` defaults to 1; `Infinity` for a permanent failure); helpers
 *   {@link rateLimited}, {@link serverError}, {@link unknownChannel}, {@link missingAccess},
 *   {@link answerLate} (the default answer, carried out at once and sent after a delay).
 * - `POST /channels/{id}/messages` stores the message in `messages`; with `enforce_nonce`
 *   and a nonce already used in that channel, it answers with the stored message and
 *   creates none, as Discord does.
 * - `outage(isDown)`: while `isDown(method, path)` is true, every request gets a 500
 *   (a test's clock decides how long the outage lasts).
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachFakeGateway, type FakeGateway } from './discord-gateway.js';
import { isMultipart, parseMultipart } from './multipart.js';

export const FAKE_APPLICATION_ID = '111111111111111111';
export const FAKE_BOT_USER_ID = '222222222222222222';
/** The bot's user, as messages and `GET /users/@me` show it. */
export const FAKE_BOT_USER = {
  id: FAKE_BOT_USER_ID,
  username: 'tripbot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, the multipart `payload_json`, or undefined. */
  body: unknown;
  /** Files of a multipart body (`files[n]` parts), bytes as received. */
  files: ReceivedFile[];
  /** The status the fake answered with, and the JSON it sent back. */
  status: number;
  response: unknown;
}

export interface ReceivedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (until close), to exercise client timeouts. */
  hang?: boolean;
  /** Carry out the request as by default (store the message) but answer after this many ms. */
  lateMs?: number;
}

/** The default answer, carried out at once, sent `ms` later (after the client's timeout). */
export function answerLate(ms: number): ScriptedResponse {
  return { status: 200, lateMs: ms };
}

export interface StoredMessage {
  id: string;
  channelId: string;
  nonce?: string;
  body: unknown;
}

export interface RequestMatch {
  method?: string;
  path: string | RegExp;
}

export interface FakeDiscord {
  apiUrl: string;
  applicationId: string;
  gateway: FakeGateway;
  requests: RecordedRequest[];
  script(match: RequestMatch, response: ScriptedResponse, times?: number): void;
  /** Messages created in channels, oldest first (a nonce replay creates none). */
  messages: StoredMessage[];
  outage(isDown: ((method: string, path: string) => boolean) | undefined): void;
  /** Resolves with the first recorded request (past or future) matching the predicate. */
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** A 429 as Discord sends it: Retry-After header (seconds) and the JSON body. */
export function rateLimited(retryAfterSeconds: number, global = false): ScriptedResponse {
  return {
    status: 429,
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global },
  };
}

export function serverError(status = 500): ScriptedResponse {
  return { status, body: { message: 'Internal Server Error', code: 0 } };
}

export function unknownChannel(): ScriptedResponse {
  return { status: 404, body: { message: 'Unknown Channel', code: 10003 } };
}

export function missingAccess(): ScriptedResponse {
  return { status: 403, body: { message: 'Missing Access', code: 50001 } };
}

interface Script {
  match: RequestMatch;
  response: ScriptedResponse;
  remaining: number;
}

let nextId = 300_000_000_000_000_000n;
const snowflake = () => String(nextId++);

function message(channelId: string, body: unknown): Record<string, unknown> {
  const sent = (body ?? {}) as Record<string, unknown>;
  return {
    id: snowflake(),
    channel_id: channelId,
    type: 0,
    content: sent.content ?? '',
    embeds: sent.embeds ?? [],
    flags: sent.flags ?? 0,
    author: FAKE_BOT_USER,
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    components: [],
    pinned: false,
  };
}

/** What Discord answers when nothing is scripted. */
function defaultAnswer(
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
  gatewayUrl: string,
): ScriptedResponse {
  const route = `${method} ${path}`;
  let m: RegExpMatchArray | null;
  if (route === 'GET /gateway/bot') {
    const limit = { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 };
    return { status: 200, body: { url: gatewayUrl, shards: 1, session_start_limit: limit } };
  }
  if (route === 'GET /gateway') return { status: 200, body: { url: gatewayUrl } };
  if ((m = route.match(/^POST \/interactions\/(\d+)\/[^/]+\/callback$/))) {
    if (query.get('with_response') !== 'true') return { status: 204 };
    return {
      status: 200,
      body: { interaction: { id: m[1], type: 2 }, resource: { type: (body as { type?: number })?.type } },
    };
  }
  if (
    (m = route.match(
      /^(?:POST \/webhooks\/\d+\/[^/]+|(?:PATCH|GET) \/webhooks\/\d+\/[^/]+\/messages\/[^/]+)$/,
    ))
  ) {
    return { status: 200, body: message('0', body) };
  }
  if (route.match(/^DELETE \/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/)) return { status: 204 };
  if ((m = route.match(/^POST \/channels\/(\d+)\/messages$/)))
    return { status: 200, body: message(m[1] ?? '0', body) };
  if (route.match(/^PUT \/applications\/\d+(?:\/guilds\/\d+)?\/commands$/)) {
    const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
    return {
      status: 200,
      body: list.map((command) => ({ ...command, id: snowflake(), version: snowflake() })),
    };
  }
  if (route === 'GET /users/@me') return { status: 200, body: message('0', undefined).author };
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: ReceivedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return { body: undefined, files: [] };
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (isMultipart(type)) {
    const parts = parseMultipart(raw, type);
    const payload = parts.find((p) => p.name === 'payload_json');
    const files = parts
      .filter((p) => p.filename !== undefined)
      .map((p) => ({
        field: p.name,
        filename: p.filename ?? '',
        contentType: p.contentType ?? '',
        data: p.data,
      }));
    return { body: payload ? JSON.parse(payload.data.toString('utf8')) : undefined, files };
  }
  return { body: type.includes('json') ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8'), files: [] };
}

function matches(match: RequestMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const scripts: Script[] = [];
  const waiters = new Set<(request: RecordedRequest) => void>();
  const messages: StoredMessage[] = [];
  let isDown: ((method: string, path: string) => boolean) | undefined;
  let gatewayUrl = '';

  /** The default answer, storing posted messages and honouring enforce_nonce. */
  const carryOut = (
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
  ): ScriptedResponse => {
    const post = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method !== 'POST' || !post) return defaultAnswer(method, path, query, body, gatewayUrl);
    const channelId = post[1] ?? '0';
    const sent = (body ?? {}) as { nonce?: string | number; enforce_nonce?: boolean };
    const nonce = sent.nonce === undefined ? undefined : String(sent.nonce);
    const earlier =
      sent.enforce_nonce && nonce !== undefined
        ? messages.find((m) => m.channelId === channelId && m.nonce === nonce)
        : undefined;
    if (earlier) return { status: 200, body: { ...message(channelId, earlier.body), id: earlier.id, nonce } };
    const created: Record<string, unknown> = {
      ...message(channelId, body),
      ...(nonce !== undefined ? { nonce } : {}),
    };
    messages.push({ id: String(created.id), channelId, ...(nonce !== undefined ? { nonce } : {}), body });
    return { status: 200, body: created };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    const { body, files } = await readBody(req);
    const down = isDown?.(method, path) ? serverError() : undefined;
    const scripted = down
      ? undefined
      : scripts.find((s) => s.remaining > 0 && matches(s.match, method, path));
    if (scripted) scripted.remaining -= 1;
    let answer = down ?? scripted?.response ?? carryOut(method, path, url.searchParams, body);
    const lateMs = answer.lateMs;
    if (lateMs !== undefined) answer = carryOut(method, path, url.searchParams, body);
    const recorded: RecordedRequest = {
      method,
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      files,
      status: answer.status,
      response: answer.body,
    };
    requests.push(recorded);
    for (const waiter of [...waiters]) waiter(recorded);
    if (answer.hang) return;
    if (lateMs) await new Promise((resolve) => setTimeout(resolve, lateMs));
    if (res.destroyed) return;
    const headers = { ...answer.headers };
    if (answer.body !== undefined) headers['content-type'] = 'application/json';
    res.writeHead(answer.status, headers);
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `fake discord failed: ${String(error)}`, code: 0 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const gateway = attachFakeGateway(server, base, {
    applicationId: FAKE_APPLICATION_ID,
    botUserId: FAKE_BOT_USER_ID,
  });
  gatewayUrl = gateway.url;

  return {
    apiUrl: `${base}/api`,
    applicationId: FAKE_APPLICATION_ID,
    gateway,
    requests,
    messages,
    outage: (fn) => void (isDown = fn),
    script(match, response, times = 1) {
      scripts.push({ match, response, remaining: times });
    },
    waitFor(predicate, timeoutMs = 5000) {
      const seen = requests.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = (request: RecordedRequest) => {
          if (!predicate(request)) return;
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve(request);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seenSoFar = requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join('\n  ');
          reject(new Error(`fake discord: no matching request within ${timeoutMs} ms; saw:\n  ${seenSoFar}`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async close() {
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
