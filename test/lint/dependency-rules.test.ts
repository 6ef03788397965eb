/**
 * The layering rules of .dependency-cruiser.cjs (run by `npm run lint`), cruised the way the
 * CLI does: the real tree has no violation, and a small tree of deliberately bad imports
 * fails each rule by name.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cruise, type ICruiseOptions, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';

const ROOT = resolve(import.meta.dirname, '../..');

async function cruiseTree(
  baseDir: string,
  folders: string[],
  options: ICruiseOptions,
): Promise<ICruiseResult> {
  const { output } = await cruise(folders, { ...options, baseDir });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text, not a result');
  return output;
}

/** A tree shaped like the repository, each file importing what the rules forbid. */
const BAD_TREE: Record<string, string> = {
  'src/platforms/slack/render.ts': 'export const render = 1;\n',
  'src/store/index.ts': 'export const openStore = 1;\n',
  'src/digest/compose.ts': 'export const composeDigest = 1;\n',
  'src/http/server.ts': 'export const serve = 1;\n',
  'src/query/library.ts':
    "import { schema } from '../itinerary/schema.js';\nexport const library = schema;\n",
  'src/itinerary/schema.ts': 'export const schema = 1;\n',
  'src/itinerary/loader.ts': "import { library } from '../query/library.js';\nexport const load = library;\n",
  'src/query/slack-answer.ts': "import { App } from '@slack/bolt';\nexport const app = App;\n",
  'src/reply/discord-reply.ts': "import { Client } from 'discord.js';\nexport const client = Client;\n",
  'src/query/subscriptions.ts':
    "import { openStore } from '../store/index.js';\nexport const store = openStore;\n",
  'src/reply/feed.ts': "import { serve } from '../http/server.js';\nexport const feed = serve;\n",
  'commands/route.ts':
    "import { render } from '../src/platforms/slack/render.js';\nexport const route = render;\n",
  'commands/day.ts':
    "import { composeDigest } from '../src/digest/compose.js';\nexport const day = composeDigest;\n",
  'commands/answers/day.ts':
    "import { composeDigest } from '../../src/digest/compose.js';\nexport const run = composeDigest;\n",
  'commands/types.ts': "import type { Ping } from 'discord-api-types/v10';\nexport type Types = Ping;\n",
  'commands/ledger.ts': "import Database from 'better-sqlite3';\nexport const db = Database;\n",
  'commands/help.ts': "import { commands } from './index.js';\nexport const help = () => commands;\n",
  'commands/index.ts': "import { help } from './help.js';\nexport const commands = [help];\n",
};

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  let options: ICruiseOptions;
  let bad: IViolation[];
  let dir: string;

  beforeAll(async () => {
    options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.cjs'));
    dir = mkdtempSync(join(tmpdir(), 'tripbot-depcruise-'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext' } }));
    for (const [file, text] of Object.entries(BAD_TREE)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    bad = (await cruiseTree(dir, ['src', 'commands'], options)).summary.violations;
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds no violation in the real tree', async () => {
    const result = await cruiseTree(ROOT, ['src', 'commands', 'bench', 'test'], options);
    expect(result.summary.totalCruised).toBeGreaterThan(200);
    expect(result.summary.violations).toEqual([]);
  });

  it.each([
    ['core-not-to-chat-sdk', 'src/query/slack-answer.ts', /node_modules\/@slack\/bolt\//],
    ['core-not-to-chat-sdk', 'src/reply/discord-reply.ts', /node_modules\/discord\.js\//],
    ['core-not-to-chat-sdk', 'commands/types.ts', /discord-api-types/],
    ['core-not-to-infrastructure', 'commands/ledger.ts', /node_modules\/better-sqlite3\//],
    ['core-not-to-adapters', 'commands/route.ts', /^src\/platforms\/slack\/render\.ts$/],
    ['core-not-to-adapters', 'commands/day.ts', /^src\/digest\/compose\.ts$/],
    ['core-not-to-adapters', 'commands/answers/day.ts', /^src\/digest\/compose\.ts$/],
    ['core-not-to-adapters', 'src/query/subscriptions.ts', /^src\/store\/index\.ts$/],
    ['core-not-to-adapters', 'src/reply/feed.ts', /^src\/http\/server\.ts$/],
    ['itinerary-at-the-bottom', 'src/itinerary/loader.ts', /^src\/query\/library\.ts$/],
  ])('%s fails %s', (rule, from, to) => {
    expect(bad).toContainEqual(
      expect.objectContaining({
        rule: { name: rule, severity: 'error' },
        from,
        to: expect.stringMatching(to),
      }),
    );
  });

  it('no-circular fails a circle and names its files', () => {
    const circles = bad.filter((v) => v.rule.name === 'no-circular');
    expect(circles.length).toBeGreaterThan(0);
    for (const circle of circles) {
      expect(['commands/help.ts', 'commands/index.ts']).toContain(circle.from);
    }
  });

  it('lets the allowed arrow through: a query reading the itinerary', () => {
    expect(bad.filter((v) => v.from === 'src/query/library.ts')).toEqual([]);
  });
});
