import { webApi } from '@slack/bolt';
import type { DigestSender } from '../../digest/types.js';
import type { Logger } from '../../log.js';
import type { Reply } from '../../reply/model.js';
import { toBoltLogger } from './bolt-logger.js';
import { renderSlackMessage } from './render.js';
import { describeSlackError, toDeliveryError } from './web-api-errors.js';
import { fileBlock, uploadAttachment, withFileBlock } from './attach-file.js';

export interface SlackSenderOptions {
  token: string;
  /** Web API base URL (GovSlack, a proxy, tests); default https://slack.com/api/. */
  apiUrl?: string;
  log: Logger;
  /** Per-request timeout, default 10 s; a timeout is ambiguous (the post may have landed). */
  timeoutMs?: number;
}

/** Message metadata event type that marks a digest post and carries its delivery id. */
export const DIGEST_EVENT = 'tripbot_digest';

/**
 * Posts digests with chat.postMessage. The WebClient's own retries are off: the digest
 * ledger decides when to retry, from the DeliveryError (permanent, retryAfterMs).
 */
export function createSlackSender(options: SlackSenderOptions): DigestSender {
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
    logger: toBoltLogger(options.log),
  });
  return {
    platform: 'slack',
    async send(channelId: string, reply: Reply, deliveryId: string) {
      const message = renderSlackMessage(reply);
      // The day's map: uploaded first (not shared to a channel), then shown by an image block.
      // A failed upload is logged and the digest goes out without it.
      const file = reply.kind === 'answer' ? reply.attachment : undefined;
      const uploaded = file ? await uploadAttachment(client, file, options.log) : undefined;
      const blocks =
        file && uploaded ? withFileBlock(message.blocks, fileBlock(file, uploaded)) : message.blocks;
      try {
        const result = await client.chat.postMessage({
          channel: channelId,
          text: message.text,
          blocks,
          mrkdwn: false,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: DIGEST_EVENT, event_payload: { delivery_id: deliveryId } },
        });
        if (!result.ts) throw new Error('chat.postMessage returned no ts');
        return { messageId: result.ts };
      } catch (error) {
        const failure = toDeliveryError(error, `chat.postMessage to ${channelId}`);
        options.log.warn('slack digest delivery failed', {
          channel: channelId,
          error: describeSlackError(error),
          permanent: failure.permanent,
        });
        throw failure;
      }
    },
    async find(channelId: string, deliveryId: string, since: Date) {
      try {
        // Newest first; a digest is found among the posts since the delivery began.
        const oldest = String(Math.floor(since.getTime() / 1000) - 60);
        let cursor: string | undefined;
        for (let page = 0; page < 2; page++) {
          const result = await client.conversations.history({
            channel: channelId,
            oldest,
            limit: 200,
            include_all_metadata: true,
            ...(cursor ? { cursor } : {}),
          });
          const hit = result.messages?.find(
            (m) =>
              m.metadata?.event_type === DIGEST_EVENT &&
              (m.metadata.event_payload as Record<string, unknown> | undefined)?.delivery_id === deliveryId,
          );
          if (hit?.ts) return hit.ts;
          cursor = result.response_metadata?.next_cursor || undefined;
          if (!result.has_more || !cursor) return undefined;
        }
        return undefined;
      } catch (error) {
        throw toDeliveryError(error, `conversations.history of ${channelId}`);
      }
    },
  };
}
