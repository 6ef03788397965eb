import type { App, RespondArguments, RespondFn } from '@slack/bolt';
import { runText } from '../../../commands/dispatch.js';
import type { Services } from '../../../commands/types.js';
import { randomUUID } from 'node:crypto';
import { withRequestId, type Logger } from '../../log.js';
import type { Library } from '../../query/library.js';
import type { Reply } from '../../reply/model.js';
import { blocksWithFile, FILE_ACTION_ID } from './attach-file.js';
import { unescapeSlack } from './escape.js';
import { needsTimeZone } from './needs-time-zone.js';
import { renderSlackMessage } from './render.js';
import { decodeShare, encodeShare, shareActions, SHARE_ACTION_ID, type ShareRequest } from './share.js';
import type { UserTimeZoneLookup } from './user-time-zone.js';
import { changesDigest, type DigestPermission } from './digest-permission.js';
import { recordCommand, type Metrics } from '../../http/metrics.js';

export interface TripCommandDeps {
  library: Library;
  services: Services;
  log: Logger;
  defaultTimeZone: string;
  userTimeZone: UserTimeZoneLookup;
  /** Whether a user may turn the channel's digest on or off (asked only for those commands). */
  canManageDigest?: DigestPermission;
  now: () => Date;
  metrics?: Metrics;
}

/**
 * `/trip <command> [args]`: acks at once, then answers through response_url,
 * ephemeral with a "Share in channel" button; the button re-runs the same question
 * (same text, time zone and instant) and posts the answer in the channel.
 */
export function registerTripCommand(app: App, base: TripCommandDeps): void {
  app.command('/trip', async ({ command, ack, respond, context, client }) => {
    const deps = { ...base, log: withRequestId(base.log, command.trigger_id || randomUUID()) };
    await ack();
    if (context.retryNum) {
      deps.log.info('slack retry ignored', { retryNum: context.retryNum, reason: context.retryReason });
      return;
    }
    const text = unescapeSlack(command.text ?? '');
    const timeZone = needsTimeZone(text) ? await deps.userTimeZone(command.user_id) : deps.defaultTimeZone;
    const request: ShareRequest = { text, timeZone, now: deps.now().toISOString() };
    const reply = await answer(deps, request, command.channel_id, command.user_id);
    const message = renderSlackMessage(reply);
    message.blocks = await blocksWithFile(client, reply, message.blocks, deps.log);
    const inChannel = reply.kind === 'answer' && reply.visibility === 'public';
    const value =
      reply.kind === 'answer' && reply.shareable !== false && !inChannel ? encodeShare(request) : undefined;
    await send(deps.log, respond, {
      response_type: inChannel ? 'in_channel' : 'ephemeral',
      text: message.text,
      blocks: value ? [...message.blocks, shareActions(value)] : message.blocks,
      mrkdwn: false,
    });
  });

  // The download button opens the file's URL; Slack still reports the click, which needs an ack.
  app.action(FILE_ACTION_ID, async ({ ack }) => {
    await ack();
  });

  app.action(SHARE_ACTION_ID, async ({ ack, action, body, respond, client }) => {
    const deps = { ...base, log: withRequestId(base.log, randomUUID()) };
    await ack();
    const request = action.type === 'button' ? decodeShare(action.value ?? '') : undefined;
    if (!request) {
      await send(deps.log, respond, {
        response_type: 'ephemeral',
        replace_original: false,
        text: 'That answer can no longer be shared. Ask again with /trip.',
      });
      return;
    }
    const reply = await answer(deps, request, body.channel?.id, body.user.id);
    const message = renderSlackMessage(reply);
    if (reply.kind !== 'answer') {
      await send(deps.log, respond, {
        response_type: 'ephemeral',
        replace_original: false,
        text: message.text,
        blocks: message.blocks,
        mrkdwn: false,
      });
      return;
    }
    const shared = await send(deps.log, respond, {
      response_type: 'in_channel',
      replace_original: false,
      text: message.text,
      blocks: await blocksWithFile(client, reply, message.blocks, deps.log),
      mrkdwn: false,
    });
    if (shared) await send(deps.log, respond, { delete_original: true });
  });
}

async function answer(
  deps: TripCommandDeps,
  request: ShareRequest,
  channelId?: string,
  userId?: string,
): Promise<Reply> {
  const startedAt = performance.now();
  const canManageChannel =
    userId && deps.canManageDigest && changesDigest(request.text)
      ? await deps.canManageDigest(userId)
      : false;
  const outcome = await runText(request.text, {
    library: deps.library,
    timeZone: request.timeZone,
    now: new Date(request.now),
    channel: {
      platform: 'slack',
      ...(channelId ? { channelId } : {}),
      ...(userId ? { userId } : {}),
      canManageChannel,
    },
    services: deps.services,
    log: deps.log,
  });
  recordCommand(deps.metrics, 'slack', outcome, startedAt);
  return outcome.reply;
}

/** Posts to response_url; a failure (expired URL, 5xx) is logged, never thrown. */
async function send(log: Logger, respond: RespondFn, message: RespondArguments): Promise<boolean> {
  try {
    await respond(message);
    return true;
  } catch (error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    log.warn('slack response_url failed', {
      status,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}
