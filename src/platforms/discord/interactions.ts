import {
  PermissionFlagsBits,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import {
  APOLOGY,
  MAX_INPUT_LENGTH,
  runCommand,
  runText,
  type Invocation,
} from '../../../commands/dispatch.js';
import type { CommandDefinition, Services } from '../../../commands/types.js';
import type { Library } from '../../query/library.js';
import { suggest } from '../../query/autocomplete.js';
import type { Reply } from '../../reply/model.js';
import type { Logger } from '../../log.js';
import { AUTOCOMPLETE_KINDS, optionValues } from './commands.js';
import { truncate } from '../../itinerary/text.js';
import { describeDiscordError, replyInTime } from './respond.js';

import { recordCommand, type Metrics } from '../../http/metrics.js';
import { withRequestId } from '../../log.js';

export interface InteractionContext {
  /** The command registry (commands/index.ts). */
  commands: readonly CommandDefinition[];
  library: Library;
  timeZone: string;
  /** Shared with main, which fills in services later; read at call time. */
  services: Services;
  log: Logger;
  /** How long a command may run before the reply is deferred. */
  deferAfterMs: number;
  metrics?: Metrics;
}

/** Discord's cap on autocomplete choices per response. */
export const MAX_CHOICES = 25;

const findIn = (ctx: InteractionContext, name: string) =>
  ctx.commands.find((c) => c.name === name.toLowerCase());

/** An option's raw value, whatever type a stale registration gave it. */
function readOption(interaction: ChatInputCommandInteraction, name: string): string | null {
  const value = interaction.options.get(name)?.value;
  return value === undefined || value === null ? null : String(value);
}

function invocation(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Invocation {
  return {
    library: ctx.library,
    timeZone: ctx.timeZone,
    services: ctx.services,
    log: ctx.log,
    channel: {
      platform: 'discord',
      userId: interaction.user.id,
      ...(interaction.channelId ? { channelId: interaction.channelId } : {}),
      canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false,
    },
  };
}

async function runTrip(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<Reply> {
  const startedAt = performance.now();
  const name = interaction.options.getSubcommand(false) ?? 'help';
  const command = findIn(ctx, name);
  // A subcommand the code no longer has (stale registration) gets the usual "unknown command" reply.
  const outcome = command
    ? await runCommand(
        command,
        optionValues(command, (option) => readOption(interaction, option)),
        invocation(interaction, ctx),
      )
    : await runText(name, invocation(interaction, ctx));
  ctx.log.debug('discord command', { command: outcome.command ?? name, ok: outcome.ok });
  recordCommand(ctx.metrics, 'discord', outcome, startedAt);
  return outcome.reply;
}

/** Handles `/trip <subcommand>`: runs the command and replies once, deferring if it runs long. */
export async function handleTripCommand(
  interaction: ChatInputCommandInteraction,
  shared: InteractionContext,
): Promise<void> {
  const ctx = { ...shared, log: withRequestId(shared.log, interaction.id) };
  try {
    const work = runTrip(interaction, ctx).catch((error: unknown) => {
      ctx.log.error('discord: could not read an interaction', { error });
      return APOLOGY; // reading the interaction itself failed (runCommand never throws)
    });
    await replyInTime(interaction, work, ctx.deferAfterMs, ctx.log);
  } catch (error) {
    // Never a second acknowledgement here: the reply path already chose the only valid call.
    ctx.log.error('discord: could not answer an interaction', describeDiscordError(error));
  }
}

function choicesFor(
  interaction: AutocompleteInteraction,
  ctx: InteractionContext,
): ApplicationCommandOptionChoiceData<string>[] {
  const command = findIn(ctx, interaction.options.getSubcommand(false) ?? '');
  const focused = interaction.options.getFocused(true);
  const spec = command?.options.find((option) => option.name === focused.name);
  if (!spec || !AUTOCOMPLETE_KINDS.has(spec.kind)) return [];
  const text = String(focused.value).slice(0, MAX_INPUT_LENGTH);
  return suggest(ctx.library, spec.kind, text, MAX_CHOICES)
    .filter((choice) => choice.value.length > 0 && choice.value.length <= 100)
    .slice(0, MAX_CHOICES)
    .map((choice) => ({ name: truncate(choice.name.trim() || choice.value, 100), value: choice.value }));
}

/** Answers an autocomplete request from the prebuilt indexes: at most 25 choices, best first. */
export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  ctx: InteractionContext,
): Promise<void> {
  let choices: ApplicationCommandOptionChoiceData<string>[] = [];
  try {
    choices = choicesFor(interaction, ctx);
  } catch (error) {
    ctx.log.error('discord: autocomplete failed', { error });
  }
  try {
    if (!interaction.responded) await interaction.respond(choices);
  } catch (error) {
    ctx.log.warn('discord: could not answer autocomplete', describeDiscordError(error));
  }
}
