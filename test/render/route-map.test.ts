/** The route map, read back from the PNG with pngjs: pixels where the sources put the stops. */
import { geoInterpolate } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { renderRouteMap, routeMapSvg, type RouteMapInput } from '../../src/render/route-map.js';
import { routeMapInput } from '../../src/render/route-map-input.js';
import { THEMES } from '../../src/render/map-theme.js';
import { decodePng, distance } from '../fixtures/png.js';
import { TRIP_ID, pageItinerary, tripLibrary } from '../fixtures/trip.js';
import { Library } from '../../src/query/library.js';

function blinkenTrip(): RouteMapInput {
  const trip = tripLibrary().findTrip(TRIP_ID);
  if (!trip) throw new Error('the committed trip is missing');
  return routeMapInput(trip);
}

/** The same journey as the trip page alone gives it: Ramallah and Ankara inferred. */
function pageOnlyTrip(): RouteMapInput {
  const trip = new Library([pageItinerary()]).findTrip(TRIP_ID);
  if (!trip) throw new Error('the page itinerary is missing');
  return routeMapInput(trip);
}

// Coordinates as the gazetteer and any atlas give them (degrees north, east).
const SOURCES = {
  'Tel Aviv, Israel': [32.08, 34.78],
  'Baghdad, Iraq': [33.34, 44.39],
  'Ankara, Türkiye': [39.93, 32.86],
  'Tokyo, Japan': [35.68, 139.75],
  'New Delhi, India': [28.6, 77.2],
} as const;

