import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { geoPath } from 'd3-geo';
import { FONT_FAMILY, FONT_FILES } from './fonts.js';
import {
  boundsOf,
  countryShapes,
  detailFor,
  fitProjection,
  visibleShapes,
  type GeoPoint,
} from './map-geometry.js';
import { placeLabels } from './map-labels.js';
import { FOOTER, HEADER, MARGIN, dot, header, label, leader, legend } from './map-marks.js';
import { themeNamed } from './map-theme.js';
import type { RouteMapInput, RouteMapLayout, RouteMapStop } from './route-map-model.js';

export type { RouteMapInput, RouteMapLayout, RouteMapStop } from './route-map-model.js';

export interface RouteMapOptions {
  width?: number;
  height?: number;
  theme?: 'light' | 'dark';
}

export interface RouteMap {
  svg: string;
  layout: RouteMapLayout;
  /** The fitted projection: [lon, lat] to pixels, or null outside the drawn globe. */
  project(lon: number, lat: number): [number, number] | null;
}

const onMap = (s: RouteMapStop): s is RouteMapStop & GeoPoint => s.lat !== undefined && s.lon !== undefined;

/** Draws the route as SVG: countries, great-circle arcs in order, numbered stops, labels, legend. */
export function routeMapSvg(input: RouteMapInput, options: RouteMapOptions = {}): RouteMap {
  const width = options.width ?? 800;
  const height = options.height ?? 520;
  const theme = themeNamed(options.theme);
  const stops = [...input.stops].sort((a, b) => a.order - b.order);
  const located = stops.filter(onMap);
  const mapBox: [[number, number], [number, number]] = [
    [MARGIN + 20, HEADER + 24],
    [width - MARGIN - 20, height - FOOTER - 24],
  ];
  const canvas: [[number, number], [number, number]] = [
    [0, 0],
    [width, height],
  ];
  const projection = fitProjection(located, mapBox, canvas);
  const detail = detailFor(projection);
  const shapes =
    detail === '50m'
      ? visibleShapes(countryShapes(detail), projection, canvas)
      : countryShapes(detail).features;
  const path = geoPath(projection).digits(1);
  const points = located.map((s) => {
    const [x, y] = projection([s.lon, s.lat]) ?? [NaN, NaN];
    return { order: s.order, label: s.label, basis: s.basis, lat: s.lat, lon: s.lon, x, y };
  });
  const notOnMap = stops.filter((s) => !onMap(s)).map((s) => ({ order: s.order, label: s.label }));
  const headerRect = { x: 0, y: 0, width, height: HEADER };
  const footerRect = { x: 0, y: height - FOOTER, width, height: FOOTER };
  const labels = placeLabels(
    points,
    { x: 4, y: HEADER + 2, width: width - 8, height: height - HEADER - FOOTER - 4 },
    [headerRect, footerRect],
  );
  const route =
    located.length > 1 ? path({ type: 'LineString', coordinates: located.map((s) => [s.lon, s.lat]) }) : null;

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    `<path d="${path({ type: 'Sphere' }) ?? ''}" fill="${theme.ocean}"/>`,
    `<path d="${shapes.map((f) => path(f) ?? '').join('')}" fill="${theme.land}" stroke="${theme.border}" stroke-width="0.6" stroke-linejoin="round"/>`,
    route
      ? `<path d="${route}" fill="none" stroke="${theme.route}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" opacity="0.9"/>`
      : '',
    ...labels.filter((l) => l.displaced).map((l) => leader(l, theme)),
    ...[...points].reverse().map((p) => dot(p, theme)),
    ...labels.map((l) => label(l, theme)),
    header(input, width, theme),
    legend(notOnMap, width, height, theme),
    '</svg>',
  ].join('');
  return {
    svg,
    layout: { width, height, theme: theme.name, points, notOnMap, bounds: boundsOf(located), labels },
    project: (lon, lat) => projection([lon, lat]),
  };
}

/** resvg's options: the committed fonts only (no system fonts), no network. */
export const RESVG_OPTIONS: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: FONT_FAMILY },
  shapeRendering: 2,
  textRendering: 1,
};

/** Renders SVG to PNG with resvg on libuv's thread pool, so the event loop keeps serving. */
export async function svgToPng(svg: string): Promise<Buffer> {
  return (await renderAsync(svg, RESVG_OPTIONS)).asPng();
}

/** The same render on the calling thread, for callers that cache the result (the digest, once a date). */
export function svgToPngSync(svg: string): Buffer {
  return new Resvg(svg, RESVG_OPTIONS).render().asPng();
}

export async function renderRouteMap(
  input: RouteMapInput,
  options: RouteMapOptions = {},
): Promise<RouteMap & { png: Buffer }> {
  const map = routeMapSvg(input, options);
  return { ...map, png: await svgToPng(map.svg) };
}
