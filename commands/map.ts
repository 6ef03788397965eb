import type { CommandContext, CommandDefinition, CommandOutput } from './types.js';
import { findTrips } from '../src/render/find-trips.js';
import { renderRouteMap } from '../src/render/route-map.js';
import { routeMapInput } from '../src/render/route-map-input.js';
import type { TripView } from '../src/query/library.js';
import { answer, type Attachment } from '../src/reply/model.js';

const THEME_WORD = /\s*\b(dark|light)$/i;

/** The trip's route map as a PNG attachment, and what `--json` prints about it. */
export function tripMap(trip: TripView, theme: 'light' | 'dark' = 'light') {
  const input = routeMapInput(trip);
  const map = renderRouteMap(input, { theme });
  const { width, height, bounds, points, notOnMap } = map.layout;
  const attachment: Attachment = {
    filename: `${trip.id}-route.png`,
    contentType: 'image/png',
    data: map.png,
    alt: `Map of ${input.title}, ${input.dates}: ${input.stops.map((s) => `${s.order} ${s.label}`).join(', ')}.`,
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

export const map: CommandDefinition = {
  name: 'map',
  summary: 'A map of a trip’s route (PNG)',
  usage: '/trip map [date | trip | name] [dark]',
  examples: ['/trip map 2023-11-07', '/trip map blinken', '/trip map Nov 7 dark'],
  options: [
    {
      name: 'trip',
      kind: 'query',
      description: 'A date in the trip, a trip id or a name (default: the latest trip)',
      required: false,
    },
  ],
  run(ctx: CommandContext): CommandOutput {
    const text = ctx.options.trip ?? '';
    const theme = THEME_WORD.exec(text)?.[1]?.toLowerCase() === 'dark' ? 'dark' : 'light';
    const { trips, readAs } = findTrips(ctx.library, text.replace(THEME_WORD, ''), ctx.now, ctx.timeZone);
    const [trip] = trips;
    if (!trip) throw new Error('findTrips returned no trip');
    const { input, attachment, data } = tripMap(trip, theme);
    const missing = data.notOnMap.map(
      (s) => `${s.label} is not on the map: the gazetteer has no coordinates for it.`,
    );
    return {
      data,
      reply: answer(`Map: ${input.title}`, {
        lead: `${input.dates}: ${input.stops.map((s) => s.label.split(',')[0]).join(' → ')}.`,
        sections: [
          {
            lines: input.stops.map(
              (s) => `${s.order}. ${s.label}${s.basis === 'inferred' ? ' (inferred)' : ''}`,
            ),
          },
        ],
        sources: [
          `Read as ${readAs}.`,
          'Stops in route order from the trip page; inferred stops are drawn as rings.',
          ...missing,
          'Country shapes: Natural Earth (public domain).',
        ],
        attachment,
      }),
    };
  },
};
