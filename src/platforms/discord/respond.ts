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
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deferAfterMs);
  });
  const first = await Promise.race([work, late]);
  clearTimeout(timer);
  if (first === 'late') {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }
  const { reply, extras } = await work;
  await sendReply(interaction, reply, log, extras);
}
