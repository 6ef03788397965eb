import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { startDiscord } from '../../../src/platforms/discord/index.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-api.js';
import { TOKEN, tripLibrary } from './harness.js';

describe('starting and stopping the Discord bot', () => {
  let discord: FakeDiscord;
  afterEach(() => discord.close());

  const start = async () => {
    discord = await startFakeDiscord();
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl });
    return startDiscord({ config, library: tripLibrary(), log: createLogger('silent'), services: {} });
  };

  it('disconnects from the gateway on stop', async () => {
    const platform = await start();
    expect(discord.gateway.openConnections()).toBe(1);
    expect(platform.sender.platform).toBe('discord');
    await platform.stop();
    await vi.waitFor(() => expect(discord.gateway.openConnections()).toBe(0));
  });

  it('fails with a clear message, and no token in it, when Discord rejects the token', async () => {
    discord = await startFakeDiscord();
    discord.script(
      { method: 'GET', path: '/gateway/bot' },
      { status: 401, body: { message: '401: Unauthorized', code: 0 } },
    );
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl });
    const error = await startDiscord({
      config,
      library: tripLibrary(),
      log: createLogger('silent'),
      services: {},
    }).then(
      () => expect.unreachable('start should fail'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/^Discord login failed: .*token/i);
    expect(error.message).not.toContain(TOKEN);
    expect(discord.gateway.openConnections()).toBe(0);
  });

  it('refuses to start without a token', async () => {
    discord = await startFakeDiscord();
    await expect(
      startDiscord({
        config: loadConfig({}),
        library: tripLibrary(),
        log: createLogger('silent'),
        services: {},
      }),
    ).rejects.toThrow(/DISCORD_TOKEN/);
  });
});
