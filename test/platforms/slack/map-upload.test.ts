/** `/trip map` in Slack: the two-step upload reaches the fake with the PNG's bytes, the answer shows the file. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../fakes/slack-api.js';
import { decodePng } from '../../fixtures/png.js';
import { expectValidBlocks } from './block-kit.js';
import { buttonBody, signedHeaders, startHarness, type Harness } from './harness.js';

let h: Harness;
const answerTo = (id: string) => h.fake.waitFor((r) => r.responseId === id);
const methods = () => h.fake.requests.map((r) => r.responseId ?? r.method);
type Block = {
  type: string;
  slack_file?: { id: string };
  alt_text?: string;
  elements?: { action_id?: string; value?: string }[];
};
const blocksOf = (message: RecordedRequest) => message.body.blocks as Block[];

beforeEach(async () => {
  h = await startHarness();
  h.fake.reset();
});
afterEach(async () => {
  await h.close();
});

describe('Slack /trip map (real Bolt and WebClient, fake Slack)', () => {
  it('uploads the PNG in two steps and shows the uploaded file in the answer', async () => {
    const { id } = await h.command('map 2023-11-07');
    const message = await answerTo(id);
    expect(methods()).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal', id]);

    const [step1, upload, step2] = h.fake.requests as [RecordedRequest, RecordedRequest, RecordedRequest];
    const fileId = String(upload.body.fileId);
    const bytes = h.fake.uploads.get(fileId)?.data ?? Buffer.alloc(0);
    expect(step1.body.filename).toBe('2023-11-02-blinken-middle-east-asia-route.png');
    expect(Number(step1.body.length)).toBe(bytes.length);
    expect(step1.body.alt_text).toContain('1 Tel Aviv, Israel');
    const image = decodePng(bytes);
    expect([image.width, image.height]).toEqual([800, 520]);
    expect(step2.body.files).toEqual([
      { id: fileId, title: '2023-11-02-blinken-middle-east-asia-route.png' },
    ]);
    expect(step2.body.channel_id).toBeUndefined();

    expectValidBlocks(message.body.blocks);
    const shown = blocksOf(message).find((b) => b.type === 'image');
    expect(shown?.slack_file).toEqual({ id: fileId });
    expect(shown?.alt_text).toContain('Tokyo, Japan');
    expect(message.body.text).toContain('Map: Secretary Blinken');
  });

  it('the share button uploads again and posts the map in the channel', async () => {
    const { id } = await h.command('map 2023-11-07');
    const ephemeral = await answerTo(id);
    const value =
      blocksOf(ephemeral)
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === 'trip_share')?.value ?? '';
    const shareUrl = h.fake.responseUrl('share');
    const body = buttonBody('trip_share', value, shareUrl);
    expect((await h.post(body, signedHeaders(body))).status).toBe(200);
    const shared = await answerTo('share');
    expect(shared.body.response_type).toBe('in_channel');
    expectValidBlocks(shared.body.blocks);
    const images = blocksOf(shared).filter((b) => b.type === 'image');
    expect(images).toHaveLength(1);
    expect(h.fake.uploads.size).toBe(2);
    expect([...h.fake.uploads.keys()]).toContain(images[0]?.slack_file?.id);
  });

  it('a where answer carries the map too', async () => {
    const { id } = await h.command('where 2023-11-07');
    const message = await answerTo(id);
    expectValidBlocks(message.body.blocks);
    expect(blocksOf(message).filter((b) => b.type === 'image')).toHaveLength(1);
    expect(message.body.text).toContain('Tokyo, Japan');
  });

  it('a calendar answer uploads the .ics and links it with a download button', async () => {
    const { id } = await h.command('calendar 2023-11-07');
    const message = await answerTo(id);
    expectValidBlocks(message.body.blocks);
    const [fileId, upload] = [...h.fake.uploads.entries()][0] ?? [];
    expect(upload?.data.toString('utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const button = blocksOf(message)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === 'trip_file_open') as { url?: string } | undefined;
    expect(button?.url).toBe(`https://fake.slack.test/files/U0BOT/${fileId}`);
  });

  it('answers without the map when Slack refuses the upload, and logs why', async () => {
    h.fake.script('files.getUploadURLExternal', { body: { ok: false, error: 'missing_scope' } });
    const { id } = await h.command('map 2023-11-07');
    const message = await answerTo(id);
    expectValidBlocks(message.body.blocks);
    expect(blocksOf(message).some((b) => b.type === 'image')).toBe(false);
    expect(message.body.text).toContain('Map: Secretary Blinken');
    expect(h.logs.some((l) => l.includes('slack file upload failed') && l.includes('missing_scope'))).toBe(
      true,
    );
  });
});
