import { webApi } from '@slack/bolt';
import type { DigestSender } from '../../digest/types.js';
import type { Logger } from '../../log.js';
import type { Reply } from '../../reply/model.js';
import { toBoltLogger } from './bolt-logger.js';
import { renderSlackMessage } from './render.js';
import { describeSlackError, toDeliveryError } from './web-api-errors.js';

export interface SlackSenderOptions {
  token: string;
  /** Web API base URL (GovSlack, a proxy, tests); default https://slack.com/api/. */
  apiUrl?: string;
  log: Logger;
}

/**
 * Posts digests with chat.postMessage. The WebClient's own retries are off: the digest
 * ledger decides when to retry, from the DeliveryError (permanent, retryAfterMs).
 */
export function createSlackSender(options: SlackSenderOptions): DigestSender {
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
    logger: toBoltLogger(options.log),
  });
  return {
    platform: 'slack',
    async send(channelId: string, reply: Reply) {
      const message = renderSlackMessage(reply);
      try {
        const result = await client.chat.postMessage({
          channel: channelId,
          text: message.text,
          blocks: message.blocks,
          mrkdwn: false,
          unfurl_links: false,
          unfurl_media: false,
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
  };
}
