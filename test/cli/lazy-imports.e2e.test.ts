/**
 * Issue 13: the console and the one-shot CLI, run from the compiled build as `npm start` and
 * `npm run trip` run them, load neither chat SDK nor the digest's database drivers.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envWithoutCredentials } from '../fixtures/spawn-cli.js';
import { REPO_ROOT } from '../fixtures/trip.js';

const HOOK = join(REPO_ROOT, 'test', 'fixtures', 'record-imports.mjs');
const HEAVY = ['@slack/bolt', '@slack/web-api', 'discord.js', '@discordjs', 'better-sqlite3', '/pg/'];

/** Runs `node <hook> dist/...` and returns the package folders it loaded. */
function packagesLoaded(script: string, args: string[], input = ''): Promise<string[]> {
  const record = join(mkdtempSync(join(tmpdir(), 'tripbot-imports-')), 'imports.txt');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, join(REPO_ROOT, script), ...args], {
      cwd: REPO_ROOT,
      env: envWithoutCredentials({ RECORD_IMPORTS: record }),
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited ${code}`));
      expect(stdout).toContain('Tokyo');
      const urls = existsSync(record) ? readFileSync(record, 'utf8').split('\n') : [];
      // the hook saw the library being loaded: it records our own modules too
      expect(urls.some((u) => u.endsWith('/dist/src/query/load-library.js'))).toBe(true);
      resolve(urls.filter((u) => u.includes('/node_modules/')).map((u) => u.split('/node_modules/').at(-1)!));
    });
    child.stdin.end(input);
  });
}

describe('lazy imports in the compiled build', () => {
  it('npm run trip -- where 2023-11-07 loads the library and the command: no SDK, driver, renderer, gazetteer or zod', async () => {
    const loaded = await packagesLoaded('dist/src/cli/trip.js', ['where', '2023-11-07']);
    // zod: the committed library matches its SHA256SUMS, so it is not validated again; pino:
    // nothing is logged; the map and calendar renderers and the gazetteers load on first use.
    const notNeeded = [
      ...HEAVY,
      ...['zod', 'pino', '@resvg', 'd3-geo', 'ical-generator', 'city-timezones', 'i18n-iso-countries'].map(
        (p) => `/${p}/`,
      ),
    ];
    for (const heavy of notNeeded) expect(loaded.filter((p) => `/${p}`.includes(heavy))).toEqual([]);
  });

  it('npm start with no credentials (the console) loads no chat SDK or database driver', async () => {
    const loaded = await packagesLoaded('dist/src/main.js', [], '/trip where 2023-11-07\n');
    expect(loaded.some((p) => p.startsWith('zod/'))).toBe(true);
    for (const heavy of HEAVY) expect(loaded.filter((p) => `/${p}`.includes(heavy))).toEqual([]);
  });
});
