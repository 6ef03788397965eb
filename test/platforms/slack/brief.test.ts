/**
 * `/trip ... --brief` in Slack: the first line and a "More" button; the button posts the whole
 * answer once. Real Bolt over HTTP, the loopback fake of Slack.
 *
 * Expected text by hand: November 9, 2023 was a Thursday, day 8 of the trip of November 2-10;
 * the Historian's record has Seoul (4182, November 8-9) and New Delhi (4183, November 9-10)
 * on it, in route order. The page's line 32 is "- November 9, 2023 Secretary Blinken’s Meeting
 * with Republic of Korea President Yoon" (under Seoul).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../fakes/slack-api.js';
import { encodeShare } from '../../../src/platforms/slack/share.js';
import { allText, expectValidBlocks } from './block-kit.js';
import { buttonBody, signedHeaders, startHarness, type Harness } from './harness.js';

const FIRST_LINE = 'Thu, Nov 9, 2023: Secretary Blinken, day 8 of 9, Seoul → New Delhi';
const YOON = 'Secretary Blinken’s Meeting with Republic of Korea President Yoon';

let h: Harness;
const answerTo = (id: string) => h.fake.waitFor((r) => r.responseId === id);
const toResponse = (id: string) => h.fake.requests.filter((r) => r.responseId === id);
type Block = {
  type: string;
  text?: { text: string };
  elements?: Array<{ action_id?: string; value?: string }>;
};
const blocksOf = (message: RecordedRequest) => message.body.blocks as Block[];
const button = (message: RecordedRequest, actionId: string) =>
  blocksOf(message)
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .find((e) => e.action_id === actionId);

/** Presses a button: a signed block_actions payload, answered at response_url `id`. */
async function press(actionId: string, value: string, id: string): Promise<Response> {
  const body = buttonBody(actionId, value, h.fake.responseUrl(id));
  return h.post(body, signedHeaders(body));
}

/** Waits until a later command is answered, so anything still on its way for `id` has arrived. */
async function settle(): Promise<void> {
  const later = await h.command('help');
  await answerTo(later.id);
}

beforeEach(async () => {
  h = await startHarness();
  h.fake.reset();
});
afterEach(async () => {
  await h.close();
});

describe('Slack /trip --brief', () => {
  it('answers with the first line and a More button, which expands it in place into the whole answer', async () => {
    const { response, id } = await h.command('day 2023-11-09 --brief');
    expect(response.status).toBe(200);
    const brief = await answerTo(id);
    expect(brief.body.response_type).toBe('ephemeral');
    expect(brief.body.text).toBe(FIRST_LINE);
    expectValidBlocks(brief.body.blocks);
    expect(blocksOf(brief).map((b) => b.type)).toEqual(['header', 'actions']);
    expect(blocksOf(brief)[0]?.text?.text).toBe(FIRST_LINE);
    expect(allText(brief.body)).not.toContain(YOON);
    expect(button(brief, 'trip_share')).toBeUndefined();
    const more = button(brief, 'trip_more');
    expect(more?.value?.length).toBeGreaterThan(0);
    expect(more!.value!.length).toBeLessThanOrEqual(2000);

    expect((await press('trip_more', more!.value!, 'more')).status).toBe(200);
    const full = await answerTo('more');
    expect(full.body.response_type).toBe('ephemeral');
    // The whole answer replaces the brief one: no second message, no button left to press twice.
    expect(full.body.replace_original).toBe(true);
    expectValidBlocks(full.body.blocks);
    expect(blocksOf(full)[0]?.text?.text).toBe(FIRST_LINE);
    expect(allText(full.body)).toContain(YOON);
    // The whole answer, as /trip day 2023-11-09 gives it: with its own share button.
    expect(button(full, 'trip_share')).toBeDefined();
    await settle();
    expect(toResponse('more')).toHaveLength(1);
    expect(toResponse(id)).toHaveLength(1);
  });

  it('gives the same whole answer as the question without --brief', async () => {
    const plain = await h.command('day 2023-11-09');
    const brief = await h.command('day 2023-11-09 --brief');
    const whole = await answerTo(plain.id);
    const value = button(await answerTo(brief.id), 'trip_more')?.value ?? '';
    await press('trip_more', value, 'more');
    const full = await answerTo('more');
    // The share buttons hold each question's own instant; everything else is the same.
    const content = (message: RecordedRequest) => blocksOf(message).filter((b) => b.type !== 'actions');
    expect(content(full)).toEqual(content(whole));
    expect(full.body.text).toBe(whole.body.text);
  });

  it('keeps an error whole, without a More button', async () => {
    const { id } = await h.command('where 2023-02-30 --brief');
    const error = await answerTo(id);
    expect(error.body.response_type).toBe('ephemeral');
    expect(error.body.text).toContain('does not exist');
    expect(error.body.text).toContain('2023-11-07');
    expect(button(error, 'trip_more')).toBeUndefined();
  });

  it.each([
    ['a value that is not a question', 'not json at all'],
    ['a value without a time zone', JSON.stringify({ t: 'day 2023-11-09', n: '2023-11-09T00:00:00Z' })],
  ])('answers a More button with %s by a short private note', async (_name, value) => {
    expect((await press('trip_more', value, 'bad')).status).toBe(200);
    const note = await answerTo('bad');
    expect(note.body.response_type).toBe('ephemeral');
    expect(note.body.replace_original).toBe(false);
    expect(note.body.text).toBe('That answer can no longer be expanded. Ask again with /trip.');
    expect(allText(note.body)).not.toMatch(/at .*\.ts:\d+|Error:/);
  });

  it('answers a More button whose question now fails with the error, privately', async () => {
    // February 30 does not exist: the answer is an error, whenever it is asked.
    const value = encodeShare({
      text: 'day 2023-02-30',
      timeZone: 'America/New_York',
      now: new Date().toISOString(),
    })!;
    await press('trip_more', value, 'fails');
    const error = await answerTo('fails');
    expect(error.body.response_type).toBe('ephemeral');
    expect(error.body.replace_original).toBe(false);
    expect(error.body.text).toContain('"2023-02-30" does not exist');
    expect(button(error, 'trip_share')).toBeUndefined();
  });

  it('logs a failed response_url for the More answer and keeps serving', async () => {
    const { id } = await h.command('day 2023-11-09 --brief');
    const value = button(await answerTo(id), 'trip_more')?.value ?? '';
    h.fake.script('response_url', { status: 500, body: { ok: false } });
    expect((await press('trip_more', value, 'down')).status).toBe(200);
    await answerTo('down');
    await settle();
    expect(h.logs.find((line) => line.includes('slack response_url failed'))).toContain('500');
  });
});
