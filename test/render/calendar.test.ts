/** The calendar, read back with node-ical: one all-day event per stay, dates and UIDs right, feeds with 304. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarFeed, serveHandler } from '../../src/http/calendar-feed.js';
import { foldLines } from '../../src/render/calendar.js';
import { ask, DURING_TRIP, pageItinerary, tripLibrary } from '../fixtures/trip.js';
import { runText } from '../../commands/dispatch.js';
import { Library } from '../../src/query/library.js';
import { PAGE_DATES_NOTE } from '../../src/query/stays.js';

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

/** [location, first day, day after the last day], by first day then place: the order of an .ics file is free. */
const byDayThenPlace = (a: string[], b: string[]) =>
  (a[1] ?? '').localeCompare(b[1] ?? '') || (a[0] ?? '').localeCompare(b[0] ?? '');
const stays = (parsed: VEvent[]) =>
  parsed
    .map((e) => [
      typeof e.location === 'string' ? e.location : (e.location?.val ?? ''),
      day(e.start),
      day(e.end),
    ])
    .sort(byDayThenPlace);

// The merged trip: every stay dated by the Historian's record (local dates, records 4177-4183
// and 4189 of secretary-travels/blinken-antony-j.xml), places as the record names them.
// DTEND is the day after the last day.
const STAYS = [
  ['Amman, Jordan', '2023-11-03', '2023-11-05'], // 4178: Nov 3-4
  ['Tel Aviv, Israel', '2023-11-03', '2023-11-04'], // 4177: Nov 3
  ['Ankara, Türkiye', '2023-11-05', '2023-11-07'], // 4189: Nov 5-6
  ['Baghdad, Iraq', '2023-11-05', '2023-11-06'], // 4180: Nov 5
  ['Ramallah, West Bank', '2023-11-05', '2023-11-06'], // 4179: Nov 5
  ['Tokyo, Japan', '2023-11-07', '2023-11-09'], // 4181: Nov 7-8
  ['Seoul, Korea, Republic of', '2023-11-08', '2023-11-10'], // 4182: Nov 8-9
  ['New Delhi, India', '2023-11-09', '2023-11-11'], // 4183: Nov 9-10
];

