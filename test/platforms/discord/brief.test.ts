/**
 * `/trip <subcommand> brief:true` in Discord: the first line and a "More" button; pressing it
 * answers with the whole answer, once. The real discord.js client, the loopback fakes of
 * Discord's gateway and REST API.
 *
 * Expected text by hand: November 9, 2023 was a Thursday, day 8 of the trip of November 2-10;
 * the Historian's record has Seoul (4182, November 8-9) and New Delhi (4183, November 9-10) on
 * it, in route order. The page's line 32 is "- November 9, 2023 Secretary Blinken’s Meeting with
 * Republic of Korea President Yoon" (under Seoul).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ButtonStyle, ComponentType, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { embedText, embedViolations } from './limits.js';
import {
  buttonPress,
  callbackOf,
  chatInput,
  isCallback,
  startBot,
  type Bot,
  type CallbackBody,
} from './harness.js';

const FIRST_LINE = 'Thu, Nov 9, 2023: Secretary Blinken, day 8 of 9, Seoul → New Delhi';
const YOON = 'Secretary Blinken’s Meeting with Republic of Korea President Yoon';
/** 91 characters: with the command and the instant, too long for a 100-character custom_id. */
const LONG_QUERY =
  'humanitarian assistance for civilians in Gaza and the establishment of a Palestinian state';

describe('Discord /trip brief:true and its More button', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.close();
  });

  const ask = async (subcommand: string, values: Record<string, string | boolean>) => {
    const interaction = chatInput(subcommand, values);
    bot.discord.gateway.interact(interaction);
    return (await callbackOf(bot.discord, interaction)).body as CallbackBody;
  };
  const press = async (customId: string, ephemeral = false) => {
    const interaction = buttonPress(customId, ephemeral);
    bot.discord.gateway.interact(interaction);
    const body = (await callbackOf(bot.discord, interaction)).body as CallbackBody;
    return { interaction, body };
  };
  const moreButton = (body: CallbackBody) => {
    const rows = body.data.components ?? [];
    expect(rows).toHaveLength(1);
    expect(rows[0]?.type).toBe(ComponentType.ActionRow);
    const [button, ...others] = rows[0]?.components ?? [];
    expect(others).toEqual([]);
    expect(button).toMatchObject({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'More' });
    expect(button?.custom_id?.length).toBeGreaterThan(0);
    expect(button!.custom_id!.length).toBeLessThanOrEqual(100);
    return button!.custom_id!;
  };
  /** Lets a second answer to the same press show itself, if one were coming. */
  const settle = async () => {
    const later = chatInput('help');
    bot.discord.gateway.interact(later);
    await callbackOf(bot.discord, later);
  };

  it('answers with the first line and a More button, then the whole answer once when it is pressed', async () => {
    const brief = await ask('day', { date: '2023-11-09', brief: true });
    expect(brief.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(brief.data.flags ?? 0).toBe(0);
    expect(brief.data.embeds).toHaveLength(1);
    expect(brief.data.embeds?.[0]?.title).toBe(FIRST_LINE);
    expect(brief.data.embeds?.[0]?.description).toBeUndefined();
    expect(brief.data.embeds?.[0]?.footer).toBeUndefined();
    expect(brief.data.allowed_mentions).toEqual({ parse: [] });
    const customId = moreButton(brief);

    const { interaction, body } = await press(customId);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(body.data.flags ?? 0).toBe(0);
    expect(body.data.components).toBeUndefined();
    const embeds = body.data.embeds ?? [];
    expect(embeds[0]?.title).toBe(FIRST_LINE);
    expect(embedText(embeds)).toContain(YOON);
    expect(embeds.at(-1)?.footer?.text).toMatch(/^Sources: /);
    expect(embedViolations(embeds)).toEqual([]);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    await settle();
    expect(bot.discord.requests.filter(isCallback(interaction))).toHaveLength(1);
    expect(
      bot.discord.requests.filter((r) => r.path.includes(interaction.token) && !isCallback(interaction)(r)),
    ).toEqual([]);
  });

  it('keeps the rest of a private message private', async () => {
    const brief = await ask('help', { brief: true });
    expect(brief.data.flags).toBe(MessageFlags.Ephemeral);
    const { body } = await press(moreButton(brief), true);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(embedText(body.data.embeds ?? [])).toContain('/trip where');
    // An answer posted in the channel is private too when the button was on a private message.
    const day = await ask('day', { date: '2023-11-09', brief: true });
    const again = await press(moreButton(day), true);
    expect(again.body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(embedText(again.body.data.embeds ?? [])).toContain(YOON);
  });

  it('holds a question too long for the button, and answers it', async () => {
    const brief = await ask('search', { query: LONG_QUERY, brief: true });
    expect(brief.data.embeds?.[0]?.title).toMatch(/^Search: humanitarian assistance/);
    const customId = moreButton(brief);
    expect(customId).not.toContain('Palestinian');
    const { body } = await press(customId);
    // Page line 5 (the summary's Israel paragraph): "... increase the pace and volume of humanitarian
    // assistance entering Gaza for distribution to Palestinian civilians ...".
    expect(embedText(body.data.embeds ?? [])).toContain('humanitarian assistance entering Gaza');
  });

  it('keeps an error whole, without a More button', async () => {
    const error = await ask('where', { date: '2023-02-30', brief: true });
    expect(error.data.flags).toBe(MessageFlags.Ephemeral);
    expect(error.data.embeds?.[0]?.title).toContain('does not exist');
    expect(error.data.components).toBeUndefined();
  });

  it.each([
    ['an id nothing holds (expired, or before a restart)', 'more#a-stale-id', 'has expired'],
    ['a custom_id that is not JSON', 'more:["no', 'no question tripbot can read'],
    ['options that do not fit the command', 'more:["lonj3x2o","day",1,2,3]', 'no question tripbot can read'],
    ['a command the code no longer has', 'more:["lonj3x2o","teleport"]', 'no longer has'],
  ])('answers %s privately, with a hint', async (_name, customId, message) => {
    const { body } = await press(customId);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds?.[0]?.title).toContain(message);
    expect(embedText(body.data.embeds ?? [])).toContain('Ask again with /trip');
    expect(embedText(body.data.embeds ?? [])).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a question that now fails with the error, privately', async () => {
    // February 30 does not exist, whenever it is asked; `day` takes [traveler, date].
    const { body } = await press(`more:["lonj3x2o","day",null,"2023-02-30"]`);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds?.[0]?.title).toContain('"2023-02-30" does not exist');
  });
});
