/**
 * A loopback fake of the Slack Web API and of `response_url`, for tests that drive the
 * real `@slack/bolt` App and `@slack/web-api` WebClient. Plain node:http on 127.0.0.1,
 * a random port; nothing leaves the machine.
 *
 * ```ts
 * const slack = await startFakeSlack();
 * const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl });
 * slack.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' } });
 * // ... exercise the code ...
 * const post = await slack.waitFor((r) => r.method === 'chat.postMessage');
 * await slack.close();
 * ```
 *
 * - `apiUrl`: the value for `SLACK_API_URL` / `slackApiUrl` (`http://127.0.0.1:<port>/api/`).
 *   `POST /api/<method>` is recorded with `method` = the Web API method name.
 * - `responseUrl(id)`: a URL whose POSTs are recorded with `method` = `'response_url'` and
 *   `responseId` = id (Bolt's `respond()` posts there).
 * - `requests`: everything received, oldest first. `body` is the parsed JSON or form body;
 *   form fields holding JSON (`blocks`, `attachments`, ...) are parsed too.
 * - `script(method, ...responses)`: canned responses used in order before the defaults
 *   (method `'response_url'` scripts every response_url). A response is
 *   `{ status?, body?, headers? }`; status defaults to 200, body to the default's body.
 * - Defaults: `auth.test` -> a bot in team T0FAKE; `chat.postMessage` -> ok with a unique
 *   `ts`; `users.info` -> the user with `tz` from `setUserTimeZone` (else `defaultTimeZone`,
 *   initially 'Asia/Tokyo'); `response_url` -> `{ ok: true }`; any other method -> `{ ok: true }`.
 * - File uploads, the two-step way: `files.getUploadURLExternal` -> `{ upload_url, file_id }`
 *   (a URL on this fake); a POST there is recorded with `method` = `'upload'` and its bytes
 *   kept in `uploads` by file id (the file part of a multipart body, else the raw body);
 *   `files.completeUploadExternal` -> the file ids with a permalink.
 * - `waitFor(predicate, timeoutMs)`: resolves with the first recorded request (past or
 *   future) matching the predicate; rejects after timeoutMs (default 5000).
 * - `chat.postMessage` stores the message (with its `metadata`) in `messages`;
 *   `conversations.history` answers a channel's stored messages, newest first, with their
 *   metadata when `include_all_metadata` is set.
 * - A scripted response with `lateMs` is carried out as by default (the post is stored)
 *   and answered `lateMs` later: a client that timed out never learns it landed.
 * - `outage(isDown)`: while `isDown(method)` is true, every Web API call gets HTTP 500.
 * - `reset()`: forgets requests and scripts; `close()`: stops the server.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMultipart, parseMultipart } from './multipart.js';

export interface RecordedRequest {
  /** Web API method name (`chat.postMessage`) or `'response_url'`. */
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** For response_url requests: the id given to `responseUrl(id)`. */
  responseId?: string;
}

