/**
 * Every registered command, sent random and hostile text through the real dispatcher:
 * each answers or refuses with a user-facing error, none throws or falls into the
 * internal-error apology, and no reply carries a stack trace or grows without bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runText } from '../../commands/dispatch.js';
import { commands } from '../../commands/index.js';
import { renderText } from '../../src/reply/text.js';
import type { Logger } from '../../src/log.js';
import { tripLibrary } from '../fixtures/trip.js';

const HOSTILE = [
  '',
  ' ',
  'x'.repeat(10_000),
  'x'.repeat(299),
  '🙂🇺🇸👨‍👩‍👧‍👦',
  'שלום مرحبا',
  '@everyone',
  '@here',
  '<!channel>',
  '<@U123>',
  '<#C123|general>',
  '\u0000\u001b[31m',
  '\u202e\u200b\ufeff',
  '%s%n',
  '../../etc/passwd',
  '{"a":1}',
  '__proto__',
  'constructor',
  'Nov 7 Nov 8',
  '2023-11-07 2023-11-08',
  '9999-99-99',
  '0/0/0000',
  'today yesterday',
  'ü'.normalize('NFD').repeat(50),
];
const USER_CODES = [
  'UNKNOWN_COMMAND',
  'MISSING_ARGUMENT',
  'BAD_DATE',
  'NOT_FOUND',
  'TOO_LONG',
  'BAD_ARGUMENT',
  'UNAVAILABLE',
];
const STACK_FRAME = /\bat (?:\S+ )?\(?(?:file:|node:|\/)\S*:\d+:\d+\)?/;
const MAX_REPLY = 12_000;

const input = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'binary-ascii', maxLength: 80 }),
  fc.constantFrom(...HOSTILE),
  fc.tuple(fc.constantFrom(...HOSTILE), fc.string()).map(([a, b]) => `${a} ${b}`),
);

describe.each(commands.map((c) => [c.name]))('/trip %s with random and hostile input', (name) => {
  it('always answers or refuses cleanly', async () => {
    const library = tripLibrary();
    const logged: string[] = [];
    const log: Logger = { debug() {}, info() {}, warn() {}, error: (message) => void logged.push(message) };
    await fc.assert(
      fc.asyncProperty(input, async (text) => {
        const outcome = await runText(`${name} ${text}`, {
          library,
          timeZone: 'America/New_York',
          channel: { platform: 'console' },
          now: new Date('2023-11-07T15:00:00Z'),
          log,
        });
        const { reply } = outcome;
        expect(['answer', 'help', 'error']).toContain(reply.kind);
        expect(outcome.ok).toBe(reply.kind !== 'error');
        if (reply.kind === 'error') {
          expect(USER_CODES).toContain(reply.code);
          expect(reply.hint).toBeTruthy();
        }
        const fields = [reply.title, reply.lead ?? '', reply.hint ?? '', ...reply.sources];
        for (const s of reply.sections) fields.push(s.heading ?? '', ...s.lines);
        for (const field of fields) {
          expect(field).not.toMatch(STACK_FRAME);
          expect(field).not.toMatch(/\b(?:Type|Reference|Syntax|Range)?Error:/);
        }
        const rendered = renderText(reply);
        expect(rendered).not.toMatch(STACK_FRAME);
        expect(rendered.length).toBeLessThan(MAX_REPLY);
        expect(logged).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

it('covers every command in the registry', () => {
  expect(commands.length).toBeGreaterThanOrEqual(8);
});
