/** The compiled ingest CLI refuses a malformed page: exit 2, the line named, nothing written. */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BAD_PAGES } from '../fixtures/bad-pages.js';
import { runBuilt } from '../fixtures/spawn-cli.js';
import { REPO_ROOT } from '../fixtures/trip.js';

describe('the ingest CLI writes nothing from a refused page', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('exits 2 with the line number, adds no page to the sources and writes no library', async () => {
    const cases = [
      BAD_PAGES['unknown heading'],
      BAD_PAGES['misspelt month, impossible day'],
      BAD_PAGES['no Summary heading'],
    ];
    const results = await Promise.all(
      cases.map(async (bad) => {
        const dir = mkdtempSync(join(tmpdir(), 'tripbot-ingest-'));
        dirs.push(dir);
        // a copy of the sources, so a page wrongly accepted never lands in the repository's
        const work = join(dir, 'work');
        cpSync(join(REPO_ROOT, 'data', 'sources'), join(work, 'data', 'sources'), { recursive: true });
        const pageFile = join(dir, 'bad-trip.txt');
        writeFileSync(pageFile, bad.text);
        const out = join(dir, 'library');
        return {
          work,
          out,
          bad,
          result: await runBuilt('src/cli/ingest.ts', [pageFile, '--out', out], '', work),
        };
      }),
    );
    for (const { work, out, bad, result } of results) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`line ${bad.line}\\b`));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(join(work, 'data', 'sources', 'pages', 'bad-trip.txt'))).toBe(false);
      expect(existsSync(out)).toBe(false);
    }
  });
});
