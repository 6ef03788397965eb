import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/digest/types.js';
import { createLogger } from '../../../src/log.js';
import { createSlackSender } from '../../../src/platforms/slack/digest-sender.js';
import type { Reply } from '../../../src/reply/model.js';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';
import { expectValidBlocks } from './block-kit.js';

const TOKEN = 'xoxb-digest-secret-token';
const digest: Reply = {
  kind: 'answer',
  title: 'Tuesday, November 7, 2023 <!channel>',
  lead: 'Tokyo, Japan',
  sections: [{ heading: 'Tokyo', lines: ['Meeting with Japanese Prime Minister Kishida'] }],
  sources: ['November 7, 2023'],
  visibility: 'public',
};

let slack: FakeSlack;
let logs: string[];
const sender = () =>
  createSlackSender({
    token: TOKEN,
    apiUrl: slack.apiUrl,
    log: createLogger('debug', [TOKEN], (l) => logs.push(l)),
  });

async function failure(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

beforeEach(async () => {
  slack = await startFakeSlack();
  logs = [];
});
afterEach(async () => {
  await slack.close();
});

const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
const withMap: Reply = {
  ...digest,
  attachment: { filename: 'trip-route.png', contentType: 'image/png', data: PNG, alt: 'Map of the trip' },
};

describe('createSlackSender', () => {
  it('a digest with the day’s map uploads it in two steps, then posts it as an image block with the metadata', async () => {
    await sender().send('C0DIGEST', withMap, 'delivery-map');
    const methods = slack.requests.map((r) => r.method);
    expect(methods).toEqual([
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
      'chat.postMessage',
    ]);
    const fileId = String(slack.requests[1]?.body.fileId);
    expect(slack.uploads.get(fileId)?.data).toEqual(PNG);
    const post = slack.requests[3]!.body as {
      blocks: { type: string; slack_file?: { id: string } }[];
      metadata: unknown;
    };
    expect(post.blocks.filter((b) => b.type === 'image').map((b) => b.slack_file?.id)).toEqual([fileId]);
    expect(post.metadata).toMatchObject({ event_payload: { delivery_id: 'delivery-map' } });
    expectValidBlocks(post.blocks);
  });

  it('a refused upload leaves the map out: the digest still goes out, once', async () => {
    slack.script('files.getUploadURLExternal', { body: { ok: false, error: 'missing_scope' } });
    await sender().send('C0DIGEST', withMap, 'delivery-map');
    const posts = slack.requests.filter((r) => r.method === 'chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]?.body)).not.toContain('slack_file');
    expect(logs.some((l) => l.includes('slack file upload failed'))).toBe(true);
  });

  it('posts blocks and a fallback text with chat.postMessage and resolves the ts', async () => {
    const result = await sender().send('C0DIGEST', digest, 'delivery-1');
    const [post] = slack.requests;
    expect(post?.method).toBe('chat.postMessage');
    expect(result.messageId).toMatch(/^\d+\.\d+$/);
    expect(post?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(post?.body.channel).toBe('C0DIGEST');
    expect(post?.body.text).toContain('Tuesday, November 7, 2023 &lt;!channel&gt;');
    expectValidBlocks(post?.body.blocks);
    expect(JSON.stringify(post?.body)).not.toContain('<!channel>');
  });

  it.each([
    'channel_not_found',
    'not_in_channel',
    'is_archived',
    'invalid_auth',
    'account_inactive',
    'invalid_blocks',
  ])('maps %s to a permanent DeliveryError', async (code) => {
    slack.script('chat.postMessage', { body: { ok: false, error: code } });
    const error = await failure(sender().send('C0GONE', digest, 'delivery-1'));
    expect(error.permanent).toBe(true);
    expect(error.message).toContain(code);
    expect(logs.join('\n')).toContain(code);
  });

  it('maps a 429 to a transient DeliveryError with retryAfterMs, without retrying itself', async () => {
    slack.script('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { ok: false, error: 'ratelimited' },
    });
    const error = await failure(sender().send('C0BUSY', digest, 'delivery-1'));
    expect(error.permanent).toBe(false);
    expect(error.retryAfterMs).toBe(7000);
    expect(slack.requests.filter((r) => r.method === 'chat.postMessage')).toHaveLength(1);
  });

  it.each([500, 503])('maps HTTP %i to a transient DeliveryError', async (status) => {
    slack.script('chat.postMessage', { status, body: { ok: false } });
    const error = await failure(sender().send('C0DOWN', digest, 'delivery-1'));
    expect(error.permanent).toBe(false);
    expect(error.message).toContain(`HTTP ${status}`);
    expect(slack.requests).toHaveLength(1);
  });

  it('maps an unreachable API to a transient DeliveryError', async () => {
    const apiUrl = slack.apiUrl;
    await slack.close();
    const offline = createSlackSender({ token: TOKEN, apiUrl, log: createLogger('silent') });
    const error = await failure(offline.send('C0DIGEST', digest, 'delivery-1'));
    expect(error.permanent).toBe(false);
    slack = await startFakeSlack();
  });
});
