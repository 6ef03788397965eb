import { afterEach, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { commands } from '../../../commands/index.js';
import type { DigestService } from '../../../commands/types.js';
import { answer } from '../../../src/reply/model.js';
import { FAKE_APPLICATION_ID } from '../../fakes/discord-api.js';
import {
  CHANNEL_ID,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  USER_ID,
  callbackOf,
  chatInput,
  isCallback,
  startBot,
  type Bot,
  type CallbackBody,
} from './harness.js';

/** A digest service that waits until the test lets it finish, then reports what it was given. */
function slowDigest(release: Promise<void>, visibility: 'public' | 'ephemeral', fail = false): DigestService {
  return {
    async handle(action, args, channel) {
      await release;
      if (fail) throw new Error('store unavailable: secret detail');
      return answer(`Digest ${action} ${args}`.trim(), { lead: JSON.stringify(channel), visibility });
    },
  };
}

function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('Discord replies that take long', () => {
  let bot: Bot | undefined;
  afterEach(() => bot?.close());

  const run = async (visibility: 'public' | 'ephemeral', fail = false) => {
    const { opened, open } = gate();
    bot = await startBot({
      commands,
      services: { digest: slowDigest(opened, visibility, fail) },
      deferAfterMs: 20,
    });
    const interaction = chatInput('digest', { action: 'on', time: '07:30', timezone: 'Asia/Tokyo' });
    bot.discord.gateway.interact(interaction);
    const deferral = await callbackOf(bot.discord, interaction);
    open();
    return { interaction, deferral: deferral.body as CallbackBody, discord: bot.discord };
  };
  const webhook = (token: string) => `/webhooks/${FAKE_APPLICATION_ID}/${token}`;

  it('defers privately, then edits the deferred reply with a private answer', async () => {
    const { interaction, deferral, discord } = await run('ephemeral');
    expect(deferral).toEqual({
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    });
    const edit = await discord.waitFor(
      (r) => r.method === 'PATCH' && r.path === `${webhook(interaction.token)}/messages/@original`,
    );
    expect(edit.body).toMatchObject({
      embeds: [{ title: 'Digest on 07:30 Asia/Tokyo' }],
      allowed_mentions: { parse: [] },
    });
    expect(discord.requests.filter(isCallback(interaction))).toHaveLength(1);
  });

  it('replaces the private placeholder with a public follow-up for a public answer', async () => {
    const { interaction, discord } = await run('public');
    const followUp = await discord.waitFor(
      (r) => r.method === 'POST' && r.path === webhook(interaction.token),
    );
    const removed = discord.requests.findIndex(
      (r) => r.method === 'DELETE' && r.path === `${webhook(interaction.token)}/messages/@original`,
    );
    expect(removed).toBeGreaterThan(-1);
    expect(removed).toBeLessThan(discord.requests.indexOf(followUp));
    expect(followUp.body).toMatchObject({
      embeds: [{ title: 'Digest on 07:30 Asia/Tokyo' }],
      allowed_mentions: { parse: [] },
    });
    expect((followUp.body as CallbackBody['data']).flags ?? 0).toBe(0);
    expect(discord.requests.filter(isCallback(interaction))).toHaveLength(1);
  });

  it('answers a command that fails after the deferral with the apology, acknowledged once', async () => {
    const { interaction, discord } = await run('public', true);
    const edit = await discord.waitFor(
      (r) => r.method === 'PATCH' && r.path === `${webhook(interaction.token)}/messages/@original`,
    );
    const text = JSON.stringify(edit.body);
    expect(text).toContain('Sorry');
    expect(text).not.toContain('secret detail');
    expect(discord.requests.filter(isCallback(interaction))).toHaveLength(1);
  });
});

describe('Discord channel context', () => {
  let bot: Bot | undefined;
  afterEach(() => bot?.close());

  it.each([
    [MANAGER_PERMISSIONS, true],
    [MEMBER_PERMISSIONS, false],
  ])(
    'passes the channel, the user and Manage Channels (%s) to the command',
    async (permissions, canManage) => {
      bot = await startBot({
        commands,
        services: { digest: slowDigest(Promise.resolve(), 'public') },
      });
      const interaction = chatInput('digest', { action: 'status' }, permissions);
      bot.discord.gateway.interact(interaction);
      const body = (await callbackOf(bot.discord, interaction)).body as CallbackBody;
      expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect(body.data.flags ?? 0).toBe(0);
      expect(JSON.parse(body.data.embeds?.[0]?.description ?? '{}')).toEqual({
        platform: 'discord',
        userId: USER_ID,
        channelId: CHANNEL_ID,
        canManageChannel: canManage,
      });
    },
  );
});
