import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../fakes/slack-api.js';
import { allText, expectValidBlocks } from './block-kit.js';
import {
  BOT_TOKEN,
  buttonBody,
  realLibrary,
  signedHeaders,
  slashCommandBody,
  startHarness,
  type Harness,
} from './harness.js';

let h: Harness;
const answerTo = (id: string) => h.fake.waitFor((r) => r.responseId === id);
const toResponse = (id: string) => h.fake.requests.filter((r) => r.responseId === id);
const shareButton = (message: RecordedRequest) =>
  (message.body.blocks as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>)
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .find((e) => e.action_id === 'trip_share');

beforeEach(async () => {
  h = await startHarness();
  h.fake.reset();
});
afterEach(async () => {
  await h.close();
});

describe('Slack /trip over HTTP (real Bolt, fake Slack)', () => {
  it('answers a signed /trip where 2023-11-07 with Tokyo, valid blocks and a share button', async () => {
    const { response, id } = await h.command('where 2023-11-07');
    expect(response.status).toBe(200);
    const message = await answerTo(id);
    expect(message.body.response_type).toBe('ephemeral');
    expect(message.body.text).toContain('Tokyo, Japan');
    expectValidBlocks(message.body.blocks);
    expect(message.body.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(message.body.blocks[0].text.text).toContain('Tokyo');
    expect(message.body.blocks.some((b: { type: string }) => b.type === 'context')).toBe(true);
    expect(shareButton(message)).toBeDefined();
    expect(h.fake.requests.filter((r) => r.method === 'users.info')).toHaveLength(0);
  });

  it.each([
    ['a bad signature', (body: string) => signedHeaders(body, { secret: 'not-the-secret' })],
    [
      'a stale timestamp',
      (body: string) => signedHeaders(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }),
    ],
    ['no signature', () => ({ 'content-type': 'application/x-www-form-urlencoded' })],
  ])('rejects %s with 401 and runs no command', async (_name, headers) => {
    const body = slashCommandBody('where 2023-11-07', h.fake.responseUrl('forged'));
    const response = await h.post(body, headers(body));
    expect(response.status).toBe(401);
    const after = await h.command('help');
    await answerTo(after.id);
    expect(toResponse('forged')).toHaveLength(0);
    expect(h.fake.requests.map((r) => r.responseId)).toEqual([after.id]);
  });

  it('shares an answer in the channel without pings when the button is pressed', async () => {
    const { id } = await h.command('where 2023-11-07');
    const ephemeral = await answerTo(id);
    const value = shareButton(ephemeral)?.value ?? '';
    const shareUrl = h.fake.responseUrl('share');
    const response = await h.post(
      buttonBody('trip_share', value, shareUrl),
      signedHeaders(buttonBody('trip_share', value, shareUrl)),
    );
    expect(response.status).toBe(200);
    const shared = await answerTo('share');
    expect(shared.body.response_type).toBe('in_channel');
    expect(shared.body.replace_original).toBe(false);
    expectValidBlocks(shared.body.blocks);
    expect(shared.body.blocks[0]).toEqual(ephemeral.body.blocks[0]);
    expect(shared.body.text).toBe(ephemeral.body.text);
    expect(shareButton(shared)).toBeUndefined();
    expect(allText(shared.body)).not.toMatch(/<[!@#]/);
    const cleanup = await h.fake.waitFor((r) => r.responseId === 'share' && r.body.delete_original === true);
    expect(cleanup.body.delete_original).toBe(true);
  });

  it('does not answer a Slack retry a second time', async () => {
    const first = await h.command('where 2023-11-07');
    await answerTo(first.id);
    const body = slashCommandBody('where 2023-11-07', h.fake.responseUrl(first.id));
    const retry = await h.post(body, {
      ...signedHeaders(body),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    const later = await h.command('help');
    await answerTo(later.id);
    expect(toResponse(first.id)).toHaveLength(1);
  });

  it('keeps errors and help ephemeral, without a share button', async () => {
    const help = await h.command('help');
    const unknown = await h.command('teleport Paris');
    const helpAnswer = await answerTo(help.id);
    const error = await answerTo(unknown.id);
    for (const message of [helpAnswer, error]) {
      expect(message.body.response_type).toBe('ephemeral');
      expect(shareButton(message)).toBeUndefined();
      expectValidBlocks(message.body.blocks);
    }
    expect(error.body.text).toContain('teleport');
    expect(error.body.text).toContain('/trip help');
    expect(allText(error.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it.each([
    ['who <!channel> <!here> @everyone 🎉', ['&lt;!channel&gt;', '&lt;!here&gt;']],
    ['who &lt;!channel&gt; (as Slack escapes it)', ['&lt;!channel&gt;']],
    ['where 🎉🎉🎉', []],
  ])('answers hostile text %s inertly', async (text, escaped) => {
    const { response, id } = await h.command(text);
    expect(response.status).toBe(200);
    const message = await answerTo(id);
    expectValidBlocks(message.body.blocks);
    const json = allText(message.body);
    expect(json).not.toMatch(/<[!@#]/);
    for (const piece of escaped) expect(json).toContain(piece);
    expect(message.body.response_type).toBe('ephemeral');
  });

  it('refuses 10,000 characters cleanly', async () => {
    const { response, id } = await h.command(`search ${'x'.repeat(10_000)}`);
    expect(response.status).toBe(200);
    const message = await answerTo(id);
    expect(message.body.text).toMatch(/at most 300/);
    expect(shareButton(message)).toBeUndefined();
    expectValidBlocks(message.body.blocks);
  });

  it('logs a 500 from response_url and keeps serving', async () => {
    h.fake.script('response_url', { status: 500, body: { ok: false } });
    const failed = await h.command('where 2023-11-07');
    await answerTo(failed.id);
    const next = await h.command('help');
    const message = await answerTo(next.id);
    expect(message.body.text).toBeTruthy();
    const warning = h.logs.find((line) => line.includes('slack response_url failed'));
    expect(warning).toContain('500');
    expect(h.logs.join('\n')).not.toContain(BOT_TOKEN);
  });

  it('serves GET /healthz', async () => {
    const response = await fetch(`${h.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    // Every trip of both offices that the library holds (the Historian's record plus the page's trip).
    const { trips } = realLibrary();
    expect(trips.length).toBeGreaterThan(1000);
    expect(await response.json()).toEqual({ ok: true, trips: trips.length });
  });
});