describe('route map of the Nov 2023 trip', () => {
  it('follows the route in order, stops where the sources put them', () => {
    const { layout } = routeMapSvg(blinkenTrip());
    expect(layout.points.map((p) => p.label.split(',')[0])).toEqual([
      'Tel Aviv',
      'Amman',
      'Ramallah',
      'Baghdad',
      'Ankara',
      'Tokyo',
      'Seoul',
      'New Delhi',
    ]);
    for (const [label, [lat, lon]] of Object.entries(SOURCES)) {
      const point = layout.points.find((p) => p.label === label);
      expect(point?.lat).toBeCloseTo(lat, 1);
      expect(point?.lon).toBeCloseTo(lon, 1);
    }
    const x = (label: string) => layout.points.find((p) => p.label.startsWith(label))?.x ?? NaN;
    const y = (label: string) => layout.points.find((p) => p.label.startsWith(label))?.y ?? NaN;
    // North is up and east is right: Ankara above Baghdad, Tokyo right of Seoul right of New Delhi.
    expect(y('Ankara')).toBeLessThan(y('Baghdad'));
    expect(x('Tokyo')).toBeGreaterThan(x('Seoul'));
    expect(x('Seoul')).toBeGreaterThan(x('New Delhi'));
    expect(x('New Delhi')).toBeGreaterThan(x('Baghdad'));
    expect(layout.bounds).toMatchObject({ south: 28.6, north: 39.9272, west: 32.8644, east: 139.7514 });
    expect(layout.notOnMap).toEqual([]);
    // The Historian's records (4177-4183, 4189) date every stop of the merged trip.
    expect(layout.points.map((p) => p.basis)).toEqual(Array(8).fill('documented'));
  });

  it.each(['light', 'dark'] as const)(
    '%s: the PNG has the stops and the arcs; every stop a documented dot',
    async (name) => {
      const theme = THEMES[name];
      const map = await renderRouteMap(blinkenTrip(), { theme: name });
      const image = decodePng(map.png);
      expect([image.width, image.height]).toEqual([800, 520]);
      const pixelAt = (lon: number, lat: number) => {
        const [px, py] = map.project(lon, lat) ?? [NaN, NaN];
        return image.at(px, py);
      };
      // Documented stops: solid route-coloured dots at their projected coordinates. Ankara,
      // which the page alone only infers, is documented by the Historian's record 4189.
      for (const label of ['Baghdad, Iraq', 'Tokyo, Japan', 'New Delhi, India', 'Ankara, Türkiye'] as const) {
        const [lat, lon] = SOURCES[label];
        expect(distance(pixelAt(lon, lat), theme.documented), label).toBeLessThanOrEqual(8);
      }
      // Halfway along the great circle from Seoul to New Delhi the line is drawn.
      const seoul = map.layout.points[6];
      const delhi = map.layout.points[7];
      const [mlon, mlat] = geoInterpolate(
        [seoul?.lon ?? 0, seoul?.lat ?? 0],
        [delhi?.lon ?? 0, delhi?.lat ?? 0],
      )(0.5);
      const [mx, my] = map.project(mlon, mlat) ?? [NaN, NaN];
      const near = [-1, 0, 1].flatMap((dx) =>
        [-1, 0, 1].map((dy) => distance(image.at(mx + dx, my + dy), theme.route)),
      );
      expect(Math.min(...near)).toBeLessThanOrEqual(24);
      // Far from the route (the top-left corner of the map area) there is no route colour.
      expect(distance(image.at(30, 100), theme.route)).toBeGreaterThan(60);
    },
  );

  it.each(['light', 'dark'] as const)(
    '%s: the page-only itinerary draws its inferred stops as rings',
    async (name) => {
      const theme = THEMES[name];
      const input = pageOnlyTrip();
      // The page infers Ramallah (3) and Ankara (5); the other six it documents.
      expect(input.stops.filter((s) => s.basis === 'inferred').map((s) => s.order)).toEqual([3, 5]);
      const map = await renderRouteMap(input, { theme: name });
      const image = decodePng(map.png);
      const pixelAt = (lon: number, lat: number) => {
        const [px, py] = map.project(lon, lat) ?? [NaN, NaN];
        return image.at(px, py);
      };
      // Ankara is inferred: a ring, hollow in the middle.
      const [lat, lon] = SOURCES['Ankara, Türkiye'];
      expect(distance(pixelAt(lon, lat), theme.inferred)).toBeLessThanOrEqual(8);
      expect(distance(pixelAt(lon, lat), theme.documented)).toBeGreaterThan(8);
      // Baghdad, documented on the page too, stays a solid dot.
      const [blat, blon] = SOURCES['Baghdad, Iraq'];
      expect(distance(pixelAt(blon, blat), theme.documented)).toBeLessThanOrEqual(8);
    },
  );

  it('lists a stop without coordinates as not on the map and draws nothing for it', () => {
    const input = blinkenTrip();
    input.stops = input.stops.map((s) =>
      s.order === 5 ? { label: 'Nowhere Known, Türkiye', basis: 'inferred', order: 5 } : s,
    );
    const { svg, layout } = routeMapSvg(input);
    expect(layout.points).toHaveLength(7);
    expect(layout.notOnMap).toEqual([{ order: 5, label: 'Nowhere Known, Türkiye' }]);
    expect(layout.labels.map((l) => l.text)).not.toContain('Nowhere Known, Türkiye');
    expect(svg).toContain('Not on the map (no coordinates): 5 Nowhere Known, Türkiye');
  });

  it.each([
    ['one city', [{ label: 'Kyiv, Ukraine', lat: 50.45, lon: 30.52 }]],
    [
      'across the antimeridian',
      [
        { label: 'Tokyo, Japan', lat: 35.68, lon: 139.75 },
        { label: 'Suva, Fiji', lat: -18.14, lon: 178.44 },
        { label: 'Apia, Samoa', lat: -13.83, lon: -171.76 },
      ],
    ],
    [
      'around the world',
      [
        { label: 'Paris, France', lat: 48.86, lon: 2.35 },
        { label: 'Tokyo, Japan', lat: 35.68, lon: 139.75 },
        { label: 'Brasília, Brazil', lat: -15.79, lon: -47.88 },
      ],
    ],
  ])('%s: every stop inside the picture', (_name, places) => {
    const { layout } = routeMapSvg({
      title: 'Trip',
      dates: 'dates',
      stops: places.map((p, i) => ({ ...p, basis: 'documented', order: i + 1 })),
    });
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(layout.width);
      expect(p.y).toBeGreaterThan(64);
      expect(p.y).toBeLessThan(layout.height - 40);
    }
  });

  it('escapes text: a title with <, & and quotes stays text', () => {
    const { svg } = routeMapSvg({ title: 'A <b> & "c"', dates: 'd', stops: [] });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});
