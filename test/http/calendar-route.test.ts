/**
 * The calendar feeds on the process's own HTTP server (every mode, not only Slack's HTTP
 * mode), parsed with node-ical. Expected count from the XML: 6 presidential records start
 * in 2024 (president-travels/biden-joseph-r.xml), all in trips that began in 2024.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ical from 'node-ical';
import { startHttpServer, type HttpServer } from '../../src/http/server.js';
import { createCalendarFeed, routeCalendarFeed } from '../../src/http/calendar-feed.js';
import { createHealth } from '../../src/platforms/health.js';
import { createMetrics } from '../../src/http/metrics.js';
import { silentLogger } from '../../src/log.js';
import { tripLibrary } from '../fixtures/trip.js';

describe('GET /calendar/*.ics on the HTTP server', () => {
  let http: HttpServer;
  let base: string;
  beforeAll(async () => {
    http = await startHttpServer({
      port: 0,
      host: '127.0.0.1',
      health: createHealth(),
      metrics: createMetrics({ defaults: false }),
      log: silentLogger,
    });
    routeCalendarFeed(http, createCalendarFeed(tripLibrary()));
    base = `http://127.0.0.1:${http.port}`;
  });
  afterAll(() => http.close());

  it('serves the presidential feed from 2024 with its six stays, then 304 for a matching ETag', async () => {
    const response = await fetch(`${base}/calendar/president.ics?from=2024`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await response.text())).filter(
      (c) => c?.type === 'VEVENT',
    );
    expect(events).toHaveLength(6);
    const etag = response.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/calendar/president.ics?from=2024`, {
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
  });

  it('leaves the health endpoints and unknown paths as they were', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/calendar/other.ics`)).status).toBe(404);
  });
});
