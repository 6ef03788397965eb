import {
  MessageFlags,
  PermissionFlagsBits,
  type ApplicationCommandOptionChoiceData,
  type AutocompleteInteraction,
  type ButtonInteraction,
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
import { briefReply } from '../../reply/model.js';
import type { Logger } from '../../log.js';
import { AUTOCOMPLETE_KINDS, BRIEF_OPTION, optionValues } from './commands.js';
import { truncate } from '../../itinerary/text.js';
import {
  describeDiscordError,
  expandInTime,
  replyInTime,
  type AnsweredInteraction,
  type Answer,
} from './respond.js';
import { HeldQuestions, moreCustomId, moreRow, readMoreCustomId, type MoreRequest } from './more.js';

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
  /** Questions of "More" buttons too long for a custom_id. */
  held: HeldQuestions;
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

function invocation(interaction: AnsweredInteraction, ctx: InteractionContext, now?: Date): Invocation {
  return {
    ...(now ? { now } : {}),
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

async function runTrip(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<Answer> {
  const startedAt = performance.now();
  const name = interaction.options.getSubcommand(false) ?? 'help';
  const command = findIn(ctx, name);
  const now = new Date();
  const options = command ? optionValues(command, (option) => readOption(interaction, option)) : {};
  // A subcommand the code no longer has (stale registration) gets the usual "unknown command" reply.
  const outcome = command
    ? await runCommand(command, options, invocation(interaction, ctx, now))
    : await runText(name, invocation(interaction, ctx, now));
  ctx.log.debug('discord command', { command: outcome.command ?? name, ok: outcome.ok });
  recordCommand(ctx.metrics, 'discord', outcome, startedAt);
  const brief = interaction.options.get(BRIEF_OPTION)?.value === true;
  if (!brief || !command || outcome.reply.kind === 'error') return { reply: outcome.reply };
  // --brief: the first line, and a "More" button that asks the same question again for the rest.
  const request: MoreRequest = { command: command.name, options, now };
  return {
    reply: briefReply(outcome.reply),
    extras: { components: [moreRow(moreCustomId(request, command, ctx.held))] },
  };
}

/** Handles `/trip <subcommand>`: runs the command and replies once, deferring if it runs long. */
export async function handleTripCommand(
  interaction: ChatInputCommandInteraction,
  shared: InteractionContext,
): Promise<void> {
  const ctx = { ...shared, log: withRequestId(shared.log, interaction.id) };
  await answerOnce(interaction, ctx, runTrip(interaction, ctx));
}

/** Replies once with the work's answer, or the fallback if it failed; a refused reply is logged. */
async function answerOnce(
  interaction: AnsweredInteraction,
  ctx: InteractionContext,
  answer: Promise<Answer>,
): Promise<void> {
  try {
    const work = answer.catch((error: unknown): Answer => {
      ctx.log.error('discord: could not read an interaction', { error });
      return { reply: APOLOGY }; // reading the interaction itself failed (runCommand never throws)
    });
    await replyInTime(interaction, work, ctx.deferAfterMs, ctx.log);
  } catch (error) {
    // Never a second acknowledgement here: the reply path already chose the only valid call.
    ctx.log.error('discord: could not answer an interaction', describeDiscordError(error));
  }
}

const MORE_PROBLEMS = {
  unreadable: 'That More button holds no question tripbot can read.',
  expired: 'That More button has expired: tripbot keeps a question too long for the button for one hour.',
  'unknown-command': 'That More button asks a command tripbot no longer has.',
} as const;

async function runMore(interaction: ButtonInteraction, ctx: InteractionContext): Promise<Answer> {
  const found = readMoreCustomId(interaction.customId, ctx.commands, ctx.held);
  const command = found.ok ? findIn(ctx, found.request.command) : undefined;
  if (!found.ok || !command) {
    const reason = found.ok ? 'unknown-command' : found.reason;
    ctx.log.warn('discord: a More button could not be answered', { reason });
    return {
      reply: {
        kind: 'error',
        title: MORE_PROBLEMS[reason],
        hint: 'Ask again with /trip, or /trip help',
        sections: [],
        sources: [],
        visibility: 'ephemeral',
      },
    };
  }
  const startedAt = performance.now();
  const outcome = await runCommand(
    command,
    found.request.options,
    invocation(interaction, ctx, found.request.now),
  );
  recordCommand(ctx.metrics, 'discord', outcome, startedAt);
  // The rest of a private answer stays private.
  return {
    reply: outcome.reply,
    extras: { ephemeral: interaction.message.flags.has(MessageFlags.Ephemeral) },
  };
}

/** Handles a "More" button under a brief answer: the whole answer replaces the brief one. */
export async function handleMoreButton(
  interaction: ButtonInteraction,
  shared: InteractionContext,
): Promise<void> {
  const ctx = { ...shared, log: withRequestId(shared.log, interaction.id) };
  try {
    const work = runMore(interaction, ctx).catch((error: unknown): Answer => {
      ctx.log.error('discord: could not read a More button', { error });
      return { reply: APOLOGY };
    });
    await expandInTime(interaction, work, ctx.deferAfterMs);
  } catch (error) {
    ctx.log.warn('discord: could not expand a brief answer', describeDiscordError(error));
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
