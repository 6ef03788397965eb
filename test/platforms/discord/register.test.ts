import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { commands } from '../../../commands/index.js';
import { buildTripCommand } from '../../../src/platforms/discord/commands.js';
import { runRegister } from '../../../src/platforms/discord/register.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/discord-api.js';

const APP = '123456789012345678';
const GUILD = '876543210987654321';

describe('the /trip command generated from the registry', () => {
  const trip = buildTripCommand();

  it('has one subcommand per registry entry, with the registry options as strings, then brief', () => {
    expect(trip.options?.map((o) => o.name)).toEqual(commands.map((c) => c.name));
    for (const command of commands) {
      const sub = trip.options?.find((o) => o.name === command.name);
      expect(sub?.type).toBe(ApplicationCommandOptionType.Subcommand);
      const options = sub && 'options' in sub ? (sub.options ?? []) : [];
      // The text commands' --brief: an optional yes/no, last.
      expect(options.at(-1)).toMatchObject({
        name: 'brief',
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      });
      expect(
        options
          .slice(0, -1)
          .map((o) => o.name)
          .sort(),
      ).toEqual(command.options.map((o) => o.name).sort());
      for (const spec of command.options) {
        const option = options.find((o) => o.name === spec.name);
        expect(option?.type).toBe(ApplicationCommandOptionType.String);
        expect(option?.required).toBe(spec.required);
        const suggested = ['date', 'place', 'name'].includes(spec.kind) && !spec.choices;
        expect(option && 'autocomplete' in option ? option.autocomplete : false).toBe(suggested);
      }
    }
  });

  it('autocompletes where/date, when/place and who/name', () => {
    const option = (sub: string, name: string) => {
      const found = trip.options?.find((o) => o.name === sub);
      return found && 'options' in found ? found.options?.find((o) => o.name === name) : undefined;
    };
    expect(option('where', 'date')).toMatchObject({ autocomplete: true, required: false });
    expect(option('when', 'place')).toMatchObject({ autocomplete: true, required: true });
    expect(option('who', 'name')).toMatchObject({ autocomplete: true, required: true });
  });

  it('offers the command names as a menu for help', () => {
    const help = trip.options?.find((o) => o.name === 'help');
    const option = help && 'options' in help ? help.options?.[0] : undefined;
    expect(option && 'choices' in option ? option.choices?.map((c) => c.value) : []).toEqual(
      commands.map((c) => c.name),
    );
  });

  it('refuses a registry entry whose name Discord would reject', () => {
    const bad = { ...commands[0]!, name: 'Where Now' };
    expect(() => buildTripCommand([bad])).toThrow(/not a valid Discord name/);
  });
});

describe('registration', () => {
  let discord: FakeDiscord;
  let out: string[];
  let err: string[];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  beforeEach(async () => {
    discord = await startFakeDiscord();
    out = [];
    err = [];
  });
  afterEach(() => discord.close());

  const env = (extra: Record<string, string> = {}) => ({
    DISCORD_TOKEN: 'register-token',
    DISCORD_APPLICATION_ID: APP,
    DISCORD_API_URL: discord.apiUrl,
    ...extra,
  });

  it('overwrites the guild commands in one request when DISCORD_GUILD_ID is set', async () => {
    expect(await runRegister([], env({ DISCORD_GUILD_ID: GUILD }), io)).toBe(0);
    expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${APP}/guilds/${GUILD}/commands`,
    ]);
    expect(discord.requests[0]?.body).toEqual([buildTripCommand()]);
    expect(discord.requests[0]?.headers.authorization).toBe('Bot register-token');
    expect(out.join('\n')).toContain(GUILD);
  });

  it('overwrites the global commands otherwise', async () => {
    expect(await runRegister([], env(), io)).toBe(0);
    expect(discord.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /applications/${APP}/commands`,
    ]);
  });

  it.each([
    ['DISCORD_TOKEN', { DISCORD_APPLICATION_ID: APP }],
    ['DISCORD_APPLICATION_ID', { DISCORD_TOKEN: 'register-token' }],
    ['DISCORD_APPLICATION_ID', { DISCORD_TOKEN: 'register-token', DISCORD_APPLICATION_ID: 'my-app' }],
  ])('exits 2 naming %s when it is missing or malformed', async (variable, settings) => {
    expect(await runRegister([], settings, io)).toBe(2);
    expect(err.join('\n')).toContain(variable);
    expect(discord.requests).toEqual([]);
  });

  it('exits 1 with a clear message when Discord rejects the token', async () => {
    discord.script(
      { method: 'PUT', path: /commands$/ },
      { status: 401, body: { message: '401: Unauthorized', code: 0 } },
    );
    expect(await runRegister([], env(), io)).toBe(1);
    expect(err.join('\n')).toMatch(/rejected DISCORD_TOKEN/);
    expect(err.join('\n')).not.toContain('register-token');
  });

  it('exits 2 on an unknown argument', async () => {
    expect(await runRegister(['--force'], env(), io)).toBe(2);
    expect(err.join('\n')).toContain('--force');
  });
});
