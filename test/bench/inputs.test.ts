import { describe, expect, it } from 'vitest';
import { recordInputs, REAL_INPUTS, RECORD_INPUTS } from '../../bench/lib/inputs.js';
import { COMMANDS, BENCH_NOW } from '../../bench/suites/commands.js';
import { runText } from '../../commands/dispatch.js';
import { loadLibrary } from '../../src/query/load-library.js';

const library = await loadLibrary('data/library');
const inputs = recordInputs(library);

describe('the bench inputs over the whole record', () => {
  it('are the same on every run', () => {
    expect(recordInputs(library)).toEqual(inputs);
  });

  it('hold the issue’s own questions and the Nov 2023 trip’s, and every command the bench times', () => {
    for (const [command, asked] of Object.entries(RECORD_INPUTS)) {
      expect(inputs[command as keyof typeof inputs]).toEqual(expect.arrayContaining(asked));
    }
    expect(inputs.who).toEqual(expect.arrayContaining(REAL_INPUTS.who));
    expect(inputs.where).toEqual(expect.arrayContaining(['president 1963-06-26', '1990-08-02']));
    expect(COMMANDS).toContain('trips');
    for (const command of COMMANDS) expect(inputs[command].length).toBeGreaterThan(0);
  });

  it('use real places: a stop’s places, or its country when the record names no city', () => {
    const names = new Set(
      library.trips.flatMap((t) =>
        t.itinerary.stops.flatMap((s) => [...s.places.map((p) => p.name), s.country, ...s.aliases]),
      ),
    );
    expect(
      inputs.place.slice(REAL_INPUTS.place.length, -4).every((p) => [...names].some((n) => n.startsWith(p))),
    ).toBe(true);
  });

  it('are answered, not refused, for dates of real trips', async () => {
    const invocation = {
      library,
      timeZone: 'America/New_York',
      channel: { platform: 'console' as const },
      now: BENCH_NOW,
    };
    for (const command of ['where', 'day', 'route'] as const) {
      for (const input of inputs[command]) {
        const outcome = await runText(`${command} ${input}`.trim(), invocation);
        expect(outcome.ok, `${command} ${input}`).toBe(true);
      }
    }
  });
});
