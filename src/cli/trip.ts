/**
 * npm run trip -- <command> [args] [--json | --brief] [--out FILE]
 * One answer as text (or the query result as JSON) on stdout; exit 0, or 2 on a bad input.
 * `--brief` prints only the answer's first line.
 * `--out` writes the answer's file (the map's PNG, the calendar's .ics) to FILE.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadAnswerConfig, ConfigError } from '../answer-config.js';
import { ItineraryLoadError } from '../itinerary/loader.js';
import { loadLibrary } from '../query/load-library.js';
import { createLogger } from '../log.js';
import { renderText } from '../reply/text.js';
import { briefReply } from '../reply/model.js';
import { runText } from '../../commands/dispatch.js';
import { UsageError } from './args.js';

const USAGE = 'Usage: npm run trip -- <command> [args] [--json | --brief] [--out FILE]';

const OPTIONS = {
  json: { type: 'boolean' },
  brief: { type: 'boolean' },
  out: { type: 'string' },
} as const;

interface Args {
  /** The command and its words, as typed ("where 2023-11-07"). */
  text: string;
  json: boolean;
  brief: boolean;
  out?: string;
}

/**
 * The flags, and every other word of the question intact. Read loosely (strict: false),
 * then checked: a word starting with one dash ("-5") is a word of the question; an unknown
 * --flag is an error, unless it comes after a bare --, which makes every later word text.
 */
function readArgs(argv: string[]): Args {
  const { values, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const words = new Map<number, string>(); // by argument: "-abc" is one token per letter
  for (const token of tokens) {
    if (token.kind === 'positional') words.set(token.index, token.value);
    else if (token.kind === 'option' && !Object.hasOwn(OPTIONS, token.name)) {
      if (token.rawName.startsWith('--'))
        throw new UsageError(`unknown option '${token.rawName}'; to ask about it, put -- before it`);
      words.set(token.index, argv[token.index] ?? '');
    }
  }
  for (const flag of ['json', 'brief'] as const)
    if (typeof values[flag] === 'string') throw new UsageError(`--${flag} does not take a value`);
  if ('out' in values && (typeof values.out !== 'string' || values.out === ''))
    throw new UsageError('--out needs a file name, e.g. --out route.png');
  return {
    text: [...words.values()].join(' '),
    json: values.json === true,
    brief: values.brief === true,
    out: typeof values.out === 'string' ? values.out : undefined,
  };
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`Error: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const { text, json, out } = args;
  const config = loadAnswerConfig();
  const log = createLogger(config.logLevel, config.secrets);
  const library = await loadLibrary(config.tripsDir);
  const outcome = await runText(text || 'help', {
    library,
    timeZone: config.defaultTimeZone,
    channel: { platform: 'console' },
    log,
  });
  if (!outcome.ok) {
    if (json)
      process.stdout.write(
        `${JSON.stringify({ error: { code: outcome.reply.code, message: outcome.reply.title, hint: outcome.reply.hint } }, null, 2)}\n`,
      );
    else process.stderr.write(`${renderText(outcome.reply)}\n`);
    return 2;
  }
  if (out) {
    const file = outcome.reply.attachment;
    if (!file) {
      process.stderr.write(
        `Error: this answer has no file to write to ${out}.\n\nTry /trip map 2023-11-07\n`,
      );
      return 2;
    }
    writeFileSync(out, file.data);
    process.stderr.write(`Wrote ${out} (${file.contentType}, ${file.data.length} bytes)\n`);
  }
  const answer = renderText(args.brief ? briefReply(outcome.reply) : outcome.reply);
  process.stdout.write(`${json ? JSON.stringify(outcome.data, null, 2) : answer}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof ItineraryLoadError) {
      process.stderr.write(`tripbot: ${error.message}\n`);
      process.exitCode = 1;
    } else throw error;
  },
);
