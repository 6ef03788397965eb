import { afterEach, describe, expect, it } from 'vitest';
import { buttonBody, signedHeaders, startHarness, type Harness } from './harness.js';

// 20:00 UTC on November 4, 2023: still November 4 in New York (DEFAULT_TIMEZONE here),
// already November 5 in Tokyo. The page documents Amman on Nov 4 and Baghdad on Nov 5.
const ASKED_AT = new Date('2023-11-04T20:00:00Z');

let h: Harness;
let clock = ASKED_AT;
const header = async (id: string): Promise<string> => {
  const message = await h.fake.waitFor((r) => r.responseId === id);
  return message.body.blocks[0].text.text as string;
};
const lookups = () => h.fake.requests.filter((r) => r.method === 'users.info');

afterEach(async () => {
  await h.close();
  clock = ASKED_AT;
});

async function start(): Promise<void> {
  h = await startHarness({ now: () => clock });
  h.fake.reset();
}

describe('"where" without a date uses the Slack user\'s time zone', () => {
  it("answers for today in the user's zone from users.info", async () => {
    await start();
    h.fake.setUserTimeZone('U0TOKYO', 'Asia/Tokyo');
    const { id } = await h.command('where', { user: 'U0TOKYO' });
    const title = await header(id);
    expect(title).toContain('November 5, 2023');
    expect(title).toContain('Baghdad');
    const [lookup] = lookups();
    expect(lookup?.body.user).toBe('U0TOKYO');
    expect(lookup?.headers.authorization).toBe('Bearer xoxb-test-bot-token');
  });

  it('falls back to DEFAULT_TIMEZONE when users.info fails, and logs why', async () => {
    await start();
    h.fake.script('users.info', { body: { ok: false, error: 'user_not_found' } });
    const { id } = await h.command('where', { user: 'U0GHOST' });
    const title = await header(id);
    expect(title).toContain('November 4, 2023');
    expect(title).toContain('Amman');
    expect(h.logs.find((line) => line.includes('users.info failed'))).toContain('user_not_found');
  });

  it('retries users.info after a 429 (WebClient) and still answers in the user zone', async () => {
    await start();
    h.fake.setUserTimeZone('U0BUSY', 'Asia/Tokyo');
    h.fake.script('users.info', {
      status: 429,
      headers: { 'retry-after': '0' },
      body: { ok: false, error: 'ratelimited' },
    });
    const { id } = await h.command('where', { user: 'U0BUSY' });
    expect(await header(id)).toContain('Baghdad');
    expect(lookups()).toHaveLength(2);
  });

  it('caches the zone per user', async () => {
    await start();
    h.fake.setUserTimeZone('U0BOB', 'America/Los_Angeles');
    for (const user of ['U0ALICE', 'U0ALICE', 'U0BOB', 'U0ALICE'])
      await header((await h.command('where today', { user })).id);
    expect(lookups().map((r) => r.body.user)).toEqual(['U0ALICE', 'U0BOB']);
  });

  it('shares the answer for the day it was asked, even after midnight', async () => {
    await start();
    const { id } = await h.command('where', { user: 'U0TOKYO' });
    const ephemeral = await h.fake.waitFor((r) => r.responseId === id);
    const value = ephemeral.body.blocks.at(-1).elements[0].value as string;
    clock = new Date('2023-11-06T20:00:00Z');
    const body = buttonBody('trip_share', value, h.fake.responseUrl('share'), 'U0TOKYO');
    await h.post(body, signedHeaders(body));
    const shared = await h.fake.waitFor((r) => r.responseId === 'share');
    expect(shared.body.blocks[0].text.text).toContain('November 5, 2023');
  });
});
