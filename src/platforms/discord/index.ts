import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { commands } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../commands/types.js';
import type { PlatformDeps, RunningPlatform } from '../types.js';
import { TRIP_COMMAND } from './commands.js';
import { createDiscordSender } from './digest-sender.js';
import { handleAutocomplete, handleTripCommand, type InteractionContext } from './interactions.js';
import { describeDiscordError } from './respond.js';

export interface DiscordStartOptions {
  /** The command registry; the one in commands/index.ts unless a test adds its own. */
  commands?: readonly CommandDefinition[];
  /** How long a command may run before its reply is deferred (Discord's deadline is 3 s). */
  deferAfterMs?: number;
}

/**
 * Connects the bot to Discord's gateway (Guilds intent only) and answers `/trip`
 * commands and their autocomplete. Commands are registered separately
 * (`npm run discord:register`), never on start.
 */
export async function startDiscord(
  deps: PlatformDeps,
  options: DiscordStartOptions = {},
): Promise<RunningPlatform> {
  const settings = deps.config.discord;
  if (!settings) throw new Error('Discord is not configured: DISCORD_TOKEN is not set');
  const { log } = deps;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(settings.apiUrl ? { rest: { api: settings.apiUrl } } : {}),
  });
  const ctx: InteractionContext = {
    commands: options.commands ?? commands,
    library: deps.library,
    timeZone: deps.config.defaultTimeZone,
    services: deps.services,
    log,
    deferAfterMs: options.deferAfterMs ?? 1500,
  };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand() && interaction.commandName === TRIP_COMMAND) {
      void handleTripCommand(interaction, ctx);
    } else if (interaction.isAutocomplete() && interaction.commandName === TRIP_COMMAND) {
      void handleAutocomplete(interaction, ctx);
    }
  });
  client.on(Events.Error, (error) => log.error('discord: client error', describeDiscordError(error)));
  client.on(Events.ShardError, (error) => log.warn('discord: gateway error', describeDiscordError(error)));
  client.on(Events.Warn, (message) => log.warn('discord: warning', { message }));
  client.rest.on('rateLimited', (info) =>
    log.warn('discord: rate limited', {
      route: info.route,
      retryAfterMs: info.retryAfter,
      global: info.global,
    }),
  );

  try {
    await Promise.all([once(client, Events.ClientReady), client.login(settings.token)]);
  } catch (error) {
    await client.destroy();
    throw new Error(`Discord login failed: ${describeDiscordError(error).error as string}`);
  }
  log.info('discord: connected', { user: client.user?.tag, applicationId: client.application?.id });

  return {
    sender: createDiscordSender({
      token: settings.token,
      log,
      ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
    }),
    async stop() {
      await client.destroy();
      log.info('discord: disconnected');
    },
  };
}
