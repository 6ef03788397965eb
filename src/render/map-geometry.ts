import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  geoAzimuthalEqualArea,
  geoBounds,
  geoCentroid,
  geoCircle,
  geoDistance,
  geoNaturalEarth1,
  type GeoProjection,
} from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, GeometryCollection, Geometry } from 'geojson';
import type { Topology, GeometryObject } from 'topojson-specification';

/** A point on the route with known coordinates. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** Geographic bounds: west, south, east, north in degrees (west > east across the antimeridian). */
export interface GeoBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

const require = createRequire(import.meta.url);
const shapes = new Map<Detail, FeatureCollection>();

/** Natural Earth scale: 1:110m for a continent or more, 1:50m when zoomed in on a region. */
export type Detail = '110m' | '50m';

/** Natural Earth country shapes (world-atlas), read once per detail from the package. */
export function countryShapes(detail: Detail): FeatureCollection {
  let countries = shapes.get(detail);
  if (!countries) {
    const topology = JSON.parse(
      readFileSync(require.resolve(`world-atlas/countries-${detail}.json`), 'utf8'),
    ) as Topology<{ countries: GeometryObject }>;
    countries = feature(topology, topology.objects.countries) as FeatureCollection;
    shapes.set(detail, countries);
  }
  return countries;
}

interface Reach {
  centre: [number, number];
  /** Radians from the centre to the farthest vertex. */
  radius: number;
}
const reaches = new WeakMap<Feature, Reach>();

/** A circle on the sphere holding the whole shape, computed once per shape. */
function reachOf(shape: Feature): Reach {
  let reach = reaches.get(shape);
  if (!reach) {
    const centre = geoCentroid(shape);
    let radius = 0;
    const visit = (coords: unknown): void => {
      if (typeof (coords as number[])[0] === 'number') {
        const [lon, lat] = coords as [number, number];
        radius = Math.max(radius, geoDistance(centre, [lon, lat]));
      } else for (const inner of coords as unknown[]) visit(inner);
    };
    const geometry = shape.geometry as { coordinates?: unknown } | null;
    if (geometry?.coordinates) visit(geometry.coordinates);
    reach = { centre, radius: radius || Math.PI };
    reaches.set(shape, reach);
  }
  return reach;
}

/**
 * The shapes that can show on the canvas: for a regional (azimuthal) map, those whose
 * bounding circle meets the circle around the canvas's corners; all of them otherwise.
 * Projecting 1:50m Europe drops from ~130 ms to a fraction of it.
 */
export function visibleShapes(
  shapes: FeatureCollection,
  projection: GeoProjection,
  canvas: [[number, number], [number, number]],
): Feature[] {
  const [[x0, y0], [x1, y1]] = canvas;
  const centre = projection.invert?.([(x0 + x1) / 2, (y0 + y1) / 2]);
  const edges: [number, number][] = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
    [(x0 + x1) / 2, y0],
    [(x0 + x1) / 2, y1],
    [x0, (y0 + y1) / 2],
    [x1, (y0 + y1) / 2],
  ];
  const corners = edges.map((p) => projection.invert?.(p));
  if (!centre || corners.some((c) => !c || !Number.isFinite(c[0]) || !Number.isFinite(c[1])))
    return shapes.features;
  const radius = Math.max(...corners.map((c) => geoDistance(centre, c as [number, number])));
  return shapes.features.filter((f) => {
    const reach = reachOf(f);
    return geoDistance(centre, reach.centre) <= radius + reach.radius + 0.01;
  });
}

/** Pixels per degree of arc above which 1:110m coastlines look coarse. */
const FINE_DETAIL_SCALE = 12;

/** The detail a projection needs: its scale is in pixels per radian. */
export function detailFor(projection: GeoProjection): Detail {
  return (projection.scale() * Math.PI) / 180 > FINE_DETAIL_SCALE ? '50m' : '110m';
}

/** Degrees of margin drawn around every stop, so a one-city trip still shows its region. */
const STOP_MARGIN_DEGREES = 3;
/** Beyond this distance from the route's centre a regional projection distorts too much. */
const REGIONAL_LIMIT_RADIANS = (65 * Math.PI) / 180;

/** The route and a small circle around each stop: what the projection must show. */
export function routeExtent(points: readonly GeoPoint[]): GeometryCollection {
  const circle = geoCircle().radius(STOP_MARGIN_DEGREES);
  const geometries: Geometry[] = points.map((p) => circle.center([p.lon, p.lat])());
  if (points.length > 1)
    geometries.push({ type: 'LineString', coordinates: points.map((p) => [p.lon, p.lat]) });
  return { type: 'GeometryCollection', geometries };
}

/**
 * A projection fitted to the route inside the box: azimuthal equal-area centred on the
 * route for a regional trip (north up, little distortion), Natural Earth centred on its
 * longitude when the stops are more than ~65° from their centre. Shapes are clipped to the canvas.
 */
export function fitProjection(
  points: readonly GeoPoint[],
  box: [[number, number], [number, number]],
  canvas: [[number, number], [number, number]],
): GeoProjection {
  const multi = { type: 'MultiPoint' as const, coordinates: points.map((p) => [p.lon, p.lat]) };
  const [lon, lat] = points.length ? geoCentroid(multi) : [0, 20];
  const reach = Math.max(0, ...points.map((p) => geoDistance([lon, lat], [p.lon, p.lat])));
  const projection =
    points.length && reach < REGIONAL_LIMIT_RADIANS
      ? geoAzimuthalEqualArea().rotate([-lon, -lat]).clipAngle(150)
      : geoNaturalEarth1().rotate([-lon, 0]);
  const target = points.length ? routeExtent(points) : { type: 'Sphere' as const };
  return projection.fitExtent(box, target as never).clipExtent(canvas);
}

export function boundsOf(points: readonly GeoPoint[]): GeoBox | null {
  if (!points.length) return null;
  const [[west, south], [east, north]] = geoBounds({
    type: 'MultiPoint',
    coordinates: points.map((p) => [p.lon, p.lat]),
  });
  return { west, south, east, north };
}
