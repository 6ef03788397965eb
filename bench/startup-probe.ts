/**
 * Run by bench/suites/startup.ts in a fresh process (node --expose-gc --import tsx):
 *
 *   startup-probe.ts <library dir>          cold start to first answer: loads tripbot's modules
 *                                            (timed apart), reads and zod-validates the library
 *                                            files, builds the Library and its indexes (as
 *                                            loadLibrary does) and answers one `where`;
 *   startup-probe.ts --bare <library dir>    the baseline: readFileSync + JSON.parse of the same
 *                                            files, nothing validated, indexed or answered.
 *
 * Prints the phases' times (ms) and the heap the process holds after a full GC, as JSON.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The question the cold start answers (the first acceptance example). */
export const FIRST_QUESTION = 'where 1990-08-02';

const gc = (globalThis as { gc?: () => void }).gc;
const settle = () => {
  gc?.();
  gc?.();
  return process.memoryUsage();
};

const args = process.argv.slice(2);
const bare = args[0] === '--bare';
const dir = args.at(-1) ?? join('data', 'library');
/** ms since this process began (performance.timeOrigin): Node and tsx start-up before this file ran. */
const bootMs = performance.now();

if (bare) {
  const before = settle();
  const started = performance.now();
  // Every file of the library (manifests and volumes) parsed with JSON.parse, nothing else.
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { trips?: unknown[] });
  const read = performance.now();
  const after = settle();
  console.log(
    JSON.stringify({
      mode: 'bare',
      trips: files.reduce((n, f) => n + (f.trips?.length ?? 0), 0),
      bootMs,
      modulesMs: 0,
      readMs: read - started,
      indexMs: 0,
      answerMs: 0,
      totalMs: read - started,
      heapBytes: after.heapUsed,
      libraryHeapBytes: after.heapUsed - before.heapUsed,
      rssBytes: after.rss,
      gc: gc !== undefined,
    }),
  );
} else {
  const loading = performance.now();
  const { openLibrary } = await import('../src/itinerary/loader.js');
  const { Library } = await import('../src/query/library.js');
  const { runText } = await import('../commands/dispatch.js');
  const before = settle();
  const started = performance.now();
  // The whole record read and parsed (a one-shot question parses only its volumes; the bot
  // reads them all before long), with the clock read between reading and indexing.
  const offices = await openLibrary(dir);
  const volumes = offices.map((o) => o.volumes.map((v) => ({ ...v, traveler: o.traveler, trips: v.load() })));
  const read = performance.now();
  const library = Library.lazy(
    offices.map((o, i) => ({
      traveler: o.traveler,
      office: { officeholders: o.officeholders, record: o.record },
      volumes: (volumes[i] ?? []).map(({ traveler, first, last, trips }) => ({
        traveler,
        first,
        last,
        load: () => trips,
      })),
    })),
  );
  void library.trips;
  const built = performance.now();
  const outcome = await runText(FIRST_QUESTION, {
    library,
    timeZone: 'America/New_York',
    channel: { platform: 'console' },
  });
  const answered = performance.now();
  if (!outcome.ok)
    throw new Error(`${FIRST_QUESTION}: no answer (${JSON.stringify(outcome.reply).slice(0, 200)})`);
  const after = settle();
  console.log(
    JSON.stringify({
      mode: 'tripbot',
      trips: library.trips.length,
      people: library.people.length,
      bootMs,
      modulesMs: started - loading,
      readMs: read - started,
      indexMs: built - read,
      answerMs: answered - built,
      totalMs: answered - started,
      heapBytes: after.heapUsed,
      libraryHeapBytes: after.heapUsed - before.heapUsed,
      rssBytes: after.rss,
      gc: gc !== undefined,
    }),
  );
}
