/**
 * Subscribable calendar feeds: `GET /calendar/secretary.ics` and `/calendar/president.ics`,
 * optionally `?from=YYYY` (trips that began that year or later) and `?person=slug`
 * ("blinken", or the Historian's slug "blinken-antony-j"). A plain Node handler that
 * returns false for paths it does not serve, so any server (Bolt's HTTP receiver,
 * node:http) can mount it.
 * ETag is a hash of the body, so an unchanged feed answers 304 to If-None-Match;
 * Last-Modified is when this process loaded the library.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HttpServer } from './server.js';
import type { Library } from '../query/library.js';
import { renderCalendar } from '../render/calendar.js';
import { calendarStays, stampOf, travelerOf, type TravelerRole } from '../render/calendar-input.js';
import { slug } from '../itinerary/text.js';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface CalendarFeed extends RequestHandler {
  /** Builds the two default feeds ahead of the first subscriber (~0.05 ms a stay). */
  warm(): void;
}

interface Feed {
  body: Buffer;
  etag: string;
}

const PATH = /^\/calendar\/(secretary|president)\.ics$/;
const CONTENT_TYPE = 'text/calendar; charset=utf-8';
const MAX_CACHED = 200;

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): true {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
  return true;
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function createCalendarFeed(library: Library, loadedAt: Date = new Date()): CalendarFeed {
  const lastModified = new Date(Math.floor(loadedAt.getTime() / 1000) * 1000);
  const cache = new Map<string, Feed>();

  function build(role: TravelerRole, from: string | undefined, person: string | undefined): Feed | undefined {
    const trips = library.trips.filter((t) => {
      const traveler = travelerOf(t);
      if (traveler.role !== role) return false;
      if (from && t.itinerary.trip.firstDay.slice(0, 4) < from) return false;
      return (
        !person ||
        traveler.person === person ||
        slug(traveler.familyName) === person ||
        slug(traveler.name) === person
      );
    });
    if (person && trips.length === 0) return undefined;
    const who = role === 'president' ? 'the President' : 'the Secretary of State';
    const body = Buffer.from(
      renderCalendar({
        name: `tripbot: foreign travel of ${who}${person ? ` (${person})` : ''}${from ? ` since ${from}` : ''}`,
        description: 'One all-day event per stay, from the State Department and the Office of the Historian.',
        stays: trips.flatMap(calendarStays),
        stamp: stampOf(trips),
      }),
      'utf8',
    );
    return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  }

  function cached(
    role: TravelerRole,
    from: string | undefined,
    person: string | undefined,
  ): Feed | undefined {
    const key = `${role}|${from ?? ''}|${person ?? ''}`;
    let feed = cache.get(key);
    if (!feed) {
      feed = build(role, from, person);
      if (!feed) return undefined;
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(key, feed);
    }
    return feed;
  }

  const handler: RequestHandler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const role = PATH.exec(url.pathname)?.[1] as TravelerRole | undefined;
    if (!role) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return plain(res, 405, 'Use GET.', { allow: 'GET, HEAD' });
    const from = url.searchParams.get('from') ?? undefined;
    if (from !== undefined && !/^\d{4}$/.test(from))
      return plain(res, 400, 'from must be a year: ?from=2021');
    const person = url.searchParams.get('person') ?? undefined;
    if (person !== undefined && !/^[a-z0-9-]{1,80}$/.test(person))
      return plain(res, 400, 'person must be a slug: ?person=blinken');
    const feed = cached(role, from, person);
    if (!feed) return plain(res, 404, `No ${role} named "${person}" in the record.`);
    const headers = {
      etag: feed.etag,
      'last-modified': lastModified.toUTCString(),
      'cache-control': 'public, max-age=3600',
    };
    const noneMatch = req.headers['if-none-match'];
    const modifiedSince = Date.parse(req.headers['if-modified-since'] ?? '');
    const fresh = noneMatch ? etagMatches(noneMatch, feed.etag) : modifiedSince >= lastModified.getTime();
    if (fresh) {
      res.writeHead(304, headers).end();
      return true;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPE,
      'content-length': String(feed.body.length),
    });
    res.end(req.method === 'HEAD' ? undefined : feed.body);
    return true;
  };
  return Object.assign(handler, {
    warm: () => {
      cached('secretary', undefined, undefined);
      cached('president', undefined, undefined);
    },
  });
}

/** A tiny server for the feeds when no other HTTP server runs (Slack in Socket Mode, Discord only). */
export function serveHandler(handler: RequestHandler, port: number, host?: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (!handler(req, res)) plain(res, 404, 'Not found.');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

/** GET and HEAD /calendar/{secretary,president}.ics on the process's HTTP server, in every mode. */
export function routeCalendarFeed(http: Pick<HttpServer, 'route'>, feed: RequestHandler): void {
  for (const method of ['GET', 'HEAD']) {
    for (const file of ['secretary.ics', 'president.ics']) {
      http.route(method, `/calendar/${file}`, (req, res) => {
        if (!feed(req, res)) res.writeHead(404).end();
      });
    }
  }
}