// The trip page alone: Washington publication dates, Ramallah and Ankara inferred.
const PAGE_STAYS = [
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
    expect(stays(parsed)).toEqual(STAYS);
    const tokyo = parsed.find((e) => e.location === 'Tokyo, Japan');
    expect(tokyo?.summary).toBe('Secretary Blinken in Tokyo, Japan');
    expect(tokyo?.uid).toBe('2023-11-02-blinken-middle-east-asia/tokyo@tripbot');
    expect(tokyo?.geo).toEqual({ lat: 35.685, lon: 139.7514 });
    expect(tokyo?.description).toContain('Kishida Fumio (Prime Minister, Japan)');
    // Record 4181 gives local dates, Nov 7-8; the page's documents are dated Nov 7-8 too.
    expect(tokyo?.description).toContain(
      "Dates: documented: Historian record 4181, local dates; the trip page's documents agree",
    );
    expect(tokyo?.description).not.toContain('ahead of Washington');
    expect(tokyo?.description).toContain(
      'Sources:\n- Office of the Historian, record 4181: Met with Prime Minister Kishida Fumio and participated in the G7 Foreign Ministers’ Meeting.',
    );
    expect(tokyo?.description).toMatch(/\n- November \d, 2023: .+\(State Department trip page\)/);
    // Ankara: record 4189 (Nov 5-6) replaces the page's inference (Nov 6), and says so.
    const ankara = parsed.find((e) => e.location === 'Ankara, Türkiye');
    expect(ankara?.description).toContain(
      'Dates: documented: Historian record 4189, local dates; the trip page itself gives no date: it inferred November 6, 2023',
    );
    expect(ankara?.description).toContain('Hakan Fidan (Foreign Minister, Türkiye)');
    const ramallah = parsed.find((e) => e.location === 'Ramallah, West Bank');
    expect(ramallah?.description).toContain('record 4179, local dates; the trip page itself gives no date');
    expect(outcome.reply.sources).toContain(
      'Historian dates are local calendar dates (Office of the Historian, U.S. Department of State).',
    );
  });

  it('the trip page alone: Washington publication dates, its inferences and the local-day caveat', async () => {
    const outcome = await runText('calendar', {
      library: new Library([pageItinerary()]),
      timeZone: 'America/New_York',
      channel: { platform: 'console' },
      now: DURING_TRIP,
    });
    const parsed = events(outcome.reply.attachment?.data.toString('utf8') ?? '');
    expect(stays(parsed)).toEqual([...PAGE_STAYS].sort(byDayThenPlace));
    const tokyo = parsed.find((e) => e.location === 'Tokyo, Japan');
    // Dates rest on Washington publication dates; Tokyo (UTC+9) is 14h ahead of Washington (EST).
    expect(tokyo?.description).toContain('Washington publication dates');
    expect(tokyo?.description).toContain(
      'Tokyo is 14h ahead of Washington: an event dated here in Washington time may fall on the next local day.',
    );
    const ankara = parsed.find((e) => e.location === 'Ankara, Türkiye');
    expect(ankara?.description).toContain('Dates: inferred:');
    const telAviv = parsed.find((e) => e.location === 'Tel Aviv, Israel');
    // Nov 3, 2023: Israel is on IST (UTC+2), Washington still on EDT (UTC-4, until Nov 5): 6h.
    expect(telAviv?.description).toContain('Tel Aviv is 6h ahead of Washington');
    expect(outcome.reply.sources).toContain(PAGE_DATES_NOTE);
  });

  it('is the same file whenever it is asked (stable UIDs and stamps)', async () => {
    const early = new Date('2024-01-01T00:00:00Z');
    const late = new Date('2026-06-01T00:00:00Z');
    const a = await ask('calendar 2023-11-02-blinken-middle-east-asia', early);
    const b = await ask('calendar 2023-11-07', late);
    expect(a.reply.attachment?.data.toString()).toBe(b.reply.attachment?.data.toString());
    const c = await ask('calendar 2023', early);
    const d = await ask('calendar 2023', late);
    expect(c.reply.attachment?.data.toString()).toBe(d.reply.attachment?.data.toString());
  });

  it('a name: every trip of that Secretary, one event per record (216 in kissinger-henry-a.xml)', async () => {
    const outcome = await ask('calendar kissinger');
    expect(outcome.ok, outcome.reply.title).toBe(true);
    const parsed = events(outcome.reply.attachment?.data.toString('utf8') ?? '');
    expect(parsed).toHaveLength(216);
    // His first and last records in date order: 977 (Moscow, Oct 20-22, 1973) and 1192 (London, Dec 10-12, 1976).
    expect(stays(parsed).at(0)).toEqual(['Moscow, U.S.S.R.', '1973-10-20', '1973-10-23']);
    expect(stays(parsed).at(-1)).toEqual(['London, United Kingdom', '1976-12-10', '1976-12-13']);
    // The chat answer lists 20 and says how many more the file holds.
    const lines = outcome.reply.sections[0]?.lines ?? [];
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('… and 196 more in kissinger.ics (all of them: --json)');
    expect((outcome.data as { stays: unknown[] }).stays).toHaveLength(216);
  });

  it.each([
    // The Secretaries' record begins on 1866-01-09: nothing began in 1865.
    ['calendar 1865', 'NOT_FOUND'],
    // Jefferson was Secretary in 1790-93, long before the record begins.
    ['calendar jefferson', 'NOT_FOUND'],
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
    // Every stay of every Secretary: the 3,439 records of secretary-travels/*.xml less the two
    // exact duplicates (4019 = 3992, 4020 = 3993). node-ical keys events by UID, so this also
    // says no two stays share a UID.
    expect(parsed).toHaveLength(3437);
    const tokyo2021 = parsed.filter((e) => e.location === 'Tokyo, Japan' && day(e.start) === '2021-03-15');
    expect(tokyo2021).toHaveLength(1);
    expect(tokyo2021[0]?.description).toContain('Historian records 3992, 4019');
    expect(stays(parsed.filter((e) => e.uid.startsWith('2023-11-02-blinken-middle-east-asia/')))).toEqual(
      STAYS,
    );

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
    // Counts from the XML: 241 records in blinken-antony-j.xml, less the duplicates 4019 and 4020.
    ['/calendar/secretary.ics?person=blinken', 200, 239],
    // His records from 2023-01-08 (4120) on; no trip runs across a new year.
    ['/calendar/secretary.ics?person=blinken-antony-j&from=2023', 200, 144],
    // Blinken's 85 records from 2024-01-04 on, and Rubio's 9 (2025).
    ['/calendar/secretary.ics?from=2024', 200, 94],
    // 832 records in president-travels/*.xml, no duplicates among them.
    ['/calendar/president.ics', 200, 832],
    // The Presidents' record ends on 2024-12-04: an empty feed, not an error.
    ['/calendar/president.ics?from=2025', 200, 0],
    // 216 records in kissinger-henry-a.xml.
    ['/calendar/secretary.ics?person=kissinger', 200, 216],
    ['/calendar/president.ics?person=kissinger', 404, 0],
    ['/calendar/secretary.ics?person=jefferson', 404, 0],
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
