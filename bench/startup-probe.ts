/**
 * Run by bench/suites/startup.ts in a fresh process (node --expose-gc --import tsx):
 * loads and validates every itinerary.json under the given trips folders and builds the
 * Library with its indexes, and prints the time and the memory it holds as JSON.
 * Module loading is not counted: it happens before the clock starts.
 */
import { readTrips } from '../src/itinerary/loader.js';
import { Library } from '../src/query/library.js';

const gc = (globalThis as { gc?: () => void }).gc;
const settle = () => {
  gc?.();
  gc?.();
  return process.memoryUsage();
};

const dirs = process.argv.slice(2);
const before = settle();
const started = performance.now();
const itineraries = dirs.flatMap((dir) => readTrips(dir));
const read = performance.now();
const library = new Library(itineraries);
const built = performance.now();
const after = settle();
console.log(
  JSON.stringify({
    trips: library.trips.length,
    people: library.people.length,
    readMs: read - started,
    indexMs: built - read,
    totalMs: built - started,
    heapBytes: after.heapUsed - before.heapUsed,
    rssBytes: after.rss - before.rss,
    gc: gc !== undefined,
  }),
);
