import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordSender } from '../../../src/platforms/discord/digest-sender.js';
import { DeliveryError } from '../../../src/digest/types.js';
import { createLogger } from '../../../src/log.js';
import type { Reply } from '../../../src/reply/model.js';
import {
  missingAccess,
  rateLimited,
  serverError,
  startFakeDiscord,
  unknownChannel,
  type FakeDiscord,
} from '../../fakes/discord-api.js';

const TOKEN = 'fake-bot-token-for-tests';
const CHANNEL = '123456789012345678';

const digest: Reply = {
  kind: 'answer',
  title: 'Tuesday, November 7, 2023: Tokyo, Japan',
  lead: 'G7 Foreign Ministers’ Meeting @everyone',
  sections: [
    { heading: 'Meetings', lines: ['Secretary Blinken’s Meeting with Japanese Prime Minister Kishida'] },
  ],
  sources: ['November 7, 2023 Secretary Blinken’s Meeting with Japanese Prime Minister Kishida'],
  visibility: 'public',
};

describe('Discord digest sender', () => {
  let discord: FakeDiscord;
  let logged: string[];
  const sender = (timeoutMs?: number) =>
    createDiscordSender({
      token: TOKEN,
      apiUrl: discord.apiUrl,
      log: createLogger('debug', [], (line) => logged.push(line)),
      ...(timeoutMs ? { timeoutMs } : {}),
    });
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('the send should fail'),
      (error: unknown) => {
        expect(error).toBeInstanceOf(DeliveryError);
        return error as DeliveryError;
      },
    );
  const posts = () =>
    discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages`);

  beforeEach(async () => {
    discord = await startFakeDiscord();
    logged = [];
  });
  afterEach(async () => {
    await discord.close();
    expect(logged.join('\n')).not.toContain(TOKEN);
  });

  it('a digest with the day’s map sends it as a multipart file shown by the first embed, with the nonce', async () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    await sender().send(
      CHANNEL,
      {
        ...digest,
        attachment: { filename: 'trip-route.png', contentType: 'image/png', data: png, alt: 'Map' },
      },
      'delivery-map',
    );
    const [post] = posts();
    expect(post?.files.map((f) => [f.filename, f.data])).toEqual([['trip-route.png', png]]);
    const body = post?.body as {
      embeds: { image?: { url: string } }[];
      nonce: string;
      enforce_nonce: boolean;
    };
    expect(body.embeds[0]?.image?.url).toBe('attachment://trip-route.png');
    expect(body).toMatchObject({ enforce_nonce: true });
    expect(body.nonce).toHaveLength(25);
  });

  it('posts the digest as embeds that ping nobody and resolves with the message id', async () => {
    const { messageId } = await sender().send(CHANNEL, digest, 'delivery-1');
    const [post] = posts();
    expect(post?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(post?.body).toMatchObject({
      allowed_mentions: { parse: [] },
      embeds: [{ title: 'Tuesday, November 7, 2023: Tokyo, Japan' }],
    });
    expect(messageId).toBe((post?.response as { id: string }).id);
  });

  it.each([
    ['404 Unknown Channel', unknownChannel(), 10003],
    ['403 Missing Access', missingAccess(), 50001],
  ])('maps %s to a permanent failure', async (_name, response) => {
    discord.script({ method: 'POST', path: `/channels/${CHANNEL}/messages` }, response, Infinity);
    const error = await failure(sender().send(CHANNEL, digest, 'delivery-1'));
    expect(error.permanent).toBe(true);
    expect(error.message).toContain(CHANNEL);
    expect(posts()).toHaveLength(1);
  });

  it('surfaces a 429 at once as a transient failure with the wait Discord asked for', async () => {
    discord.script({ method: 'POST', path: `/channels/${CHANNEL}/messages` }, rateLimited(2.5));
    const error = await failure(sender().send(CHANNEL, digest, 'delivery-1'));
    expect(error.permanent).toBe(false);
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(2500);
    expect(posts()).toHaveLength(1);
  });

  it('maps a 500 to a transient failure without retrying', async () => {
    discord.script({ method: 'POST', path: `/channels/${CHANNEL}/messages` }, serverError(502));
    const error = await failure(sender().send(CHANNEL, digest, 'delivery-1'));
    expect(error.permanent).toBe(false);
    expect(posts()).toHaveLength(1);
  });

  it('maps a timeout to a transient failure', async () => {
    discord.script({ method: 'POST', path: `/channels/${CHANNEL}/messages` }, { status: 200, hang: true });
    const error = await failure(sender(100).send(CHANNEL, digest, 'delivery-1'));
    expect(error.permanent).toBe(false);
  });

  it('still delivers to other channels after one channel failed', async () => {
    discord.script({ method: 'POST', path: `/channels/${CHANNEL}/messages` }, unknownChannel(), Infinity);
    const send = sender();
    await failure(send.send(CHANNEL, digest, 'delivery-1'));
    await expect(send.send('987654321098765432', digest, 'delivery-1')).resolves.toHaveProperty('messageId');
  });
});
