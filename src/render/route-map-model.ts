import type { GeoBox } from './map-geometry.js';
import type { LabelBox } from './map-labels.js';

/** One stop of a route; `lat`/`lon` absent when the gazetteer does not know the place. */
export interface RouteMapStop {
  label: string;
  lat?: number;
  lon?: number;
  basis: 'documented' | 'inferred';
  /** 1-based position in the route. */
  order: number;
}

/** What a route map shows: independent of the itinerary model (see route-map-input.ts). */
export interface RouteMapInput {
  title: string;
  /** Already formatted, e.g. "November 2–10, 2023". */
  dates: string;
  stops: RouteMapStop[];
}

/** Where each stop was drawn, for tests and `--json`. */
export interface RouteMapLayout {
  width: number;
  height: number;
  theme: 'light' | 'dark';
  points: {
    order: number;
    label: string;
    basis: RouteMapStop['basis'];
    lat: number;
    lon: number;
    x: number;
    y: number;
  }[];
  /** Stops without coordinates: listed in the legend, never drawn. */
  notOnMap: { order: number; label: string }[];
  bounds: GeoBox | null;
  labels: LabelBox[];
}
