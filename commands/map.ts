import type { CommandDefinition } from './types.js';
import { mapsWanted } from './map-channel.js';
import { runFrom } from './run-from.js';

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
  run: runFrom(() => import('./answers/map.js')),
};

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
      // The route map's input and renderer load with the first map attached, never in the console.
      const { tripMap } = await import('./answers/trip-map.js');
      return { ...output, reply: { ...output.reply, attachment: (await tripMap(trip)).attachment } };
    },
  };
}
