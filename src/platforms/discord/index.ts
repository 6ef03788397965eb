import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { commands } from '../../../commands/index.js';
import type { CommandDefinition } from '../../../commands/types.js';
import type { PlatformDeps, RunningPlatform } from '../types.js';
import { TRIP_COMMAND } from './commands.js';
import { createDiscordSender } from './digest-sender.js';
import {
  handleAutocomplete,
  handleMoreButton,
  handleTripCommand,
  type InteractionContext,
} from './interactions.js';
import { HeldQuestions, isMoreButton } from './more.js';
import { describeDiscordError } from './respond.js';

export interface DiscordStartOptions {
  /** The command registry; the one in commands/index.ts unless a test adds its own. */
  commands?: readonly CommandDefinition[];
  /** How long a command may run before its reply is deferred (Discord's deadline is 3 s). */
  deferAfterMs?: number;
  /** How long login may take before start-up gives up with a log line (default 30 s). */
  startTimeoutMs?: number;
  /** How long a dropped gateway may take to come back before Discord counts as down (default 60 s). */
  reconnectTimeoutMs?: number;
  /** Told when the gateway drops, comes back, or closes for good (4004: token revoked). */
  onStatus?: (state: 'up' | 'starting' | 'down', reason?: string) => void;
}

/** Gateway close codes after which discord.js does not reconnect. */
const CLOSE_REASONS: Record<number, string> = {
  4004: 'authentication failed: the token was revoked or is wrong',
  4010: 'invalid shard',
  4011: 'sharding required',
  4012: 'invalid API version',
  4013: 'invalid intents',
  4014: 'disallowed intents',
};

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
    held: new HeldQuestions(),
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
  };

  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand() && interaction.commandName === TRIP_COMMAND) {
      void handleTripCommand(interaction, ctx);
    } else if (interaction.isAutocomplete() && interaction.commandName === TRIP_COMMAND) {
      void handleAutocomplete(interaction, ctx);
    } else if (interaction.isButton() && isMoreButton(interaction.customId)) {
      void handleMoreButton(interaction, ctx);
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

  const status = options.onStatus ?? (() => undefined);
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const reconnectTimeoutMs = options.reconnectTimeoutMs ?? 60_000;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let closedForGood = false;
  client.on(Events.ShardDisconnect, (event) => {
    closedForGood = true;
    clearTimeout(reconnectTimer);
    const reason = `gateway closed ${event.code} (${CLOSE_REASONS[event.code] ?? 'not resumable'})`;
    log.error('discord: disconnected for good', { code: event.code, reason });
    status('down', reason);
  });
  client.on(Events.ShardReconnecting, () => {
    if (closedForGood) return;
    log.warn('discord: gateway connection lost; reconnecting');
    status('starting', 'reconnecting to the gateway');
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => {
      log.error('discord: gateway not back within the reconnect timeout; still trying', {
        timeoutMs: reconnectTimeoutMs,
      });
      status('down', `gateway not reconnected within ${Math.round(reconnectTimeoutMs / 1000)} s`);
    }, reconnectTimeoutMs);
    reconnectTimer.unref();
  });
  const back = () => {
    if (closedForGood) return;
    clearTimeout(reconnectTimer);
    status('up');
  };
  client.on(Events.ShardResume, back);
  client.on(Events.ShardReady, back);

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`gateway not ready within ${Math.round(startTimeoutMs / 1000)} s`)),
      startTimeoutMs,
    );
  });
  try {
    await Promise.race([
      Promise.all([once(client, Events.ClientReady), client.login(settings.token)]),
      timeout,
    ]);
  } catch (error) {
    // A gateway that never answered can hold destroy() up too: give it 1 s.
    await Promise.race([client.destroy(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    const reason = describeDiscordError(error).error as string;
    log.error('discord: could not connect', { reason });
    throw new Error(`Discord login failed: ${reason}`);
  } finally {
    clearTimeout(timer);
  }
  log.info('discord: connected', { user: client.user?.tag, applicationId: client.application?.id });

  return {
    sender: createDiscordSender({
      token: settings.token,
      log,
      ...(settings.apiUrl ? { apiUrl: settings.apiUrl } : {}),
    }),
    async stop() {
      clearTimeout(reconnectTimer);
      await client.destroy();
      log.info('discord: disconnected');
    },
  };
}
