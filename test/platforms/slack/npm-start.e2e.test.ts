import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack-api.js';
import { SIGNING_SECRET, signedHeaders, slashCommandBody } from './harness.js';

/** A port nobody listens on right now (the OS picks it; released before the bot binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`tripbot exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`tripbot never answered ${url}:\n${output()}`);
}

describe('npm start with Slack credentials (HTTP mode, as a user would run it)', () => {
  let slack: FakeSlack;
  let child: ChildProcess;
  let port: number;
  let stderr = '';
  let dir: string;

  beforeAll(async () => {
    slack = await startFakeSlack();
    port = await freePort();
    dir = mkdtempSync(join(tmpdir(), 'tripbot-slack-e2e-'));
    child = spawn(process.execPath, ['dist/src/main.js'], {
      env: {
        PATH: process.env.PATH,
        HOME: dir,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
        LOG_LEVEL: 'warn',
        DATABASE_PATH: join(dir, 'tripbot.db'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.resume();
    await waitForHealth(`http://127.0.0.1:${port}/readyz`, child, () => stderr); // ready: Slack is up
  }, 30_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await slack.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a signed /trip who lazarini naming Philippe Lazzarini', async () => {
    const body = slashCommandBody('who lazarini', slack.responseUrl('e2e'));
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: signedHeaders(body),
      body,
    });
    expect(response.status).toBe(200);
    const answer = await slack.waitFor((r) => r.responseId === 'e2e');
    expect(answer.body.text).toContain('Philippe Lazzarini');
    expect(JSON.stringify(answer.body.blocks)).toContain('UNRWA');
    expect(slack.requests.map((r) => r.method)).toContain('auth.test');
    expect(stderr).not.toContain('xoxb-test');
  });

  it('rejects an unsigned request with 401', async () => {
    const body = slashCommandBody('who lazarini', slack.responseUrl('unsigned'));
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(response.status).toBe(401);
  });
});
