import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../fakes/discord-api.js';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'tripbot-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** `npm run digest -- ...args` (the compiled build) with only the given environment (no inherited tokens). */
function digestCli(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join('dist', 'src', 'cli', 'digest.js'), ...args],
      {
        cwd: process.cwd(),
        env: {
          PATH: process.env.PATH ?? '',
          TRIPS_DIR: 'data/library',
          DATABASE_PATH: join(dir, 'var', 'tripbot.db'),
          LOG_LEVEL: 'silent',
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run digest', () => {
  it('--date 2023-11-07 prints the Tokyo digest without touching the database', async () => {
    const result = await digestCli(['--date', '2023-11-07']);
    expect(result.code).toBe(0);
    // From the source page: Tokyo, November 7: meetings with Prime Minister Kishida and Foreign
    // Minister Kamikawa; the summary's G7 Foreign Ministers' Meeting in Tokyo.
    for (const name of ['Tokyo', 'Kishida', 'Kamikawa']) expect(result.stdout).toContain(name);
    expect(result.stdout).toMatch(/G7 Foreign Ministers[’']\s?Meeting/);
    expect(existsSync(join(dir, 'var'))).toBe(false);
  });

  // --date takes every form the /trip commands take. From the page: Nov 7 (Washington) has the
  // meetings with Prime Minister Kishida and Foreign Minister Kamikawa in Tokyo; Nov 8 has the
  // "G7 Japan 2023 Foreign Ministers’ Statement" and the call with the Omani FM.
  it.each([
    ['7 November 2023', 'Kishida', undefined],
    ['Nov 7, 2023', 'Kamikawa', undefined],
    [
      '11/7/2023',
      'Kishida',
      'Read "11/7/2023" as November 7, 2023 (U.S. month/day/year order; not July 11, 2023).',
    ],
    [
      '8.11.2023',
      'G7 Japan 2023 Foreign Ministers’ Statement',
      'Read "8.11.2023" as November 8, 2023 (day.month.year order, as dotted dates are written; not August 11, 2023).',
    ],
    ['--date=2023-11-08', 'Call with Omani FM', undefined],
  ])('--date %j prints that day (%s)', async (value, expected, note) => {
    const args = value.startsWith('--') ? [value] : ['--date', value];
    const result = await digestCli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(expected);
    if (note) expect(result.stdout.split('\n')[0]).toBe(note);
    else expect(result.stdout).not.toMatch(/^Read /);
  });

  it('refuses bad arguments with a message and exit code 2', async () => {
    const results = await Promise.all([
      digestCli(['--date', '2023-02-30']),
      digestCli(['--date', 'banana']),
      digestCli(['--date', '']),
      digestCli(['--force']),
      digestCli(['--sned']),
      digestCli(['--date']),
      digestCli(['2023-11-07']),
    ]);
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^npm run digest: .+\nUsage: npm run digest -- /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe('');
    }
    expect(results[4]?.stderr).toContain("unknown option '--sned'");
  });

  describe('--send', () => {
    let slack: FakeSlack;
    let discord: FakeDiscord;
    beforeEach(async () => {
      slack = await startFakeSlack();
      discord = await startFakeDiscord();
    });
    afterEach(async () => {
      await slack.close();
      await discord.close();
    });
    const platforms = () => ({
      SLACK_BOT_TOKEN: 'xoxb-cli-test',
      SLACK_SIGNING_SECRET: 'cli-test-secret',
      SLACK_API_URL: slack.apiUrl,
      SLACK_DIGEST_CHANNELS: 'C0CLI1,C0CLI2',
      DISCORD_TOKEN: 'discord-cli-test',
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_DIGEST_CHANNELS: '100000000000000001,100000000000000002',
    });
    const posts = () =>
      slack.requests.filter((r) => r.method === 'chat.postMessage').length +
      discord.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages')).length;

    it('posts to every destination once; again only with --force', async () => {
      const first = await digestCli(['--date', '2023-11-07', '--send'], platforms());
      expect(first.code).toBe(0);
      expect(first.stdout.match(/: sent \(message /g)).toHaveLength(4);
      expect(posts()).toBe(4);
      expect(JSON.stringify(slack.requests.find((r) => r.method === 'chat.postMessage')?.body)).toContain(
        'Kishida',
      );

      const second = await digestCli(['--date', '2023-11-07', '--send'], platforms());
      expect(second.code).toBe(0);
      expect(second.stdout).toContain(
        'slack C0CLI1 2023-11-07: skipped: already sent (use --force to post again)',
      );
      expect(posts()).toBe(4);

      const forced = await digestCli(['--date', '2023-11-07', '--send', '--force'], platforms());
      expect(forced.code).toBe(0);
      expect(forced.stdout.match(/: sent \(message /g)).toHaveLength(4);
      expect(posts()).toBe(8);
    });

    it('a failed channel makes the run exit 1 until --retry-failed delivers it', async () => {
      slack.script('chat.postMessage', { body: { ok: false, error: 'not_in_channel' } });
      const first = await digestCli(['--date', '2023-11-07', '--send'], platforms());
      expect(first.code).toBe(1);
      expect(first.stdout.match(/: failed: .*not_in_channel/g)).toHaveLength(1);
      expect(slack.messages).toHaveLength(1);

      const rerun = await digestCli(['--date', '2023-11-07', '--send'], platforms());
      expect(rerun.code).toBe(1);
      expect(rerun.stdout).toMatch(/: skipped: already failed \(use --retry-failed to resend\)/);

      const retried = await digestCli(['--date', '2023-11-07', '--send', '--retry-failed'], platforms());
      expect(retried.code).toBe(0);
      expect(retried.stdout.match(/: sent \(message /g)).toHaveLength(1);
      expect(slack.messages).toHaveLength(2);
      expect(new Set(slack.messages.map((m) => m.channel))).toEqual(new Set(['C0CLI1', 'C0CLI2']));
      expect(discord.messages).toHaveLength(2);
    });

    it('stops with the path and the problem when DATABASE_PATH is corrupt, leaving the file', async () => {
      const path = join(dir, 'corrupt.db');
      writeFileSync(path, 'garbage '.repeat(500));
      const result = await digestCli(['--date', '2023-11-07', '--send'], {
        ...platforms(),
        DATABASE_PATH: path,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Database ${path} is not a SQLite database`);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(readFileSync(path, 'utf8')).toBe('garbage '.repeat(500));
      expect(posts()).toBe(0);
    });
  });
});
