/**
 * Issue 12, "short first": the answers to the README's examples open with the answer. The
 * examples are read from README.md itself, so the test follows the README:
 * - `npm run trip -- ...` lines and `trip> ...` console lines in its code blocks;
 * - concrete `/trip ...` commands anywhere (not the command table's templates with [ or <);
 * - in the command table, the example arguments a row shows in backticks (`jaishankr`) are
 *   run with that row's command.
 * Each runs in-process; CLI flags (--json, --brief, --out FILE) are left out: the text answer
 * is what is measured. Map settings (`map off`/`on`) run as in a Slack channel.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runText } from '../../commands/dispatch.js';
import type { MapSettings } from '../../src/render/map-settings.js';
import { commands } from '../../commands/index.js';
import { renderText } from '../../src/reply/text.js';
import { DURING_TRIP, REPO_ROOT, tripLibrary } from '../fixtures/trip.js';
import { median, repeatedSentences, wordCount } from '../fixtures/answers.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The README's example commands, without the /trip prefix and without CLI flags, in order. */
export function readmeExamples(readme: string): string[] {
  const found: string[] = [];
  const add = (command: string) => {
    const clean = command
      .replace(/\s#.*$/, '')
      .replace(/\s--out\s+\S+/g, '')
      .replace(/\s--(json|brief)\b/g, '')
      .replace(/^\/trip\s+/, '')
      .trim();
    if (clean && !found.includes(clean)) found.push(clean);
  };
  const blocks = [...readme.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  for (const block of blocks) {
    for (const line of block.split('\n')) {
      const cli = /^npm run trip -- (.+)$/.exec(line.trim());
      if (cli) add(cli[1]!);
      const console = /^trip> (.+)$/.exec(line.trim());
      if (console) add(console[1]!);
    }
  }
  // Concrete /trip commands in prose and comments: a template has [options] or <arguments>.
  const prose = readme.replace(/```[a-z]*\n[\s\S]*?```/g, (block) =>
    block
      .split('\n')
      .map((l) => l.replace(/^.*?#/, ''))
      .join('\n'),
  );
  for (const m of prose.matchAll(/\/trip [a-z]+(?: [^\s`,|[\]<>()]+)*/g)) {
    const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!/^ ?[[<]/.test(after)) add(m[0]);
  }
  // The command table: example arguments in backticks in a row's second column.
  for (const row of readme.split('\n').filter((l) => /^\| `\/trip /.test(l))) {
    const [, first, second] = row.split(/(?<!\\)\|/);
    const command = /`\/trip ([a-z]+)/.exec(first ?? '')?.[1];
    for (const span of (second ?? '').matchAll(/`([^`]+)`/g)) {
      const text = span[1]!;
      if (text.startsWith('/trip ')) continue; // already taken above
      if (commands.some((c) => c.name === text)) continue; // a command named, not an argument
      if (/[./]/.test(text) && !/^\w+$/.test(text)) continue; // a file or a path, not an argument
      add(`${command} ${text}`);
    }
  }
  return found;
}

/** Map settings kept in memory, as the store keeps them for a channel. */
function memoryMaps(): MapSettings {
  const off = new Set<string>();
  return {
    mapsOff: (key) => Promise.resolve(off.has(key)),
    setMapsOff: (key, value) => Promise.resolve(void (value ? off.add(key) : off.delete(key))),
  };
}

async function answerTo(example: string): Promise<string> {
  const setting = /^map (on|off)$/.test(example);
  const outcome = await runText(example, {
    library: tripLibrary(),
    timeZone: 'America/New_York',
    now: DURING_TRIP,
    channel: setting ? { platform: 'slack', channelId: 'C0README' } : { platform: 'console' },
    services: setting ? { maps: memoryMaps() } : {},
  });
  return renderText(outcome.reply);
}

describe('the README’s examples', () => {
  const examples = readmeExamples(README);

  it('are found in the README (the CLI lines, the console session, the command table)', () => {
    expect(examples).toEqual(
      expect.arrayContaining([
        'where president 1963-06-26',
        'who jaishankr',
        'where 1990-08-02',
        'map 2023-11-07',
        'where 2023-11-05',
        'where 2023-02-30',
        'where 2023-11-07',
        'who japanese foreign minister',
        'map off',
      ]),
    );
  });

  it('open with a short answer: median first line ≤ 20 words; no answer repeats a sentence', async () => {
    const measured: { example: string; words: number; first: string }[] = [];
    for (const example of examples) {
      const text = await answerTo(example);
      const first = text.split('\n')[0]!;
      measured.push({ example, words: wordCount(first), first });
      expect(repeatedSentences(text), example).toEqual([]);
    }
    console.info(
      measured.map((m) => `${String(m.words).padStart(3)}  ${m.example}  |  ${m.first}`).join('\n'),
    );
    expect(median(measured.map((m) => m.words))).toBeLessThanOrEqual(20);
  });
});
