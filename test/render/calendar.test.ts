/** The calendar, read back with node-ical: one all-day event per stay, dates and UIDs right, feeds with 304. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarFeed, serveHandler } from '../../src/http/calendar-feed.js';
import { foldLines } from '../../src/render/calendar.js';
import { ask, tripLibrary } from '../fixtures/trip.js';

const events = (text: string): VEvent[] =>
  Object.values(ical.sync.parseICS(text))
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.uid.localeCompare(b.uid));

/** An all-day DATE value as YYYY-MM-DD (node-ical makes it a local midnight). */
const day = (d: (Date & { dateOnly?: boolean }) | undefined) =>
  !d
    ? 'missing'
    : d.dateOnly
      ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
      : `not all-day: ${d.toISOString()}`;

// Stays as the trip page documents or infers them; DTEND is the day after the last day.
const STAYS = [
  ['Tel Aviv, Israel', '2023-11-03', '2023-11-04'],
  ['Amman, Jordan', '2023-11-04', '2023-11-05'],
  ['Ramallah, West Bank', '2023-11-04', '2023-11-06'],
  ['Baghdad, Iraq', '2023-11-05', '2023-11-06'],
  ['Ankara, Türkiye', '2023-11-06', '2023-11-07'],
  ['Tokyo, Japan', '2023-11-07', '2023-11-09'],
  ['Seoul, Republic of Korea', '2023-11-08', '2023-11-10'],
  ['New Delhi, India', '2023-11-09', '2023-11-11'],
];

describe('/trip calendar', () => {
  it('the Nov 2023 trip: one all-day event per stay, ending the day after the last day', async () => {
    const outcome = await ask('calendar 2023-11-07');
    const file = outcome.reply.attachment;
    expect(file?.filename).toBe('2023-11-02-blinken-middle-east-asia.ics');
    expect(file?.contentType).toBe('text/calendar');
    const parsed = events(file?.data.toString('utf8') ?? '');
    expect(parsed.map((e) => [e.location, day(e.start), day(e.end)])).toEqual(STAYS);
    const tokyo = parsed.find((e) => e.location === 'Tokyo, Japan');
    expect(tokyo?.summary).toBe('Secretary Blinken in Tokyo, Japan');
    expect(tokyo?.uid).toBe('2023-11-02-blinken-middle-east-asia/tokyo@tripbot');
    expect(tokyo?.geo).toEqual({ lat: 35.685, lon: 139.7514 });
    expect(tokyo?.description).toContain('Kishida Fumio (Prime Minister, Japan)');
    // Dates rest on Washington publication dates; Tokyo (UTC+9) is 14h ahead of Washington (EST).
    expect(tokyo?.description).toContain(
      'Dates: documented; Washington publication dates; Tokyo is 14h ahead of Washington: an event dated here in Washington time may fall on the next local day.',
    );
    expect(tokyo?.description).toMatch(/Sources:\n- November \d, 2023: .+\(State Department trip page\)/);
    const ankara = parsed.find((e) => e.location === 'Ankara, Türkiye');
    expect(ankara?.description).toContain('Dates: inferred:');
    const telAviv = parsed.find((e) => e.location === 'Tel Aviv, Israel');
    // Nov 3, 2023: Israel is on IST (UTC+2), Washington still on EDT (UTC-4, until Nov 5): 6h.
    expect(telAviv?.description).toContain('Tel Aviv is 6h ahead of Washington');
  });

  it('is the same file whenever it is asked (stable UIDs and stamps)', async () => {
    const a = await ask('calendar 2023', new Date('2024-01-01T00:00:00Z'));
    const b = await ask('calendar blinken', new Date('2026-06-01T00:00:00Z'));
    expect(a.reply.attachment?.data.toString()).toBe(b.reply.attachment?.data.toString());
  });

  it.each([
    ['calendar 1999', 'NOT_FOUND'],
    ['calendar kissinger', 'NOT_FOUND'],
  ])('%s: %s', async (text, code) => {
    expect((await ask(text)).reply.code).toBe(code);
  });
});

describe('line folding (RFC 5545 3.1)', () => {
  it('folds at 75 octets without splitting a character; unfolding gives the line back', () => {
    const line = `DESCRIPTION:${'Secretary Blinken’s Meeting with Türkiye’s Foreign Minister 🇹🇷 — '.repeat(9)}`;
    const folded = foldLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    const physical = folded.split('\r\n');
    for (const l of physical) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
      expect(l).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(physical.length).toBeGreaterThan(10);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
  });

  it('every line of a real calendar is within 75 octets', async () => {
    const ics = (await ask('calendar 2023')).reply.attachment?.data.toString('utf8') ?? '';
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(ics.endsWith('END:VCALENDAR')).toBe(true);
  });
});

describe('GET /calendar/{secretary,president}.ics', () => {
  let server: Server;
  let base: string;
  const loadedAt = new Date('2026-01-02T03:04:05Z');
  beforeAll(async () => {
    server = await serveHandler(createCalendarFeed(tripLibrary(), loadedAt), 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the Secretary feed with the right type, ETag and Last-Modified; 304 when unchanged', async () => {
    const response = await fetch(`${base}/calendar/secretary.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('last-modified')).toBe('Fri, 02 Jan 2026 03:04:05 GMT');
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const parsed = events(await response.text());
    expect(parsed.map((e) => [e.location, day(e.start), day(e.end)])).toEqual(STAYS);

    const again = await fetch(`${base}/calendar/secretary.ics`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const weak = await fetch(`${base}/calendar/secretary.ics`, {
      headers: { 'if-none-match': `"x", W/${etag}` },
    });
    expect(weak.status).toBe(304);
    const since = await fetch(`${base}/calendar/secretary.ics`, {
      headers: { 'if-modified-since': 'Fri, 02 Jan 2026 03:04:05 GMT' },
    });
    expect(since.status).toBe(304);
    const stale = await fetch(`${base}/calendar/secretary.ics`, { headers: { 'if-none-match': '"old"' } });
    expect(stale.status).toBe(200);
  });

  it.each([
    ['/calendar/secretary.ics?person=blinken', 200, 8],
    ['/calendar/secretary.ics?person=antony-j-blinken&from=2023', 200, 8],
    ['/calendar/secretary.ics?from=2024', 200, 0],
    ['/calendar/president.ics', 200, 0],
    ['/calendar/secretary.ics?person=kissinger', 404, 0],
    ['/calendar/secretary.ics?from=last-year', 400, 0],
    ['/calendar/senator.ics', 404, 0],
  ])('%s: %i with %i events', async (path, status, count) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(status);
    const text = await response.text();
    if (status === 200) expect(events(text)).toHaveLength(count);
  });

  it('refuses other methods', async () => {
    const response = await fetch(`${base}/calendar/secretary.ics`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
