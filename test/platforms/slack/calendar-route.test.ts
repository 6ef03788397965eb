/** The calendar feeds mounted on Bolt's HTTP receiver, beside /slack/events. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarFeed } from '../../../src/http/calendar-feed.js';
import { realLibrary, startHarness, type Harness } from './harness.js';

describe('Slack HTTP mode serves GET /calendar/*.ics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ calendarFeed: createCalendarFeed(realLibrary()) });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers the feed with 200, then 304 for its ETag; other paths stay 404', async () => {
    const response = await fetch(`${h.baseUrl}/calendar/secretary.ics?from=2023`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await response.text()).toContain('SUMMARY:Secretary Blinken in Tokyo\\, Japan');
    const etag = response.headers.get('etag') ?? '';
    const again = await fetch(`${h.baseUrl}/calendar/secretary.ics?from=2023`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect((await fetch(`${h.baseUrl}/calendar/senator.ics`)).status).toBe(404);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });
});
