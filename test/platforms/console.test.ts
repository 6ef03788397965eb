/**
 * The console takes `--brief` as the CLI and Slack do. Expected first line by hand: November 9,
 * 2023 was a Thursday, day 8 of the trip of November 2-10, with the Historian's stays in Seoul
 * (record 4182, November 8-9) and New Delhi (4183, November 9-10), in route order.
 */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/platforms/console.js';
import { takeBrief } from '../../commands/dispatch.js';
import { silentLogger } from '../../src/log.js';
import { tripLibrary } from '../fixtures/trip.js';

async function consoleSession(lines: string[]): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  await runConsole({
    library: tripLibrary(),
    timeZone: 'America/New_York',
    log: silentLogger,
    input: Readable.from(lines.map((line) => `${line}\n`)),
    output,
    interactive: false,
  });
  return text;
}

describe('--brief', () => {
  it.each([
    ['day 2023-11-09 --brief', 'day 2023-11-09', true],
    ['/trip --BRIEF day 2023-11-09', '/trip day 2023-11-09', true],
    ['day 2023-11-09', 'day 2023-11-09', false],
    ['search --briefing', 'search --briefing', false],
  ])('takeBrief(%j) is %j, brief %s', (text, rest, brief) => {
    expect(takeBrief(text)).toEqual({ text: rest, brief });
  });

  it('in the console prints only the first line; an error stays whole', async () => {
    const text = await consoleSession(['day 2023-11-09 --brief', 'where 2023-02-30 --brief']);
    const [brief, error] = text.split('\n\n');
    expect(brief).toBe('Thu, Nov 9, 2023: Secretary Blinken, day 8 of 9, Seoul → New Delhi');
    expect(error).toBe('Error: "2023-02-30" does not exist on the calendar.');
    // The error's hint follows, as without --brief.
    expect(text.split('\n\n')[2]).toMatch(/^Try 2023-11-07/);
  });
});
