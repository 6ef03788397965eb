import { afterEach, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-api.js';
import { CHANNEL_ID, USER_ID, autocomplete } from './harness.js';

/** The fake itself, driven by a bare discord.js client: what every other Discord test rests on. */
describe('fake Discord gateway', () => {
  let discord: FakeDiscord | undefined;
  let client: Client | undefined;
  afterEach(async () => {
    await client?.destroy();
    await discord?.close();
  });

  it('lets a real client log in, turn ready and receive INTERACTION_CREATE through its own dispatch', async () => {
    discord = await startFakeDiscord();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
    const ready = once(client, Events.ClientReady);
    await client.login('smoke-token');
    await ready;
    expect(client.user?.id).toBe('222222222222222222');
    expect(client.application?.id).toBe(discord.applicationId);
    expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /gateway/bot']);

    const received = once(client, Events.InteractionCreate) as Promise<[Interaction]>;
    discord.gateway.interact(autocomplete('who', 'name', 'jaish'));
    const [interaction] = await received;
    expect(interaction.isAutocomplete()).toBe(true);
    if (!interaction.isAutocomplete()) return;
    expect(interaction.commandName).toBe('trip');
    expect(interaction.options.getSubcommand()).toBe('who');
    expect(interaction.options.getFocused(true)).toMatchObject({ name: 'name', value: 'jaish' });
    expect(interaction.channelId).toBe(CHANNEL_ID);
    expect(interaction.user.id).toBe(USER_ID);
  });
});
