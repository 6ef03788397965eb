import type { CommandContext, CommandOutput } from '../types.js';
import { channelKey } from '../map-channel.js';
import { tripMap } from './trip-map.js';
import { UserError } from '../../src/errors.js';
import { findTrips } from '../../src/render/find-trips.js';
import { answer } from '../../src/reply/model.js';

const THEME_WORD = /\s*\b(dark|light)$/i;

/** Answers /trip map (the definition, with its options, is commands/map.ts). */
export async function run(ctx: CommandContext): Promise<CommandOutput> {
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
}

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
