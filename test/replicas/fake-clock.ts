/**
 * Preloaded (`node --import`) into the replicas of the acceptance test: the process's clock
 * reads the instant in TRIPBOT_TEST_CLOCK (a file the test writes) and moves on in real
 * time from when it was read first. Nothing in src/ knows about it.
 */
import { readFileSync } from 'node:fs';

const file = process.env.TRIPBOT_TEST_CLOCK;
if (file) {
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  let base = { simulated: realNow(), real: realNow() };
  let checked = 0;
  let seen = '';
  const now = (): number => {
    const real = realNow();
    if (real - checked > 20) {
      checked = real;
      try {
        const text = readFileSync(file, 'utf8').trim();
        if (text && text !== seen) {
          seen = text;
          base = { simulated: RealDate.parse(text), real };
        }
      } catch {
        // not written yet: real time
      }
    }
    return base.simulated + (real - base.real);
  };
  class FakeDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string]));
    }
    static override now(): number {
      return now();
    }
  }
  globalThis.Date = FakeDate as DateConstructor;
}
