import { Bench, type Task } from 'tinybench';
import { runText, type Invocation } from '../../commands/dispatch.js';
import { suggest } from '../../src/query/autocomplete.js';
import type { Library } from '../../src/query/library.js';
import type { Inputs } from '../lib/inputs.js';
import type { Row, Scale } from '../lib/report.js';

export const COMMANDS = ['where', 'when', 'who', 'what', 'day', 'search'] as const;
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
 * Every command through the dispatcher (parse, query, reply) and every autocomplete kind,
 * each cycling through its inputs; p50/p99 per command over the mix.
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
    const texts = inputs[command].map((input) => `${command} ${input}`);
    let answered = 0;
    for (const text of texts) if ((await runText(text, invocation)).ok) answered++;
    notes.set(
      command,
      `${texts.length} inputs, ${answered} answered, ${texts.length - answered} user errors`,
    );
    let k = 0;
    bench.add(command, async () => {
      await runText(texts[k++ % texts.length]!, invocation);
    });
  }
  for (const kind of SUGGEST_KINDS) {
    const texts = inputs[kind];
    const empty = texts.filter((t) => suggest(library, kind, t, 25).length === 0).length;
    notes.set(kind, `${texts.length} inputs, ${empty} without suggestions`);
    let k = 0;
    bench.add(kind, () => {
      suggest(library, kind, texts[k++ % texts.length]!, 25);
    });
  }
  await bench.run();
  const suggestKinds: readonly string[] = SUGGEST_KINDS;
  return bench.tasks.map((task) =>
    rowOf(
      task,
      suggestKinds.includes(task.name) ? 'autocomplete' : 'command',
      task.name,
      scale,
      notes.get(task.name),
    ),
  );
}
