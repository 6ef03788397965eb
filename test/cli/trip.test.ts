/** `npm run trip` and `npm start` as a user runs them, and the console over streams. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/platforms/console.js';
import { silentLogger } from '../../src/log.js';
import { runProcess, runTsx } from '../fixtures/spawn-cli.js';
import { tripLibrary } from '../fixtures/trip.js';

const trip = (...args: string[]) => runTsx('src/cli/trip.ts', args);

describe('npm run trip -- <command> --json (DESIGN.md contract)', () => {
  it('where, when and who print their query results; a bad date exits 2', async () => {
    const [where, when, who, bad] = await Promise.all([
      trip('where', '2023-11-07', '--json'),
      trip('when', 'Seoul', '--json'),
      trip('who', 'jaishankr', '--json'),
      trip('where', '2023-02-30'),
    ]);

    expect(where.code).toBe(0);
    const whereJson = JSON.parse(where.stdout) as {
      date: string;
      stops: { city: string; country: string; basis: string }[];
    };
    expect(whereJson.date).toBe('2023-11-07');
    expect(whereJson.stops.map(({ city, country, basis }) => ({ city, country, basis }))).toEqual([
      { city: 'Tokyo', country: 'Japan', basis: 'documented' },
    ]);

    expect(when.code).toBe(0);
    const whenJson = JSON.parse(when.stdout) as { stops: Record<string, string>[] };
    expect(
      whenJson.stops.map(({ city, country, from, to, basis }) => ({ city, country, from, to, basis })),
    ).toEqual([
      {
        city: 'Seoul',
        country: 'Republic of Korea',
        from: '2023-11-08',
        to: '2023-11-09',
        basis: 'documented',
      },
    ]);

    expect(who.code).toBe(0);
    const whoJson = JSON.parse(who.stdout) as {
      matches: { name: string; role: string; appearances: { date: string; city: string; title: string }[] }[];
    };
    const [best] = whoJson.matches;
    expect(best?.name).toBe('Subrahmanyam Jaishankar');
    expect(best?.role).toMatch(/External Affairs/);
    expect(best?.appearances.map((a) => a.date).sort()).toEqual(['2023-11-09', '2023-11-10', '2023-11-10']);
    for (const a of best?.appearances ?? []) {
      expect(a.city).toBe('New Delhi');
      expect(a.title).toMatch(/Jaishankar/);
    }

    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('2023-02-30');
    expect(bad.stderr).toMatch(/2023-11-07/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm start with no chat credentials', () => {
  it('answers /trip lines piped on stdin and exits 0', async () => {
    const result = await runProcess('npm', ['start', '--silent'], '/trip where 2023-11-07\nwho lazarini\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Tokyo, Japan');
    expect(result.stdout).toContain('Philippe Lazzarini');
  });
});

/** A console on in-memory streams; text() is everything it has printed so far. */
function consoleSession() {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.setEncoding('utf8').on('data', (chunk: string) => (printed += chunk));
  const done = runConsole({
    library: tripLibrary(),
    timeZone: 'America/New_York',
    log: silentLogger,
    input,
    output,
  });
  return { input, done, text: () => printed };
}

describe('runConsole', () => {
  it('answers each line on the output stream and stops at "exit"', async () => {
    const { input, done, text } = consoleSession();
    input.write('/trip where 2023-11-06\n');
    input.write('\n');
    input.write('when Delhi\n');
    input.write('frobnicate\n');
    input.write('exit\n');
    input.write('where 2023-11-07\n');
    await done;
    expect(text()).toContain('Ankara, Türkiye');
    expect(text()).toMatch(/inferred/);
    expect(text()).toContain('New Delhi, India');
    expect(text()).toContain('no /trip command called "frobnicate"');
    expect(text()).not.toContain('Tokyo, Japan');
    expect(text().indexOf('Ankara')).toBeLessThan(text().indexOf('New Delhi'));
  });

  it('resolves at the end of piped input', async () => {
    const { input, done, text } = consoleSession();
    input.end('where 2023-11-07');
    await done;
    expect(text()).toContain('Tokyo, Japan');
  });
});
