import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import type { Health } from '../platforms/health.js';
import type { Metrics } from './metrics.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpServer {
  port: number;
  /** Routes `METHOD /path` to a handler (e.g. Slack's POST /slack/events, calendar feeds). */
  route(method: string, path: string, handler: Handler): void;
  close(): Promise<void>;
}

export interface HttpDeps {
  port: number;
  host?: string;
  health: Health;
  metrics: Metrics;
  log: Logger;
  /** Console mode: say where it listens at debug level only, keeping stderr clean. */
  quiet?: boolean;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * The HTTP port, in every mode: GET /healthz (the process answers), GET /readyz (200 while
 * every configured platform is up, else 503 naming the ones that are not), GET /metrics
 * (Prometheus text), and whatever else is routed to it.
 */
export async function startHttpServer(deps: HttpDeps): Promise<HttpServer> {
  const routes = new Map<string, Handler>();
  routes.set('GET /healthz', (_req, res) => json(res, 200, { ok: true }));
  routes.set('GET /readyz', (_req, res) => {
    const platforms = deps.health.snapshot();
    const down = Object.entries(platforms)
      .filter(([, s]) => s.state !== 'up')
      .map(([name, s]) => `${name} is ${s.state}${s.reason ? `: ${s.reason}` : ''}`);
    json(res, down.length ? 503 : 200, {
      ready: down.length === 0,
      platforms,
      ...(down.length ? { down } : {}),
    });
  });
  routes.set('GET /metrics', (_req, res) => {
    deps.metrics.registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
        res.end(text);
      },
      (error: unknown) => json(res, 500, { error: String(error) }),
    );
  });
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = routes.get(`${req.method ?? 'GET'} ${path}`);
    if (!handler) return json(res, 404, { error: 'not found' });
    try {
      handler(req, res);
    } catch (error) {
      deps.log.error('http handler failed', { path, error });
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(deps.port, deps.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  (deps.quiet ? deps.log.debug : deps.log.info)('http server listening', {
    port,
    endpoints: ['/healthz', '/readyz', '/metrics'],
  });
  return {
    port,
    route: (method, path, handler) => void routes.set(`${method.toUpperCase()} ${path}`, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
