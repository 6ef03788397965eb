import { routeMapAlt, routeMapInput } from '../../src/render/route-map-input.js';
import type { TripView } from '../../src/query/library.js';
import type { Attachment } from '../../src/reply/model.js';

type TripMap = Awaited<ReturnType<typeof drawTripMap>>;
/** Recently drawn maps, oldest first; a trip does not change while loaded. */
const drawn = new Map<TripView, Partial<Record<'light' | 'dark', Promise<TripMap>>>>();
const MAX_DRAWN = 64;

/**
 * The trip's route map as a PNG attachment, and what `--json` prints about it. The last
 * 64 trips' maps are kept, so `where` answers in a busy channel do not redraw them.
 */
export function tripMap(trip: TripView, theme: 'light' | 'dark' = 'light'): Promise<TripMap> {
  const byTheme = drawn.get(trip) ?? {};
  const map = byTheme[theme] ?? drawTripMap(trip, theme);
  map.catch(() => drawn.delete(trip));
  drawn.delete(trip);
  drawn.set(trip, { ...byTheme, [theme]: map });
  if (drawn.size > MAX_DRAWN) drawn.delete(drawn.keys().next().value as TripView);
  return map;
}

async function drawTripMap(trip: TripView, theme: 'light' | 'dark') {
  const input = routeMapInput(trip);
  // The renderer (d3-geo, resvg, the world's shapes) loads with the first map drawn.
  const { renderRouteMap } = await import('../../src/render/route-map.js');
  const map = await renderRouteMap(input, { theme });
  const { width, height, bounds, points, notOnMap } = map.layout;
  const attachment: Attachment = {
    filename: `${trip.id}-route.png`,
    contentType: 'image/png',
    data: map.png,
    alt: routeMapAlt(input),
  };
  const data = {
    trip: trip.id,
    title: input.title,
    dates: input.dates,
    theme,
    width,
    height,
    bounds,
    stops: points.map(({ order, label, basis, lat, lon, x, y }) => ({
      order,
      label,
      basis,
      lat,
      lon,
      x: Math.round(x * 10) / 10,
      y: Math.round(y * 10) / 10,
    })),
    notOnMap,
  };
  return { input, attachment, data };
}
