import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError, REST, Routes, type APIMessage } from 'discord.js';
import { DeliveryError, type DigestSender } from '../../digest/types.js';
import type { Logger } from '../../log.js';
import type { Reply } from '../../reply/model.js';
import { renderDiscordEmbeds } from './render.js';
import { withAttachment } from './attach-file.js';

export interface DiscordSenderOptions {
  token: string;
  /** REST base (discord.js appends /v10); Discord's own when absent. */
  apiUrl?: string;
  log: Logger;
  /** Per-request timeout; a timeout is a transient failure. */
  timeoutMs?: number;
}

/** Discord error codes after which resending cannot help. */
const PERMANENT_CODES = new Set([
  10003, // Unknown Channel
  50001, // Missing Access
  50013, // Missing Permissions
  50007, // Cannot send messages to this user
  50008, // Cannot send messages in a non-text channel
]);

/** Maps whatever @discordjs/rest threw to a DeliveryError (permanent or transient with a wait). */
export function toDeliveryError(error: unknown, channelId: string): DeliveryError {
  const where = `Discord channel ${channelId}`;
  if (error instanceof RateLimitError) {
    return new DeliveryError(
      `${where}: rate limited`,
      false,
      Math.max(error.retryAfter, error.timeToReset, 0),
    );
  }
  if (error instanceof DiscordAPIError) {
    if (error.status === 429) return new DeliveryError(`${where}: rate limited`, false);
    const permanent =
      PERMANENT_CODES.has(Number(error.code)) ||
      (error.status >= 400 && error.status < 500 && error.status !== 408);
    return new DeliveryError(`${where}: ${error.message} (${error.status}, code ${error.code})`, permanent);
  }
  if (error instanceof HTTPError) {
    return new DeliveryError(
      `${where}: Discord answered ${error.status}`,
      error.status < 500 && error.status !== 408,
    );
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Timeouts (AbortError) and network failures: the post may have landed; the resend
  // carries the same nonce, which Discord answers with the existing message.
  return new DeliveryError(`${where}: ${message}`, false, undefined, true);
}

/** Discord nonces are at most 25 characters: the delivery id's hash, stable across retries. */
export function discordNonce(deliveryId: string): string {
  return createHash('sha256').update(deliveryId).digest('hex').slice(0, 25);
}

/**
 * Posts digests as embeds with `POST /channels/{id}/messages`. Retries are left to the
 * digest scheduler: the REST client makes one attempt and surfaces a 429 at once.
 */
export function createDiscordSender(options: DiscordSenderOptions): DigestSender {
  const rest = new REST({
    retries: 0,
    rejectOnRateLimit: () => true,
    timeout: options.timeoutMs ?? 15_000,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
  }).setToken(options.token);

  return {
    platform: 'discord',
    async send(channelId: string, reply: Reply, deliveryId: string) {
      // The day's map goes with the message (multipart), shown by the first embed.
      const { embeds, files } = withAttachment(reply, renderDiscordEmbeds(reply));
      const body = {
        embeds,
        allowed_mentions: { parse: [] },
        nonce: discordNonce(deliveryId),
        enforce_nonce: true,
      };
      const raw = files?.map((f) => ({ name: f.name ?? 'file', data: f.attachment as Buffer }));
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), {
          body,
          ...(raw?.length ? { files: raw } : {}),
        })) as APIMessage;
        return { messageId: message.id };
      } catch (error) {
        const failure = toDeliveryError(error, channelId);
        options.log.warn('discord: digest delivery failed', {
          channelId,
          permanent: failure.permanent,
          retryAfterMs: failure.retryAfterMs,
          error: failure.message,
        });
        throw failure;
      }
    },
  };
}
