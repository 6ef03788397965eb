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
import type { FeatureCollection, GeometryCollection, Geometry } from 'geojson';
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
