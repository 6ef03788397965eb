import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { Itinerary } from '../../../src/itinerary/schema.js';
import { Library } from '../../../src/query/library.js';
import { mergedTrip } from '../../fixtures/trip.js';
import { autocomplete, callbackOf, startBot, type Bot, type CallbackBody } from './harness.js';

/** The real Nov 2023 trip plus copies moved to 2021 and 2022: 27 trip days, more than Discord's 25 choices. */
function threeTrips(): Library {
  const text = JSON.stringify(mergedTrip());
  const years = ['2023', '2022', '2021'].map((year) =>
    Itinerary.parse(JSON.parse(text.replaceAll('2023-', `${year}-`))),
  );
  return new Library(years);
}

describe('Discord autocomplete through the real client', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot({ library: threeTrips() });
  });
  afterAll(() => bot.close());

  const choices = async (subcommand: string, option: string, value: string) => {
    const interaction = autocomplete(subcommand, option, value);
    bot.discord.gateway.interact(interaction);
    const body = (await callbackOf(bot.discord, interaction)).body as CallbackBody;
    expect(body.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    return body.data.choices ?? [];
  };

  it('offers Jaishankar first for "jaish"', async () => {
    const offered = await choices('who', 'name', 'jaish');
    expect(offered[0]?.name).toContain('Jaishankar');
    expect(offered[0]?.value).toContain('Jaishankar');
    expect(offered.length).toBeLessThanOrEqual(25);
  });

  it('finds Jaishankar from a misspelling too', async () => {
    const offered = await choices('who', 'name', 'jaishankr');
    expect(offered[0]?.name).toContain('Jaishankar');
  });

  it('never offers more than 25 choices, even with 27 trip days to choose from', async () => {
    const offered = await choices('where', 'date', '');
    expect(offered).toHaveLength(25);
    for (const choice of offered) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('offers the trip stops for a place', async () => {
    const offered = await choices('when', 'place', 'tok');
    expect(offered[0]?.value).toBe('Tokyo');
  });

  it('answers with no choices for an option that has no suggestions', async () => {
    expect(await choices('search', 'query', 'g7')).toEqual([]);
  });

  it('answers with no choices for hostile input rather than failing', async () => {
    expect(await choices('who', 'name', '@everyone '.repeat(500))).toEqual([]);
  });
});
