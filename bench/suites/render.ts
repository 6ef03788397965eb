import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderAsync } from '@resvg/resvg-js';
import ical from 'ical-generator';
import { Bench } from 'tinybench';
import type { Library } from '../../src/query/library.js';
import { createCalendarFeed } from '../../src/http/calendar-feed.js';
import { calendarStays, travelerOf } from '../../src/render/calendar-input.js';
import { RESVG_OPTIONS, renderRouteMap, routeMapSvg } from '../../src/render/route-map.js';
import { routeMapInput } from '../../src/render/route-map-input.js';
import type { Row, Scale } from '../lib/report.js';
import { SAMPLING, rowOf } from './commands.js';

/**
 * A route map (adapter, projection, SVG, resvg, PNG) beside a bare resvg render of the same
 * SVG with the same fonts: what our drawing adds to the rasteriser's own cost.
 */
export async function benchMap(library: Library, scale: Scale): Promise<Row[]> {
  const trips = library.trips.filter((t) => t.itinerary.stops.length > 1);
  const svgs = trips.slice(0, 20).map((t) => routeMapSvg(routeMapInput(t)).svg);
  const bench = new Bench({ ...SAMPLING, throws: true });
  let i = 0;
  let j = 0;
  bench.add(
    'route map PNG',
    async () => (await renderRouteMap(routeMapInput(trips[(i++ % 20) % trips.length]!))).png,
  );
  bench.add('bare resvg, same SVG', async () =>
    (await renderAsync(svgs[j++ % svgs.length]!, RESVG_OPTIONS)).asPng(),
  );
  await bench.run();
  const [ours, bare] = bench.tasks.map((t) => rowOf(t, 'map', t.name, scale));
  ours!.note = `${Math.min(20, trips.length)} trips in turn, 800×520; ${(ours!.p50 / bare!.p50).toFixed(2)}× bare resvg at p50`;
  bare!.note = 'the SVG drawn beforehand; same resvg call and options (committed fonts, no system fonts)';
  return [ours!, bare!];
}

function request(url: string): IncomingMessage {
  return { url, method: 'GET', headers: {} } as IncomingMessage;
}

function sink(): ServerResponse & { bytes: number } {
  const res = {
    bytes: 0,
    writeHead() {
      return res;
    },
    end(body?: Buffer) {
      res.bytes = body?.length ?? 0;
      return res;
    },
  };
  return res as unknown as ServerResponse & { bytes: number };
}

/**
 * GET /calendar/secretary.ics with a cold cache (every Secretary trip: adapter, ical-generator,
 * ETag) beside a bare ical-generator call over the same stays, computed beforehand.
 */
export async function benchFeed(library: Library, scale: Scale): Promise<Row[]> {
  const trips = library.trips.filter((t) => travelerOf(t).role === 'secretary');
  const stays = trips.flatMap(calendarStays);
  const stamp = new Date('2024-01-01T00:00:00Z');
  const bench = new Bench({ ...SAMPLING, throws: true });
  let bytes = 0;
  bench.add('secretary.ics feed (cold)', () => {
    const res = sink();
    createCalendarFeed(library)(request('/calendar/secretary.ics'), res);
    bytes = res.bytes;
  });
  const warm = createCalendarFeed(library);
  warm.warm();
  bench.add('secretary.ics feed (built at start-up)', () => {
    warm(request('/calendar/secretary.ics'), sink());
  });
  bench.add('bare ical-generator, same stays', () => {
    const calendar = ical({ name: 'bare' });
    for (const s of stays)
      calendar.createEvent({
        id: s.uid,
        allDay: true,
        start: new Date(`${s.from}T00:00:00Z`),
        end: new Date(Date.parse(`${s.to}T00:00:00Z`) + 86_400_000),
        stamp,
        summary: s.title,
        description: s.sources.join('\n'),
        location: { title: `${s.city}, ${s.country}`, ...(s.geo ? { geo: s.geo } : {}) },
      });
    return calendar.toString();
  });
  await bench.run();
  const [ours, served, bare] = bench.tasks.map((t) => rowOf(t, 'calendar', t.name, scale));
  ours!.note = `${trips.length} Secretary trips, ${stays.length} events, ${Math.round(bytes / 1024)} KiB; ${(ours!.p50 / bare!.p50).toFixed(2)}× bare at p50`;
  served!.note = 'what a subscriber waits for: the feed warmed when tripbot starts, then cached';
  bare!.note = 'stays computed beforehand; no adapter, no hashing; the library folds lines itself';
  return [ours!, served!, bare!];
}
