import type { OptionSpec } from './types.js';
import type { Traveler } from '../src/itinerary/schema.js';

/** The optional traveller word after a command: `/trip where president 1963-06-26`. */
export const travelerOption: OptionSpec = {
  name: 'traveler',
  kind: 'text',
  description: 'secretary (the default) or president',
  required: false,
  choices: ['secretary', 'president'],
  choiceAliases: { sec: 'secretary', secstate: 'secretary', potus: 'president', pres: 'president' },
};

/** The traveller the user named, if any. */
export function travelerIn(options: Readonly<Record<string, string | undefined>>): Traveler | undefined {
  const value = options['traveler'];
  return value === 'secretary' || value === 'president' ? value : undefined;
}

export function officeName(role: Traveler): string {
  return role === 'president' ? 'President' : 'Secretary of State';
}
