/** `npm run discord:register -- --dry-run`, the real npm script on the compiled build. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { commandViolations } from '../platforms/discord/limits.js';

const run = promisify(execFile);

describe('npm run discord:register -- --dry-run', () => {
  it('prints the bulk-overwrite body without a token, inside Discord limits', async () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !key.startsWith('DISCORD_')),
    );
    const { stdout } = await run('npm', ['run', '-s', 'discord:register', '--', '--dry-run'], { env });
    const body = JSON.parse(stdout) as Parameters<typeof commandViolations>[0][];
    expect(body).toHaveLength(1);
    const [trip] = body;
    expect(trip?.name).toBe('trip');
    expect(commandViolations(trip!)).toEqual([]);
  });
});
