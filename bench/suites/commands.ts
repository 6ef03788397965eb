import { indexesOf } from '../../src/query/lazy-indexes.js';
import Fuse from 'fuse.js';
import { Bench, type Task } from 'tinybench';
import { runText, type Invocation } from '../../commands/dispatch.js';
import { fold } from '../../src/itinerary/text.js';
import { suggest } from '../../src/query/autocomplete.js';
import type { Library } from '../../src/query/library.js';
import type { Inputs } from '../lib/inputs.js';
import type { Row, Scale } from '../lib/report.js';

/** Every command that answers from the library (digest subscribes, it answers from a store). */
export const COMMANDS = ['where', 'when', 'who', 'what', 'day', 'route', 'trips', 'search', 'help'] as const;
export const SUGGEST_KINDS = ['date', 'place', 'name'] as const;

/** "Today" for the benchmark, so relative dates mean the same on every run. */
export const BENCH_NOW = new Date('2023-11-08T15:00:00Z');

/** Sampling: at least `iterations` calls and `time` ms per task, after a warmup. */
export const SAMPLING = { time: 700, iterations: 30, warmupTime: 150, warmupIterations: 10 };

/** A row from a finished tinybench task. */
export function rowOf(task: Task, section: Row['section'], name: string, scale: Scale, note?: string): Row {
  const result = task.result;
  if (result.state !== 'completed') {
    const error = result.state === 'errored' ? `: ${result.error.message}` : '';
    throw new Error(`benchmark task ${task.name} did not complete (${result.state}${error})`);
  }
  const { latency } = result;
  return {
    section,
    name,
    scale,
    p50: latency.p50,
    p99: latency.p99,
    mean: latency.mean,
    samples: latency.samplesCount,
    ...(note ? { note } : {}),
  };
}

/**
 * The floor under each autocomplete kind, over the same choices tripbot's indexes hold, built
 * once: a bare prefix filter for dates, bare fuse.js for places and names (limit 25).
 */
function bareSuggesters(
  library: Library,
): Record<(typeof SUGGEST_KINDS)[number], [string, (text: string) => unknown]> {
  const { dayChoices, placeChoices, personRecords } = indexesOf(library);
  const places = new Fuse(placeChoices, { keys: ['key'], ignoreLocation: true, threshold: 0.4 });
  const people = new Fuse(personRecords, {
    keys: ['names', 'roles'],
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.4,
  });
  return {
    date: [
      'bare prefix filter',
      (text) => {
        const key = fold(text);
        return dayChoices.filter((c) => c.key.startsWith(key)).slice(0, 25);
      },
    ],
    place: ['bare fuse.js', (text) => places.search(fold(text), { limit: 25 })],
    name: ['bare fuse.js', (text) => people.search(text, { limit: 25 })],
  };
}

/** The input whose median time over `runs` calls is the highest: tells a slow input from machine noise in a p99. */
async function slowestInput(
  texts: readonly string[],
  call: (text: string) => unknown,
  runs = 15,
): Promise<string> {
  let worst = { text: '', ms: -1 };
  for (const text of texts) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      await call(text);
      times.push(performance.now() - started);
    }
    const median = times.sort((a, b) => a - b)[runs >> 1]!;
    if (median > worst.ms) worst = { text, ms: median };
  }
  return `slowest input "${worst.text}" ${worst.ms.toFixed(3)} ms (median of ${runs})`;
}

/**
 * Every command through the dispatcher (parse, query, reply) and every autocomplete kind,
 * each cycling through its inputs; p50/p99 per command over the mix. Beside each
 * autocomplete kind, its bare baseline on the same inputs.
 */
export async function benchCommands(library: Library, inputs: Inputs, scale: Scale): Promise<Row[]> {
  const invocation: Invocation = {
    library,
    timeZone: 'America/New_York',
    channel: { platform: 'console' },
    now: BENCH_NOW,
  };
  const bench = new Bench({ ...SAMPLING, throws: true });
  const notes = new Map<string, string>();
  for (const command of COMMANDS) {
    const texts = inputs[command].map((input) => `${command} ${input}`.trim());
    let answered = 0;
    for (const text of texts) if ((await runText(text, invocation)).ok) answered++;
    const slowest = await slowestInput(texts, (text) => runText(text, invocation));
    notes.set(
      command,
      `${texts.length} inputs, ${answered} answered, ${texts.length - answered} user errors; ${slowest}`,
    );
    let k = 0;
    bench.add(command, async () => {
      await runText(texts[k++ % texts.length]!, invocation);
    });
  }
  const bare = bareSuggesters(library);
  for (const kind of SUGGEST_KINDS) {
    const texts = inputs[kind];
    const empty = texts.filter((t) => suggest(library, kind, t, 25).length === 0).length;
    const slowest = await slowestInput(texts, (text) => suggest(library, kind, text, 25));
    notes.set(kind, `${texts.length} inputs, ${empty} without suggestions; ${slowest}`);
    let k = 0;
    bench.add(kind, () => {
      suggest(library, kind, texts[k++ % texts.length]!, 25);
    });
    const [name, run] = bare[kind];
    let j = 0;
    bench.add(`${kind}: ${name}`, () => {
      run(texts[j++ % texts.length]!);
    });
  }
  await bench.run();
  const suggestKinds: readonly string[] = SUGGEST_KINDS;
  return bench.tasks.map((task) => {
    const [kind, bareName] = task.name.split(': ');
    if (bareName) {
      return {
        ...rowOf(task, 'autocomplete', task.name, scale, `baseline for ${kind}, same inputs`),
        baselineFor: `autocomplete:${kind}`,
      };
    }
    return rowOf(
      task,
      suggestKinds.includes(task.name) ? 'autocomplete' : 'command',
      task.name,
      scale,
      notes.get(task.name),
    );
  });
}
