/**
 * Starts the real Discord adapter (a discord.js Client) against the loopback fake of
 * Discord, and builds raw interaction payloads typed with discord-api-types.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  MessageFlags,
  MessageType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionGuildMember,
  type APIMessageComponentButtonInteraction,
} from 'discord-api-types/v10';
import type { CommandDefinition, Services } from '../../../commands/types.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/log.js';
import { tripLibrary } from '../../fixtures/trip.js';
import type { Library } from '../../../src/query/library.js';
import { startDiscord } from '../../../src/platforms/discord/index.js';
import type { RunningPlatform } from '../../../src/platforms/types.js';
import {
  FAKE_BOT_USER,
  startFakeDiscord,
  type FakeDiscord,
  type RecordedRequest,
} from '../../fakes/discord-api.js';

export const TOKEN = 'fake-discord-bot-token';
export const CHANNEL_ID = '333333333333333333';
export const GUILD_ID = '444444444444444444';
export const USER_ID = '555555555555555555';
/** ManageChannels (1 << 4) plus SendMessages (1 << 11). */
export const MANAGER_PERMISSIONS = String((1n << 4n) | (1n << 11n));
export const MEMBER_PERMISSIONS = String(1n << 11n);

export { tripLibrary };

export interface Bot {
  discord: FakeDiscord;
  platform: RunningPlatform;
  logs: string[];
  close(): Promise<void>;
}

export async function startBot(
  options: {
    library?: Library;
    services?: Services;
    commands?: readonly CommandDefinition[];
    deferAfterMs?: number;
  } = {},
): Promise<Bot> {
  const discord = await startFakeDiscord();
  const logs: string[] = [];
  const config = loadConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    DEFAULT_TIMEZONE: 'Asia/Tokyo',
  });
  const platform = await startDiscord(
    {
      config,
      library: options.library ?? tripLibrary(),
      log: createLogger('debug', config.secrets, (line) => logs.push(line)),
      services: options.services ?? {},
    },
    {
      ...(options.commands ? { commands: options.commands } : {}),
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    },
  );
  return {
    discord,
    platform,
    logs,
    async close() {
      await platform.stop();
      await discord.close();
    },
  };
}

let nextId = 900_000_000_000_000_000n;

function member(permissions: string): APIInteractionGuildMember {
  return {
    user: { id: USER_ID, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null },
    roles: [],
    permissions,
    joined_at: '2023-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0 as APIInteractionGuildMember['flags'],
  };
}

function base(permissions: string) {
  const id = String(nextId++);
  return {
    id,
    application_id: '111111111111111111',
    token: `interaction-token-${id}`,
    version: 1 as const,
    guild_id: GUILD_ID,
    channel: { id: CHANNEL_ID, type: ChannelType.GuildText as const },
    channel_id: CHANNEL_ID,
    member: member(permissions),
    app_permissions: MEMBER_PERMISSIONS,
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: {},
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

const stringOptions = (
  values: Record<string, string | boolean>,
  focused?: string,
): APIApplicationCommandInteractionDataBasicOption[] =>
  Object.entries(values).map(([name, value]) =>
    typeof value === 'boolean'
      ? { type: ApplicationCommandOptionType.Boolean, name, value }
      : {
          type: ApplicationCommandOptionType.String,
          name,
          value,
          ...(name === focused ? { focused: true } : {}),
        },
  );

/** `/trip <subcommand> name:value ...` as the gateway delivers it. */
export function chatInput(
  subcommand: string,
  values: Record<string, string | boolean> = {},
  permissions = MEMBER_PERMISSIONS,
): APIChatInputApplicationCommandInteraction {
  const interaction: APIChatInputApplicationCommandInteraction = {
    ...base(permissions),
    type: InteractionType.ApplicationCommand,
    data: {
      id: '666666666666666666',
      name: 'trip',
      type: ApplicationCommandType.ChatInput,
      options: [
        { type: ApplicationCommandOptionType.Subcommand, name: subcommand, options: stringOptions(values) },
      ],
    },
  };
  return interaction;
}

/**
 * A press of the button `customId` on one of the bot's messages, public or private
 * (`ephemeral`), as the gateway delivers it.
 */
export function buttonPress(customId: string, ephemeral = false): APIMessageComponentButtonInteraction {
  return {
    ...base(MEMBER_PERMISSIONS),
    type: InteractionType.MessageComponent,
    data: { component_type: ComponentType.Button, custom_id: customId },
    message: {
      id: String(nextId++),
      channel_id: CHANNEL_ID,
      type: MessageType.ChatInputCommand,
      author: FAKE_BOT_USER,
      content: '',
      timestamp: '2023-11-09T00:00:00.000Z',
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      flags: ephemeral ? MessageFlags.Ephemeral : (0 as MessageFlags),
      components: [],
    },
  };
}

/** The user is typing `focused` in `/trip <subcommand>`. */
export function autocomplete(
  subcommand: string,
  focused: string,
  value: string,
  others: Record<string, string> = {},
): APIApplicationCommandAutocompleteInteraction {
  const interaction: APIApplicationCommandAutocompleteInteraction = {
    ...base(MEMBER_PERMISSIONS),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: '666666666666666666',
      name: 'trip',
      type: ApplicationCommandType.ChatInput,
      options: [
        {
          type: ApplicationCommandOptionType.Subcommand,
          name: subcommand,
          options: stringOptions({ ...others, [focused]: value }, focused),
        },
      ],
    },
  };
  return interaction;
}

export const isCallback = (interaction: { id: string; token: string }) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`;

/** The successful callback the fake received for an interaction. */
export function callbackOf(discord: FakeDiscord, interaction: { id: string; token: string }) {
  const match = isCallback(interaction);
  return discord.waitFor((r) => match(r) && r.status < 300);
}

export interface CallbackBody {
  type: number;
  data: {
    flags?: number;
    embeds?: import('discord-api-types/v10').APIEmbed[];
    components?: {
      type: number;
      components: { type: number; style?: number; label?: string; custom_id?: string }[];
    }[];
    allowed_mentions?: { parse?: string[] };
    choices?: { name: string; value: string }[];
  };
}
