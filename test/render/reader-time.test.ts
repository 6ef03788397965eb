/** Times in the reader's zone: Slack <!date>, Discord <t:…:F>, the plain fallback elsewhere. */
import { describe, expect, it } from 'vitest';
import { readerTime } from '../../src/render/reader-time.js';
import { nextRunText } from '../../src/digest/status-text.js';
import { dailyAt } from '../../src/digest/schedule.js';
import { answer } from '../../src/reply/model.js';
import { renderText } from '../../src/reply/text.js';
import { renderSlackMessage } from '../../src/platforms/slack/render.js';
import { renderDiscordEmbeds } from '../../src/platforms/discord/render.js';

// 07:30 in Washington on Nov 7, 2023 (EST, UTC-5) is 12:30 UTC.
const AT = new Date('2023-11-07T12:30:00Z');
const UNIX = Date.UTC(2023, 10, 7, 12, 30) / 1000;
const FALLBACK = 'Tue, Nov 7, 2023, 07:30 EST (12:30 UTC)';

const reply = answer(`Digest at ${readerTime(AT, FALLBACK)}`, {
  lead: `Next run ${readerTime(AT, FALLBACK)}.`,
  sections: [{ lines: [], facts: [{ label: 'Next run', value: readerTime(AT, FALLBACK) }] }],
  sources: [`Scheduled ${readerTime(AT, FALLBACK)}`],
});

describe('reader times', () => {
  it('Slack: <!date^…> with the fallback in mrkdwn; the fallback in plain text and notifications', () => {
    const message = renderSlackMessage(reply);
    const json = JSON.stringify(message.blocks);
    expect(json).toContain(`Next run <!date^${UNIX}^{date_long_pretty} at {time}|${FALLBACK}>.`);
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: `Digest at ${FALLBACK}` } });
    expect(message.text).toBe(`Digest at ${FALLBACK} — Next run ${FALLBACK}.`);
    expect(json).not.toContain('⟦');
  });

  it('Discord: <t:…:F> in the description and fields; plain in the title and footer', () => {
    const [embed] = renderDiscordEmbeds(reply);
    expect(embed?.description).toBe(`Next run <t:${UNIX}:F>.`);
    expect(embed?.fields?.[0]?.value).toBe(`<t:${UNIX}:F>`);
    expect(embed?.title).toBe(`Digest at ${FALLBACK}`);
    expect(embed?.footer?.text).toBe(`Sources: Scheduled ${FALLBACK}`);
  });

  it('console and CLI: the fallback only', () => {
    const text = renderText(reply);
    expect(text).toContain(`Next run ${FALLBACK}.`);
    expect(text).not.toContain('⟦');
  });

  it('| and brackets in a fallback cannot end the marker early; a typed marker only ever shows a date', () => {
    expect(readerTime(AT, 'a|b⟧c')).toBe(`⟦t:${UNIX}:F|a b c⟧`);
    const typed = JSON.stringify(renderSlackMessage(answer('x', { lead: '⟦t:1:F|<!channel>⟧' })).blocks);
    expect(typed).toContain('&lt;!channel&gt;');
    expect(typed).not.toContain('<!channel>');
  });

  it("the digest's next run is marked: 07:30 New York on Nov 7, 2023", () => {
    const text = nextRunText(dailyAt(7 * 60 + 30, 'America/New_York'), new Date('2023-11-07T05:00:00Z'));
    expect(text.startsWith(`⟦t:${UNIX}:F|`)).toBe(true);
  });
});
