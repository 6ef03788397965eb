import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openSqliteStore as openStore } from '../../src/store/index.js';
import { useTempDir } from './temp-dir.js';

const run = promisify(execFile);
const tempDir = useTempDir();
const COUNT = 1500;

describe('claims across processes', () => {
  it('two processes claiming the same keys on one database file never both win a key', async () => {
    const path = join(tempDir(), 'tripbot.db');
    await openStore(path).close(); // migrate first, as start-up would
    const goAt = String(Date.now() + 2500);
    const child = (owner: string) =>
      run(
        process.execPath,
        ['--import', 'tsx', join(import.meta.dirname, 'claim-child.ts'), path, goAt, String(COUNT), owner],
        {
          cwd: process.cwd(),
        },
      ).then(({ stdout }) => JSON.parse(stdout) as number[]);
    const [a, b] = await Promise.all([child('a'), child('b')]);
    const both = a.filter((i) => new Set(b).has(i));
    expect(both).toEqual([]);
    expect([...a, ...b].sort((x, y) => x - y)).toEqual(Array.from({ length: COUNT }, (_, i) => i));
  });
});
