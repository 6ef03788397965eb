import { HeldQuestions } from '../../../src/platforms/discord/more.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GatewayIntentBits, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import type { ChatInputCommandInteraction } from 'discord.js';
import { APOLOGY } from '../../../commands/dispatch.js';
import { handleTripCommand } from '../../../src/platforms/discord/interactions.js';
import { silentLogger } from '../../../src/log.js';
import { tripLibrary } from '../../fixtures/trip.js';
import { rateLimited } from '../../fakes/discord-api.js';
import { embedText, embedViolations } from './limits.js';
import {
  TOKEN,
  callbackOf,
  chatInput,
  isCallback,
  startBot,
  type Bot,
  type CallbackBody,
} from './harness.js';

/** Through the real discord.js client: gateway dispatch in, REST callbacks out to the fake. */
describe('Discord /trip through the real client', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.close();
    expect(bot.logs.join('\n')).not.toContain(TOKEN);
  });

  const ask = async (subcommand: string, values: Record<string, string> = {}) => {
    const interaction = chatInput(subcommand, values);
    bot.discord.gateway.interact(interaction);
    const callback = await callbackOf(bot.discord, interaction);
    return { interaction, callback, body: callback.body as CallbackBody };
  };

  it('identifies with the Guilds intent only', () => {
    expect(bot.discord.gateway.identifies.map((i) => i.intents)).toEqual([GatewayIntentBits.Guilds]);
    expect(bot.discord.gateway.identifies[0]?.token).toBe(TOKEN);
  });

  it('answers /trip where date:2023-11-07 with an embed naming Tokyo', async () => {
    const { body, callback } = await ask('where', { date: '2023-11-07' });
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const embeds = body.data.embeds ?? [];
    expect(embeds[0]?.title).toContain('Tokyo');
    expect(embedText(embeds)).toContain('Tokyo, Japan');
    expect(embeds.at(-1)?.footer?.text).toMatch(/^Sources: /);
    expect(embedViolations(embeds)).toEqual([]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    // Interaction callbacks are authorised by the interaction token, not the bot token.
    expect(callback.headers.authorization).toBeUndefined();
  });

  it.each([
    ['2023-02-30', 'does not exist'],
    ['banana', 'not a date'],
  ])('answers a bad date (%s) with a private error and a hint', async (date, message) => {
    const { body } = await ask('where', { date });
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    const [embed] = body.data.embeds ?? [];
    expect(embed?.title).toContain(message);
    expect(embed?.description).toContain('2023-11-07');
  });

  it('answers help privately', async () => {
    const { body } = await ask('help');
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(embedText(body.data.embeds ?? [])).toContain('/trip where');
  });

  it('answers a subcommand the code no longer has (stale registration) with a private error', async () => {
    const { body } = await ask('teleport');
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds?.[0]?.title).toContain('teleport');
  });

  it('refuses 10,000 characters with a private error instead of searching them', async () => {
    const { body } = await ask('search', { query: 'x'.repeat(10_000) });
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds?.[0]?.title).toContain('10000 characters');
  });

  it.each([
    ['who', 'name', '@everyone'],
    ['search', 'query', '@here <@&123456789012345678> <@555555555555555555>'],
  ])('sends %s %s:%s back with no mention allowed', async (subcommand, option, text) => {
    const { body } = await ask(subcommand, { [option]: text });
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data).not.toHaveProperty('content');
    // Shown as typed (embeds never ping), but inert.
    expect(embedText(body.data.embeds ?? [])).toContain(text.split(' ')[0]);
    expect(embedViolations(body.data.embeds ?? [])).toEqual([]);
  });

  it('retries the callback after a 429 and answers once', async () => {
    const interaction = chatInput('where', { date: '2023-11-07' });
    bot.discord.script(
      { method: 'POST', path: `/interactions/${interaction.id}/${interaction.token}/callback` },
      rateLimited(0.05),
    );
    bot.discord.gateway.interact(interaction);
    const done = await callbackOf(bot.discord, interaction);
    const attempts = bot.discord.requests.filter(isCallback(interaction));
    expect(attempts.map((r) => r.status)).toEqual([429, 204]);
    expect(attempts[1]?.body).toEqual(attempts[0]?.body);
    expect(embedText((done.body as CallbackBody).data.embeds ?? [])).toContain('Tokyo');
  });

  it('never acknowledges twice when Discord refuses the reply', async () => {
    const interaction = chatInput('where', { date: '2023-11-07' });
    const callbackPath = `/interactions/${interaction.id}/${interaction.token}/callback`;
    bot.discord.script(
      { method: 'POST', path: callbackPath },
      { status: 400, body: { message: 'Interaction has already been acknowledged.', code: 40060 } },
    );
    bot.discord.gateway.interact(interaction);
    await bot.discord.waitFor(isCallback(interaction));
    await vi.waitFor(() =>
      expect(
        bot.logs.some((line) => line.includes('could not answer an interaction') && line.includes('40060')),
      ).toBe(true),
    );
    expect(bot.discord.requests.filter(isCallback(interaction))).toHaveLength(1);
    expect(
      bot.discord.requests.filter((r) => r.path.includes(interaction.token) && !isCallback(interaction)(r)),
    ).toEqual([]);
    expect(bot.logs.join('\n')).not.toContain(interaction.token);
  });
});

describe('Discord /trip when the interaction itself cannot be read', () => {
  it('answers with the same private apology as a failing command (commands/dispatch.ts)', async () => {
    const reply = vi.fn(async (_message: unknown) => undefined);
    const interaction = {
      id: '1',
      deferred: false,
      replied: false,
      options: {
        getSubcommand: () => {
          throw new Error('a malformed interaction');
        },
      },
      reply,
    } as unknown as ChatInputCommandInteraction;
    await handleTripCommand(interaction, {
      commands: [],
      library: tripLibrary(),
      timeZone: 'America/New_York',
      services: {},
      log: silentLogger,
      deferAfterMs: 1000,
      held: new HeldQuestions(),
    });
    expect(reply).toHaveBeenCalledTimes(1);
    expect(reply.mock.calls[0]?.[0]).toMatchObject({
      embeds: [{ title: APOLOGY.title, description: APOLOGY.hint }],
      flags: MessageFlags.Ephemeral,
    });
  });
});
