/**
 * Issue 12, "What a user saw", the questions that need a process: exit codes, the digest CLI
 * and the piped console (the rest are in what-a-user-saw.test.ts). Expected values from the
 * Historian's XML (record ids) and the trip page, by hand.
 */
import { describe, expect, it } from 'vitest';
import { runBuilt } from '../fixtures/spawn-cli.js';

describe('issue 12 from outside the process', () => {
  // One rule for a valid date outside every trip: exit 0 and an answer, from where and from day.
  it('where and day 2023-12-25 both exit 0 with "no foreign travel on record"', async () => {
    const [where, day] = await Promise.all([
      runBuilt('src/cli/trip.ts', ['where', '2023-12-25']),
      runBuilt('src/cli/trip.ts', ['day', '2023-12-25']),
    ]);
    for (const result of [where, day]) {
      expect(result.code).toBe(0);
      expect(result.stdout.split('\n')[0]).toBe('December 25, 2023: no foreign travel on record');
    }
  });

  it('npm run digest -- --date 8.11.2023 says how it read the date, and prints November 8', async () => {
    const result = await runBuilt('src/cli/digest.ts', ['--date', '8.11.2023']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^Read "8.11.2023" as November 8, 2023 \(day.month.year/);
    expect(result.stdout).toMatch(/Tokyo → Seoul/);
  });

  // Record 4179 (Ramallah, 2023-11-05); nothing after quit is answered (no Tokyo, record 4181).
  it('a piped console answers nothing after quit', async () => {
    const result = await runBuilt('src/main.ts', [], 'where 2023-11-05\nquit\nwhere 2023-11-07\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Ramallah');
    expect(result.stdout).not.toContain('Tokyo');
  });
});
