import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { startDiscord } from '../../../src/platforms/discord/index.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-api.js';
import { TOKEN, tripLibrary } from './harness.js';

describe('Discord gateway failures', () => {
  let discord: FakeDiscord;
  let lines: string[];
  afterEach(() => discord.close());

  const start = (options: Parameters<typeof startDiscord>[1] = {}) => {
    lines = [];
    const config = loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: discord.apiUrl });
    const log = createLogger('debug', [TOKEN], (line) => lines.push(line));
    return startDiscord({ config, library: tripLibrary(), log, services: {} }, options);
  };

  it('gives up start-up after its timeout when the gateway never answers, saying so', async () => {
    discord = await startFakeDiscord();
    discord.gateway.behave('silent');
    const started = Date.now();
    await expect(start({ startTimeoutMs: 700 })).rejects.toThrow(
      /^Discord login failed: .*gateway not ready within 1 s/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const logged = lines.find((l) => l.includes('discord: could not connect'));
    expect(logged).toMatch(/"level":"error".*"reason":"Error: gateway not ready within 1 s"/);
  });

  it('close 4004 at login fails start-up at once, naming the token problem and not the token', async () => {
    discord = await startFakeDiscord();
    discord.gateway.behave('reject-4004');
    const error = await start({ startTimeoutMs: 5000 }).then(
      () => expect.unreachable('start should fail'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/^Discord login failed: /);
    expect(error.message).not.toMatch(/not ready within/);
    expect(error.message).not.toContain(TOKEN);
  });

  it('close 4004 after connecting marks Discord down for good, with the reason, and no token logged', async () => {
    discord = await startFakeDiscord();
    const states: [string, string | undefined][] = [];
    const platform = await start({ onStatus: (state, reason) => states.push([state, reason]) });
    discord.gateway.closeAll(4004);
    await vi.waitFor(() => expect(states.at(-1)?.[0]).toBe('down'));
    expect(states.at(-1)?.[1]).toMatch(/gateway closed 4004 \(authentication failed/);
    expect(lines.some((l) => /"level":"error".*disconnected for good/.test(l))).toBe(true);
    expect(lines.join('\n')).not.toContain(TOKEN);
    await platform.stop();
  });

  it('a dropped connection that comes back is reported starting, then up', async () => {
    discord = await startFakeDiscord();
    const states: string[] = [];
    const platform = await start({ onStatus: (state) => states.push(state) });
    discord.gateway.closeAll(4000); // unknown error: resumable
    await vi.waitFor(() => expect(states).toEqual(['up', 'starting', 'up']), { timeout: 8000 });
    await platform.stop();
  });
});
