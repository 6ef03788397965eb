/**
 * `npm run discord:register [-- --dry-run]`: puts the `/trip` command on Discord with one
 * bulk overwrite, to DISCORD_GUILD_ID when set (instant, for a test server) or globally.
 * `--dry-run` prints the request body and needs no token. Never run on bot start.
 */
import { pathToFileURL } from 'node:url';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { ConfigError, loadConfig } from '../../config.js';
import { buildTripCommand } from './commands.js';

export interface RegisterIo {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: RegisterIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

const USAGE = 'Usage: npm run discord:register [-- --dry-run]';

/** Runs the registration; returns the exit code (0 ok, 1 Discord refused, 2 bad settings). */
export async function runRegister(
  args: readonly string[],
  env?: Record<string, string | undefined>,
  io: RegisterIo = consoleIo,
): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length > 0) {
    io.err(`Unknown argument: ${unknown[0]}\n${USAGE}`);
    return 2;
  }
  const body = [buildTripCommand()];
  if (args.includes('--dry-run')) {
    io.out(JSON.stringify(body, null, 2));
    return 0;
  }

  let config: ReturnType<typeof loadConfig>;
  try {
    config = env ? loadConfig(env) : loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(error.message);
    return 2;
  }
  const discord = config.discord;
  if (!discord) {
    io.err('DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot → Reset Token).');
    return 2;
  }
  if (!discord.applicationId) {
    io.err(
      'DISCORD_APPLICATION_ID is not set: copy the Application ID from the Developer Portal (General Information).',
    );
    return 2;
  }

  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.applicationId, discord.guildId)
    : Routes.applicationCommands(discord.applicationId);
  try {
    await rest.put(route, { body });
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) {
      io.err('Discord rejected DISCORD_TOKEN (401 Unauthorized): check the bot token.');
    } else {
      io.err(`Registration failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }
  const count = body[0]?.options?.length ?? 0;
  io.out(
    discord.guildId
      ? `Registered /trip (${count} subcommands) in guild ${discord.guildId}; it is available there now.`
      : `Registered /trip (${count} subcommands) globally; Discord may take a few minutes to show it everywhere.`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runRegister(process.argv.slice(2));
}
