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

  it('answers with the first line and a More button, which expands it in place into the whole answer', async () => {
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
    // UPDATE_MESSAGE: the brief message becomes the whole answer, and its button goes with it,
    // so a second press has nothing to press and nothing is posted twice.
    expect(body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(body.data.components).toEqual([]);
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

  it('expands a private message in place, so the rest stays private', async () => {
    const brief = await ask('help', { brief: true });
    expect(brief.data.flags).toBe(MessageFlags.Ephemeral);
    const { interaction, body } = await press(moreButton(brief), true);
    expect(body.type).toBe(InteractionResponseType.UpdateMessage);
    expect(embedText(body.data.embeds ?? [])).toContain('/trip where');
    await settle();
    // No message of its own (which could be public): only the update of the private one.
    expect(bot.discord.requests.filter((r) => r.path.includes(interaction.token))).toHaveLength(1);
  });

  it('expands a slow answer after a deferred update, editing the message the button is on', async () => {
    const slow = await startBot({ deferAfterMs: 0 });
    try {
      // Unit files share a process and maps are remembered once drawn: Root's 1906 trip to
      // Brazil in light is drawn by no other test, so the answer takes longer than 0 ms.
      // The button's question, as the brief answer to `/trip map trip:1906-07-17-root` carries it.
      const pressed = buttonPress('more:["lonj3x2o","map","1906-07-17-root"]');
      slow.discord.gateway.interact(pressed);
      const edit = await slow.discord.waitFor(
        (r) =>
          r.method === 'PATCH' && r.path.includes(pressed.token) && r.path.endsWith('/messages/@original'),
      );
      const callback = (await callbackOf(slow.discord, pressed)).body as CallbackBody;
      expect(callback.type).toBe(InteractionResponseType.DeferredMessageUpdate);
      expect(edit.files[0]?.filename).toBe('1906-07-17-root-route.png');
      const payload = (edit.body ?? {}) as CallbackBody['data'];
      expect(payload.components).toEqual([]);
      expect(payload.embeds?.[0]?.title).toContain('Root');
      // Nothing else was posted for the press: no follow-up message.
      expect(
        slow.discord.requests.filter((r) => r.method === 'POST' && r.path.includes(pressed.token)).length,
      ).toBe(1);
    } finally {
      await slow.close();
    }
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
