import type { Library } from '../src/query/library.js';
import type { Reply } from '../src/reply/model.js';
import type { MapSettings } from '../src/render/map-settings.js';

/**
 * How an option's value is read. Slack and the console pass free text; Discord
 * generates typed options from these specs (and autocompletes date/place/name).
 */
export type OptionKind = 'date' | 'place' | 'name' | 'query' | 'command' | 'text';

export interface OptionSpec {
  name: string;
  kind: OptionKind;
  description: string;
  required: boolean;
  /** Fixed choices (Discord shows them as a menu). An optional choice before the last option is taken from text only when the word is a choice. */
  choices?: readonly string[];
  /** Short forms of the choices a user may type ("potus" for "president"). */
  choiceAliases?: Readonly<Record<string, string>>;
}

export interface ChannelContext {
  platform: 'console' | 'slack' | 'discord';
  channelId?: string;
  userId?: string;
  /** Whether the caller may change channel settings (Discord: Manage Channels). */
  canManageChannel?: boolean;
}

/**
 * What the `/trip digest on|off|status` command needs from the digest subsystem.
 * Implemented by src/digest (store-backed); absent in the console and in one-shot CLI runs.
 */
export interface DigestService {
  handle(action: 'on' | 'off' | 'status', args: string, channel: ChannelContext): Promise<Reply>;
}

export interface Services {
  digest?: DigestService;
  /** Per-channel "maps in route/where answers" setting; maps are on where it is absent. */
  maps?: MapSettings;
}

export interface CommandContext {
  library: Library;
  /** Parsed option values by name; free text already trimmed. */
  options: Readonly<Record<string, string | undefined>>;
  now: Date;
  /** The user's time zone, for "today" and "yesterday". */
  timeZone: string;
  channel: ChannelContext;
  services: Services;
}

export interface CommandOutput {
  reply: Reply;
  /** The query result, printed by `--json`. */
  data: unknown;
}

export interface CommandDefinition {
  name: string;
  summary: string;
  usage: string;
  examples: readonly string[];
  /** Positional in text: each option takes one word, the last takes the rest. */
  options: readonly OptionSpec[];
  run(ctx: CommandContext): CommandOutput | Promise<CommandOutput>;
}