export interface UploadedBytes {
  fileId: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

export interface ScriptedResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Carry out the default (store the post), answer after this many ms. */
  lateMs?: number;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeSlack {
  apiUrl: string;
  responseUrl(id?: string): string;
  requests: RecordedRequest[];
  /** Bytes POSTed to upload URLs, by file id. */
  uploads: Map<string, UploadedBytes>;
  script(method: string, ...responses: ScriptedResponse[]): void;
  /** Posts stored by chat.postMessage, oldest first. */
  messages: StoredMessage[];
  outage(isDown: ((method: string) => boolean) | undefined): void;
  setUserTimeZone(userId: string, tz: string): void;
  /** users.info then says the user is a workspace admin. */
  setAdmin(userId: string): void;
  defaultTimeZone: string;
  waitFor(predicate: (request: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const requests: RecordedRequest[] = [];
  const scripts = new Map<string, ScriptedResponse[]>();
  const timeZones = new Map<string, string>();
  const admins = new Set<string>();
  const waiters = new Set<(request: RecordedRequest) => void>();
  const uploads = new Map<string, UploadedBytes>();
  const messages: StoredMessage[] = [];
  let isDown: ((method: string) => boolean) | undefined;
  let tsCounter = 0;
  let responseCounter = 0;
  let fileCounter = 0;

  const defaults = (method: string, body: Record<string, unknown>): unknown => {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://fake.slack.test/',
          team: 'Fake',
          user: 'tripbot',
          team_id: 'T0FAKE',
          user_id: 'U0BOT',
          bot_id: 'B0BOT',
        };
      case 'chat.postMessage': {
        tsCounter += 1;
        const ts = `1700000000.${String(tsCounter).padStart(6, '0')}`;
        const metadata = typeof body.metadata === 'string' ? tryJson(body.metadata) : body.metadata;
        messages.push({
          channel: String(body.channel),
          ts,
          text: String(body.text ?? ''),
          ...(metadata ? { metadata: metadata as StoredMessage['metadata'] } : {}),
        });
        return { ok: true, channel: body.channel, ts, message: { text: body.text } };
      }
      case 'conversations.history': {
        const withMetadata = String(body.include_all_metadata) === 'true';
        const found = messages
          .filter((m) => m.channel === String(body.channel))
          .reverse()
          .map((m) => ({
            type: 'message',
            ts: m.ts,
            text: m.text,
            bot_id: 'B0BOT',
            ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
          }));
        return { ok: true, messages: found, has_more: false };
      }
      case 'users.info': {
        const id = String(body.user ?? '');
        const tz = timeZones.get(id) ?? fake.defaultTimeZone;
        const isAdmin = admins.has(id);
        return {
          ok: true,
          user: {
            id,
            name: `user-${id}`,
            tz,
            tz_label: tz,
            tz_offset: 0,
            is_admin: isAdmin,
            is_owner: false,
          },
        };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F0FILE${++fileCounter}`;
        return { ok: true, upload_url: `${base}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof body.files === 'string' ? tryJson(body.files) : body.files) as { id: string }[];
        return {
          ok: true,
          files: (files ?? []).map((f) => ({
            id: f.id,
            title: (f as { title?: string }).title,
            permalink: `https://fake.slack.test/files/U0BOT/${f.id}`,
          })),
        };
      }
      default:
        return { ok: true };
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const bytes = await readBody(req);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const upload = /^\/upload\/(\w+)$/.exec(url.pathname);
    if (req.method === 'POST' && upload?.[1]) {
      receiveUpload(upload[1], bytes, req);
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
      return;
    }
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    const hook = /^\/response\/([\w-]+)$/.exec(url.pathname);
    if (req.method !== 'POST' || (!api && !hook)) {
      res.writeHead(404).end();
      return;
    }
    const method = api?.[1] ?? 'response_url';
    const body = parseBody(raw, req.headers['content-type']);
    const recorded: RecordedRequest = { method, path: url.pathname, headers: req.headers, body };
    if (hook?.[1]) recorded.responseId = hook[1];
    requests.push(recorded);
    const down = api && isDown?.(method);
    const scripted: ScriptedResponse | undefined = down
      ? { status: 500, body: { ok: false, error: 'internal_error' } }
      : scripts.get(method)?.shift();
    const status = scripted?.status ?? 200;
    const payload = scripted && 'body' in scripted ? scripted.body : defaults(method, body);
    if (scripted?.lateMs) await new Promise((resolve) => setTimeout(resolve, scripted.lateMs));
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...scripted?.headers });
    res.end(payload === undefined ? '' : JSON.stringify(payload));
    for (const waiter of waiters) waiter(recorded);
  }

  function receiveUpload(fileId: string, bytes: Buffer, req: IncomingMessage): void {
    const type = req.headers['content-type'];
    const file = isMultipart(type)
      ? parseMultipart(bytes, type ?? '').find((p) => p.filename !== undefined)
      : undefined;
    const received: UploadedBytes = file
      ? { fileId, ...file }
      : { fileId, data: bytes, ...(type ? { contentType: type } : {}) };
    uploads.set(fileId, received);
    const recorded: RecordedRequest = {
      method: 'upload',
      path: `/upload/${fileId}`,
      headers: req.headers,
      body: received,
    };
    requests.push(recorded);
    for (const waiter of waiters) waiter(recorded);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const fake: FakeSlack = {
    apiUrl: `${base}/api/`,
    responseUrl: (id) => `${base}/response/${id ?? `r${++responseCounter}`}`,
    requests,
    uploads,
    messages,
    outage: (fn) => void (isDown = fn),
    defaultTimeZone: 'Asia/Tokyo',
    script: (method, ...responses) => scripts.set(method, [...(scripts.get(method) ?? []), ...responses]),
    setUserTimeZone: (userId, tz) => void timeZones.set(userId, tz),
    setAdmin: (userId) => void admins.add(userId),
    waitFor: (predicate, timeoutMs = 5000) => {
      const seen = requests.find(predicate);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`fake Slack: no matching request within ${timeoutMs} ms (saw ${describe(requests)})`),
          );
        }, timeoutMs);
        const check = (request: RecordedRequest): void => {
          if (!predicate(request)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(request);
        };
        waiters.add(check);
      });
    },
    reset: () => {
      requests.length = 0;
      uploads.clear();
      scripts.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return fake;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { raw };
    }
  }
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return body;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function describe(requests: RecordedRequest[]): string {
  return requests.map((r) => r.responseId ?? r.method).join(', ') || 'nothing';
}
