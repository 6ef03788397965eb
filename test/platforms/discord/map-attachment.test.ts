/** `/trip map` in Discord: a multipart interaction reply with the PNG, shown by the embed's attachment:// image. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType } from 'discord-api-types/v10';
import { decodePng } from '../../fixtures/png.js';
import { embedViolations } from './limits.js';
import { callbackOf, chatInput, startBot, type Bot, type CallbackBody } from './harness.js';

describe('Discord /trip map through the real client', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await startBot({ deferAfterMs: 2500 });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('replies with the map as a multipart attachment referenced from the embed', async () => {
    const interaction = chatInput('map', { trip: '2023-11-07' });
    bot.discord.gateway.interact(interaction);
    const callback = await callbackOf(bot.discord, interaction);
    const body = callback.body as CallbackBody & {
      data: { attachments?: { id: string; description?: string }[] };
    };
    expect(callback.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    const filename = '2023-11-02-blinken-middle-east-asia-route.png';
    expect(callback.files.map((f) => f.filename)).toEqual([filename]);
    expect(callback.files[0]?.contentType).toBe('image/png');
    const image = decodePng(callback.files[0]?.data ?? Buffer.alloc(0));
    expect([image.width, image.height]).toEqual([800, 520]);
    const embeds = body.data.embeds ?? [];
    expect(embeds[0]?.image?.url).toBe(`attachment://${filename}`);
    expect(embeds[0]?.title).toContain('Map: Secretary Blinken');
    expect(embedViolations(embeds)).toEqual([]);
    // discord.js names the part files[0] and describes it as attachment 0 in payload_json.
    expect(callback.files[0]?.field).toBe('files[0]');
    expect(body.data.attachments?.[0]?.id).toBe('0');
    expect(body.data.attachments?.[0]?.description).toContain('1 Tel Aviv, Israel');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('an error is a plain private reply without a file', async () => {
    const interaction = chatInput('map', { trip: '1999-01-04' });
    bot.discord.gateway.interact(interaction);
    const callback = await callbackOf(bot.discord, interaction);
    expect(callback.files).toEqual([]);
    expect((callback.body as CallbackBody).data.embeds?.[0]?.title).toContain('No trip on record covers');
  });

  it('after a deferral, the follow-up that replaces the private placeholder carries the file', async () => {
    const slow = await startBot({ deferAfterMs: 0 });
    try {
      // Unit files share a process (isolate: false), and maps are remembered once drawn: Root's
      // 1906 trip to Brazil, in dark, is drawn by no other test, so its answer takes longer than
      // 0 ms and is deferred.
      const interaction = chatInput('map', { trip: '1906-07-17-root dark' });
      slow.discord.gateway.interact(interaction);
      const edit = await slow.discord.waitFor((r) => r.path.startsWith('/webhooks/') && r.files.length > 0);
      const callback = await callbackOf(slow.discord, interaction);
      expect(callback.files).toEqual([]);
      expect(edit.method).toBe('POST');
      expect(edit.headers['content-type']).toMatch(/^multipart\/form-data/);
      expect(edit.files[0]?.filename).toBe('1906-07-17-root-route.png');
      expect(decodePng(edit.files[0]?.data ?? Buffer.alloc(0)).width).toBe(800);
    } finally {
      await slow.close();
    }
  });
});
