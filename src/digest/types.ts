import type { Reply } from '../reply/model.js';

/** Posts a digest to one channel of one platform. Implemented in src/platforms/<platform>. */
export interface DigestSender {
  platform: 'slack' | 'discord';
  /**
   * Posts once, carrying `deliveryId` (Slack message metadata, Discord nonce with
   * enforce_nonce) so that a post which landed can be recognised. Resolves with the
   * platform's message id; throws DeliveryError on failure.
   */
  send(channelId: string, reply: Reply, deliveryId: string): Promise<{ messageId: string }>;
  /**
   * Looks in the channel for a post carrying `deliveryId` made after `since`: its message
   * id, or undefined if there is none. Absent where resending is itself idempotent (Discord's
   * nonce). Throws DeliveryError when the platform cannot be asked.
   */
  find?(channelId: string, deliveryId: string, since: Date): Promise<string | undefined>;
}

/**
 * A failed delivery. permanent: retrying cannot help (channel_not_found, 403, 404).
 * ambiguous: the request may have been carried out (a timeout, a reset after sending), so
 * before posting again the sender must be asked whether it landed.
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
    readonly ambiguous = false,
  ) {
    super(message);
  }
}
