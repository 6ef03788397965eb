import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { describeSlackError } from './web-api-errors.js';

export type DigestPermission = (userId: string) => Promise<boolean>;

/** `/trip digest on` and `off` change the channel: everything else only reads. */
export function changesDigest(text: string): boolean {
  return /^\s*digest\s+(on|off)\b/i.test(text);
}

/**
 * Who may turn a channel's digest on or off in Slack: users in DIGEST_MANAGERS, and
 * workspace admins and owners (users.info). When Slack cannot be asked, nobody else.
 */
export function createDigestPermission(options: {
  client: webApi.WebClient;
  managers: readonly string[];
  log: Logger;
}): DigestPermission {
  return async (userId) => {
    if (options.managers.includes(userId)) return true;
    try {
      const { user } = await options.client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      options.log.warn('slack users.info failed; digest change refused', {
        user: userId,
        error: describeSlackError(error),
      });
      return false;
    }
  };
}
