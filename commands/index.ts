import type { CommandDefinition } from './types.js';
import { where } from './where.js';
import { when } from './when.js';
import { who } from './who.js';
import { what } from './what.js';
import { day } from './day.js';
import { route } from './route.js';
import { trips } from './trips.js';
import { search } from './search.js';
import { helpCommand } from './help.js';
import { digest } from './digest.js';
import { map, withRouteMap } from './map.js';
import { calendar } from './calendar.js';

/** The trip an answer is about (where: data.trip.id; route: data.trip). */
const tripId = (data: unknown) => {
  const { trip } = (data ?? {}) as { trip?: string | { id?: string } };
  return typeof trip === 'string' ? trip : trip?.id;
};

/** The one registry: Slack text parsing, Discord registration, the console and help all read it. */
export const commands: readonly CommandDefinition[] = [
  withRouteMap(where, tripId),
  when,
  who,
  what,
  day,
  withRouteMap(route, tripId),
  trips,
  map,
  calendar,
  search,
  digest,
  helpCommand(() => commands),
];

export function findCommand(name: string): CommandDefinition | undefined {
  return commands.find((c) => c.name === name.toLowerCase());
}
