import {
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { Reply } from '../../reply/model.js';
import type { Logger } from '../../log.js';
import { renderDiscordEmbeds } from './render.js';
import { withAttachment } from './attach-file.js';

/** The interactions tripbot answers with a message: a /trip command, a "More" button. */
export type AnsweredInteraction = ChatInputCommandInteraction | ButtonInteraction;

/** What a reply may carry besides the rendered answer. */
export interface ReplyExtras {
  /** Buttons under the answer (the "More" button of a brief answer). */
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** Private whatever the reply says (the rest of a private answer). */
  ephemeral?: boolean;
}

/** A reply and what goes with it. */
export interface Answer {
  reply: Reply;
  extras?: ReplyExtras;
}

/** Replies never ping anyone, whatever the text holds. */
export const NO_PINGS = { parse: [] as [] };

/**
 * Errors and help are always private. Answers are posted in the channel (Discord has
 * no "share" step, unlike Slack); only replies to an action (digest on/off) keep
 * their own visibility.
 */
export function isEphemeral(reply: Reply): boolean {
  if (reply.kind !== 'answer') return true;
  return reply.shareable === false && reply.visibility === 'ephemeral';
}

/** The facts of a Discord failure worth logging (never the URL: it holds the interaction token). */
export function describeDiscordError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const { status, code } = error as Error & { status?: number; code?: number | string };
  return { error: `${error.name}: ${error.message}`, status, code };
}

/**
 * Sends a reply exactly once through whichever path the interaction's state allows:
 * reply if unacknowledged, editReply after a deferral of the same visibility, otherwise
 * remove the placeholder and follow up with the right visibility.
 */
export async function sendReply(
  interaction: AnsweredInteraction,
  reply: Reply,
  log: Logger,
  extras: ReplyExtras = {},
): Promise<void> {
  const ephemeral = extras.ephemeral === true || isEphemeral(reply);
  const message = {
    ...withAttachment(reply, renderDiscordEmbeds(reply)),
    allowedMentions: NO_PINGS,
    ...(extras.components ? { components: extras.components } : {}),
  };
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...message, ...(flags ? { flags } : {}) });
    return;
  }
  if (interaction.deferred && !interaction.replied) {
    if (interaction.ephemeral === ephemeral) {
      await interaction.editReply(message);
      return;
    }
    await interaction.deleteReply().catch((error: unknown) => {
      log.warn('discord: could not remove the deferred reply', describeDiscordError(error));
    });
  }
  await interaction.followUp({ ...message, ...(flags ? { flags } : {}) });
}

/** 'late' when the work is not done within `ms`. */
async function readyOrLate(work: Promise<unknown>, ms: number): Promise<'ready' | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  const first = await Promise.race([work.then(() => 'ready' as const), late]);
  clearTimeout(timer);
  return first;
}

/**
 * Waits for the reply; if it is not ready within `deferAfterMs` (well inside Discord's
 * three-second deadline), acknowledges with a private deferral first.
 */
export async function replyInTime(
  interaction: AnsweredInteraction,
  work: Promise<Answer>,
  deferAfterMs: number,
  log: Logger,
): Promise<void> {
  if ((await readyOrLate(work, deferAfterMs)) === 'late') {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }
  const { reply, extras } = await work;
  await sendReply(interaction, reply, log, extras);
}

/**
 * The whole answer behind a "More" button, in place of the brief one (an UPDATE_MESSAGE
 * callback, or a deferred update and an edit when it is slow): the button goes with it, so a
 * second press finds nothing to press and nothing is posted twice. An error is a private
 * note of its own, and the brief answer stays.
 */
export async function expandInTime(
  interaction: ButtonInteraction,
  work: Promise<Answer>,
  deferAfterMs: number,
): Promise<void> {
  if ((await readyOrLate(work, deferAfterMs)) === 'late') await interaction.deferUpdate();
  const { reply } = await work;
  if (reply.kind === 'error') {
    const note = {
      embeds: renderDiscordEmbeds(reply),
      allowedMentions: NO_PINGS,
      flags: MessageFlags.Ephemeral,
    } as const;
    await (interaction.deferred ? interaction.followUp(note) : interaction.reply(note));
    return;
  }
  const message = {
    ...withAttachment(reply, renderDiscordEmbeds(reply)),
    allowedMentions: NO_PINGS,
    components: [],
  };
  if (interaction.deferred) await interaction.editReply(message);
  else await interaction.update(message);
}
