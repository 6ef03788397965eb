import type { App, RespondArguments, RespondFn } from '@slack/bolt';
import { runText, takeBrief } from '../../../commands/dispatch.js';
import type { Services } from '../../../commands/types.js';
import { randomUUID } from 'node:crypto';
import { withRequestId, type Logger } from '../../log.js';
import type { Library } from '../../query/library.js';
import { briefReply, type Reply } from '../../reply/model.js';
import { blocksWithFile, FILE_ACTION_ID } from './attach-file.js';
import { unescapeSlack } from './escape.js';
import { needsTimeZone } from './needs-time-zone.js';
import { renderSlackMessage } from './render.js';
import {
  decodeShare,
  encodeShare,
  moreActions,
  MORE_ACTION_ID,
  shareActions,
  SHARE_ACTION_ID,
  type ShareRequest,
} from './share.js';
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
 * With `--brief`, only the answer's first line, with a "More" button that expands it in place.
 */
export function registerTripCommand(app: App, base: TripCommandDeps): void {
  app.command('/trip', async ({ command, ack, respond, context, client }) => {
    const deps = { ...base, log: withRequestId(base.log, command.trigger_id || randomUUID()) };
    await ack();
    if (context.retryNum) {
      deps.log.info('slack retry ignored', { retryNum: context.retryNum, reason: context.retryReason });
      return;
    }
    const { text, brief } = takeBrief(unescapeSlack(command.text ?? ''));
    const timeZone = needsTimeZone(text) ? await deps.userTimeZone(command.user_id) : deps.defaultTimeZone;
    const request: ShareRequest = { text, timeZone, now: deps.now().toISOString() };
    const reply = await answer(deps, request, command.channel_id, command.user_id);
    const message =
      brief && reply.kind !== 'error'
        ? briefMessage(reply, request)
        : await fullMessage(client, deps.log, reply, request);
    await send(deps.log, respond, message);
  });

  // The download button opens the file's URL; Slack still reports the click, which needs an ack.
  app.action(FILE_ACTION_ID, async ({ ack }) => {
    await ack();
  });

  // "More" under a --brief answer: the whole answer replaces the brief one in place, so a
  // second click finds no button and nothing is posted twice. An error is a note of its own.
  app.action(MORE_ACTION_ID, async ({ ack, action, body, respond, client }) => {
    const deps = { ...base, log: withRequestId(base.log, randomUUID()) };
    await ack();
    const request = action.type === 'button' ? decodeShare(action.value ?? '') : undefined;
    if (!request) {
      deps.log.warn('slack: a More button held no question it could read');
      await sendNote(deps.log, respond, 'That answer can no longer be expanded. Ask again with /trip.');
      return;
    }
    const reply = await answer(deps, request, body.channel?.id, body.user.id);
    const message = await fullMessage(client, deps.log, reply, request);
    const original = body.type === 'block_actions' ? (body.container as { is_ephemeral?: unknown }) : {};
    const ephemeral = original.is_ephemeral === true || message.response_type === 'ephemeral';
    await send(deps.log, respond, {
      ...message,
      response_type: ephemeral ? 'ephemeral' : 'in_channel',
      replace_original: reply.kind !== 'error',
    });
  });

  app.action(SHARE_ACTION_ID, async ({ ack, action, body, respond, client }) => {
    const deps = { ...base, log: withRequestId(base.log, randomUUID()) };
    await ack();
    const request = action.type === 'button' ? decodeShare(action.value ?? '') : undefined;
    if (!request) {
      await sendNote(deps.log, respond, 'That answer can no longer be shared. Ask again with /trip.');
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

/**
 * The whole answer: ephemeral with a "Share in channel" button, unless the reply is public
 * (posted in the channel) or reports an action; errors and help are ephemeral, without it.
 */
async function fullMessage(
  client: App['client'],
  log: Logger,
  reply: Reply,
  request: ShareRequest,
): Promise<RespondArguments> {
  const message = renderSlackMessage(reply);
  const blocks = await blocksWithFile(client, reply, message.blocks, log);
  const inChannel = reply.kind === 'answer' && reply.visibility === 'public';
  const value =
    reply.kind === 'answer' && reply.shareable !== false && !inChannel ? encodeShare(request) : undefined;
  return {
    response_type: inChannel ? 'in_channel' : 'ephemeral',
    text: message.text,
    blocks: value ? [...blocks, shareActions(value)] : blocks,
    mrkdwn: false,
  };
}

/** `--brief`: the answer's first line and a "More" button holding the question. */
function briefMessage(reply: Reply, request: ShareRequest): RespondArguments {
  const message = renderSlackMessage(briefReply(reply));
  const value = encodeShare(request);
  const inChannel = reply.kind === 'answer' && reply.visibility === 'public';
  return {
    response_type: inChannel ? 'in_channel' : 'ephemeral',
    text: message.text,
    blocks: [
      ...message.blocks,
      value
        ? moreActions(value)
        : {
            type: 'context',
            elements: [
              { type: 'plain_text', text: 'Too long to keep for a More button: ask again without --brief.' },
            ],
          },
    ],
    mrkdwn: false,
  };
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

/** A short private note under a button's message (a button whose question cannot be read). */
function sendNote(log: Logger, respond: RespondFn, text: string): Promise<boolean> {
  return send(log, respond, { response_type: 'ephemeral', replace_original: false, text });
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
