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

/** Runs `node <hook> dist/...` and returns every module URL it loaded, after checking it answered. */
function modulesLoaded(script: string, args: string[], input = '', answer = 'Tokyo'): Promise<string[]> {
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
      expect(stdout).toContain(answer);
      const urls = existsSync(record) ? readFileSync(record, 'utf8').split('\n') : [];
      // the hook saw the library being loaded: it records our own modules too
      expect(urls.some((u) => u.endsWith('/dist/src/query/load-library.js'))).toBe(true);
      resolve(urls);
    });
    child.stdin.end(input);
  });
}

/** The package folders among the loaded modules. */
async function packagesLoaded(script: string, args: string[], input = ''): Promise<string[]> {
  const urls = await modulesLoaded(script, args, input);
  return urls.filter((u) => u.includes('/node_modules/')).map((u) => u.split('/node_modules/').at(-1)!);
}

/** Our own compiled modules among the loaded ones, as paths under dist/ ("commands/where.js"). */
async function ownModulesLoaded(script: string, args: string[], answer?: string): Promise<string[]> {
  const urls = await modulesLoaded(script, args, '', answer);
  return urls.filter((u) => u.includes('/dist/')).map((u) => u.split('/dist/').at(-1)!);
}

/** What other commands answer with: their queries, the day composition, the map and calendar inputs. */
const OTHER_COMMANDS = [
  'src/query/search.js',
  'src/query/people.js',
  'src/query/travelers.js',
  'src/query/places.js',
  'src/query/topics.js',
  'src/query/trips.js',
  'src/reply/day.js',
  'src/render/find-trips.js',
  'src/render/calendar-input.js',
  'src/render/route-map-input.js',
  // the search indexes: a question about a date builds none, so their modules never load
  'src/query/lazy-indexes.js',
  'src/query/indexes.js',
  'src/query/word-index.js',
  'src/query/fuzzy-keys.js',
];

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

  it('npm run trip -- where 2023-11-07 loads where’s answer only, not the modules of the other commands', async () => {
    const loaded = await ownModulesLoaded('dist/src/cli/trip.js', ['where', '2023-11-07']);
    expect(loaded).toContain('commands/answers/where.js');
    const answers = loaded.filter((m) => m.startsWith('commands/answers/'));
    expect([...new Set(answers)].sort()).toEqual([
      'commands/answers/no-travel.js',
      'commands/answers/where.js',
    ]);
    expect(loaded.filter((m) => OTHER_COMMANDS.includes(m))).toEqual([]);
  });

  it('npm run trip -- help lists every command from the registry and loads no command’s answer', async () => {
    const loaded = await ownModulesLoaded('dist/src/cli/trip.js', ['help'], '/trip calendar');
    expect(loaded).toContain('commands/index.js');
    expect(loaded.filter((m) => m.startsWith('commands/answers/'))).toEqual([]);
    expect(loaded.filter((m) => OTHER_COMMANDS.includes(m))).toEqual([]);
  });
});
