import type { Reply } from '../reply/model.js';
import type { ChannelContext } from '../../commands/types.js';

/**
 * What the `/trip digest on|off|status` command needs from the digest subsystem.
 * Implemented by src/digest (store-backed); absent in the console and in one-shot CLI runs.
 */
export interface DigestService {
  handle(action: 'on' | 'off' | 'status', args: string, channel: ChannelContext): Promise<Reply>;
}

/** Posts a digest to one channel of one platform. Implemented in src/platforms/<platform>. */
export interface DigestSender {
  platform: 'slack' | 'discord';
  /** Resolves with the platform's message id; throws DeliveryError on failure. */
  send(channelId: string, reply: Reply): Promise<{ messageId: string }>;
}

/** A failed delivery. permanent: retrying cannot help (channel_not_found, 403, 404). */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
