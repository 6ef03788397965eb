/** `npm run trip` and `npm start` as a user runs them, and the console over streams. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/platforms/console.js';
import { silentLogger } from '../../src/log.js';
import { runProcess, runBuilt } from '../fixtures/spawn-cli.js';
import { tripLibrary } from '../fixtures/trip.js';

const trip = (...args: string[]) => runBuilt('src/cli/trip.ts', args);

describe('npm run trip: one rule for a valid date outside every trip (exit 0), a bad date exits 2', () => {
  // Historian record 4187 (UAE) ends a trip on 2023-12-01; record 4191 (Mexico City) is 2023-12-27.
  it.each([
    [['where', '2023-12-25'], 0],
    [['day', '2023-12-25'], 0],
    [['route', '2023-12-25'], 0],
    [['what', '2023-12-25'], 0],
    [['day', '25.12.2023'], 0],
    [['day', '2023-02-30'], 2],
    [['route', '31.2.2023'], 2],
  ])('%j exits %i', async (args, code) => {
    const result = await trip(...args);
    expect(result.code).toBe(code);
    if (code === 0) expect(result.stdout).toMatch(/no foreign travel on record/);
  });

  it('search --json: real scores, best first, no score of 0', async () => {
    const result = await trip('search', '2+2', '--json');
    expect(result.code).toBe(0);
    const { hits } = JSON.parse(result.stdout) as { hits: { score: number; label: string }[] };
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.score).toBeGreaterThan(0);
      expect(h.label).toContain('2+2');
    }
  });
});

describe('npm run trip -- <command> --brief', () => {
  // Records 340 (Irkutsk, U.S.S.R., 1990-07-31..08-02) and 341 (Ulaanbaatar, 1990-08-02..03).
  it('prints only the first line: the answer', async () => {
    const result = await trip('where', '1990-08-02', '--brief');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('August 2, 1990: Irkutsk, Ulaanbaatar\n');
  });
});

describe('npm run trip: the command line (node:util parseArgs)', () => {
  it('refuses an unknown --flag or a flag without its value: exit 2, the usage, no stack trace', async () => {
    const results = await Promise.all([
      trip('where', '2023-11-07', '--jsno'),
      trip('map', '2023-11-07', '--out'),
      trip('where', '2023-11-07', '--brief=yes'),
    ]);
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^Error: .+\nUsage: npm run trip -- /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(results[0]?.stderr).toContain("unknown option '--jsno'");
    expect(results[1]?.stderr).toContain('--out needs a file name');
  });

  it('passes every other word through intact, a word starting with one dash included', async () => {
    const result = await trip('who', '-5', '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { message: expect.stringContaining('"-5"') } });
  });
});

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
      traveler: string;
      officeholder: { name: string } | null;
      stops: {
        city: string;
        country: string;
        from: string;
        to: string;
        basis: string;
        person: string;
        sources: { kind: string }[];
      }[];
    };
    expect(whereJson.date).toBe('2023-11-07');
    expect(whereJson.traveler).toBe('secretary');
    expect(whereJson.officeholder?.name).toMatch(/Blinken/);
    // record 4181: Tokyo, Japan, 2023-11-07..08
    expect(
      whereJson.stops.map(({ city, country, from, to, basis, person }) => ({
        city,
        country,
        from,
        to,
        basis,
        person,
      })),
    ).toEqual([
      {
        city: 'Tokyo',
        country: 'Japan',
        from: '2023-11-07',
        to: '2023-11-08',
        basis: 'documented',
        person: 'Secretary Blinken',
      },
    ]);
    expect(whereJson.stops[0]?.sources.map((s) => s.kind)).toEqual(['historian', 'page']);

    expect(when.code).toBe(0);
    const whenJson = JSON.parse(when.stdout) as { stops: Record<string, string>[] };
    // 70 Seoul stays in the XML, newest first: 4275 (2025-01-06), 4221 (2024-03-17..18), 4182 (2023-11-08..09)
    expect(whenJson.stops).toHaveLength(70);
    expect(
      whenJson.stops
        .slice(0, 3)
        .map(({ city, country, from, to, basis, person }) => ({ city, country, from, to, basis, person })),
    ).toEqual([
      {
        city: 'Seoul',
        country: 'Korea, Republic of',
        from: '2025-01-06',
        to: '2025-01-06',
        basis: 'documented',
        person: 'Secretary Blinken',
      },
      {
        city: 'Seoul',
        country: 'Korea, South',
        from: '2024-03-17',
        to: '2024-03-18',
        basis: 'documented',
        person: 'Secretary Blinken',
      },
      {
        city: 'Seoul',
        country: 'Korea, Republic of',
        from: '2023-11-08',
        to: '2023-11-09',
        basis: 'documented',
        person: 'Secretary Blinken',
      },
    ]);
    const starts = whenJson.stops.map((s) => s.from!);
    expect(starts).toEqual([...starts].sort().reverse());

    expect(who.code).toBe(0);
    const whoJson = JSON.parse(who.stdout) as {
      matches: { name: string; role: string; appearances: { date: string; city: string; title: string }[] }[];
    };
    const [best] = whoJson.matches;
    expect(best?.name).toBe('Subrahmanyam Jaishankar');
    expect(best?.role).toMatch(/External Affairs/);
    // newest first: the page's three New Delhi documents, then records 4049, 4015, 3974, 3858
    expect(best?.appearances.map((a) => `${a.date} ${a.city}`)).toEqual([
      '2023-11-10 New Delhi',
      '2023-11-10 New Delhi',
      '2023-11-09 New Delhi',
      '2022-02-09 Melbourne',
      '2021-07-26 New Delhi',
      '2020-10-25 New Delhi',
      '2019-06-25 New Delhi',
    ]);
    for (const a of best?.appearances ?? []) expect(a.title).toMatch(/Jaishankar/);

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

  it('answers nothing after "quit" on a pipe', async () => {
    const result = await runBuilt('src/main.ts', [], 'where 2023-11-05\nquit\nwhere 2023-11-07\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Baghdad, Iraq');
    expect(result.stdout).not.toContain('Tokyo, Japan');
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
    expect(text()).toMatch(/Historian record 4189/);
    expect(text()).toMatch(/the trip page itself gives no date/);
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
