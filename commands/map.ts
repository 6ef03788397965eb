import type { ChannelContext, CommandContext, CommandDefinition, CommandOutput } from './types.js';
import { UserError } from '../src/errors.js';
import { findTrips } from '../src/render/find-trips.js';
import { routeMapAlt, routeMapInput } from '../src/render/route-map-input.js';
import type { TripView } from '../src/query/library.js';
import { answer, type Attachment } from '../src/reply/model.js';

const THEME_WORD = /\s*\b(dark|light)$/i;

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
  const { renderRouteMap } = await import('../src/render/route-map.js');
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

export const map: CommandDefinition = {
  name: 'map',
  summary: 'A map of a trip’s route (PNG)',
  usage: '/trip map [date | trip | name] [dark] | /trip map on | off',
  examples: ['/trip map 2023-11-07', '/trip map blinken', '/trip map Nov 7 dark', '/trip map off'],
  options: [
    {
      name: 'trip',
      kind: 'query',
      description: 'A date in the trip, a trip id or a name (default: the latest trip)',
      required: false,
    },
  ],
  async run(ctx: CommandContext): Promise<CommandOutput> {
    const text = ctx.options.trip ?? '';
    const setting = /^(on|off)$/i.exec(text.trim())?.[1]?.toLowerCase();
    if (setting) return setMaps(ctx, setting === 'off');
    const theme = THEME_WORD.exec(text)?.[1]?.toLowerCase() === 'dark' ? 'dark' : 'light';
    const { trips, readAs } = findTrips(ctx.library, text.replace(THEME_WORD, ''), ctx.now, ctx.timeZone);
    const [trip] = trips;
    if (!trip) throw new Error('findTrips returned no trip');
    const { input, attachment, data } = await tripMap(trip, theme);
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
          `Stops in route order ${trip.itinerary.trip.page ? 'from the trip page' : 'of the Office of the Historian’s dated records'}${input.stops.some((s) => s.basis === 'inferred') ? '; inferred stops are drawn as rings' : ''}.`,
          ...missing,
          'Country shapes: Natural Earth (public domain).',
        ],
        attachment,
      }),
    };
  },
};

const channelKey = (channel: ChannelContext) =>
  channel.channelId ? `${channel.platform}:${channel.channelId}` : undefined;

async function setMaps(ctx: CommandContext, off: boolean): Promise<CommandOutput> {
  const key = channelKey(ctx.channel);
  const settings = ctx.services.maps;
  if (!key || !settings || ctx.channel.platform === 'console')
    throw new UserError(
      'UNAVAILABLE',
      'Maps are set per Slack or Discord channel.',
      'Try /trip map 2023-11-07',
    );
  if (ctx.channel.platform === 'discord' && ctx.channel.canManageChannel !== true)
    throw new UserError('FORBIDDEN', 'Only members who can manage this channel can change its maps.');
  await settings.setMapsOff(key, off);
  const state = off ? 'off' : 'on';
  return {
    data: { channel: key, maps: state },
    reply: answer(`Maps in route and where answers: ${state} for this channel`, {
      lead: off
        ? '/trip route and /trip where answers here come without the map; /trip map still draws one.'
        : '/trip route and /trip where answers here carry the trip’s map.',
      shareable: false,
      hint: off ? 'Turn them back on with /trip map on' : 'Turn them off with /trip map off',
    }),
  };
}

/** Where a map can go with an answer: Slack and Discord, unless the channel turned maps off. */
async function mapsWanted(ctx: CommandContext): Promise<boolean> {
  if (ctx.channel.platform === 'console') return false;
  const key = channelKey(ctx.channel);
  return !(key && (await ctx.services.maps?.mapsOff(key)));
}

/**
 * Wraps `route` or `where` so its answer carries the trip's map where the platform allows.
 * `tripOf` reads the trip id from the command's query result.
 */
export function withRouteMap(
  command: CommandDefinition,
  tripOf: (data: unknown) => string | undefined,
): CommandDefinition {
  return {
    ...command,
    async run(ctx) {
      const output = await command.run(ctx);
      if (output.reply.kind !== 'answer' || output.reply.attachment || !(await mapsWanted(ctx)))
        return output;
      const trip = ctx.library.findTrip(tripOf(output.data) ?? '');
      if (!trip) return output;
      return { ...output, reply: { ...output.reply, attachment: (await tripMap(trip)).attachment } };
    },
  };
}
