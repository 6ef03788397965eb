/**
 * npm run trip -- <command> [args] [--json | --brief] [--out FILE]
 * One answer as text (or the query result as JSON) on stdout; exit 0, or 2 on a bad input.
 * `--brief` prints only the answer's first line.
 * `--out` writes the answer's file (the map's PNG, the calendar's .ics) to FILE.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig, ConfigError } from '../config.js';
import { ItineraryLoadError } from '../itinerary/loader.js';
import { loadLibrary } from '../query/load-library.js';
import { createLogger } from '../log.js';
import { renderText } from '../reply/text.js';
import { briefReply } from '../reply/model.js';
import { BRIEF_FLAG, runText } from '../../commands/dispatch.js';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const brief = argv.includes(BRIEF_FLAG);
  const outAt = argv.indexOf('--out');
  const out = outAt >= 0 ? argv[outAt + 1] : undefined;
  if (outAt >= 0 && !out) {
    process.stderr.write('Error: --out needs a file name, e.g. --out route.png\n');
    return 2;
  }
  const text = argv
    .filter((a, i) => a !== '--json' && a !== BRIEF_FLAG && (outAt < 0 || (i !== outAt && i !== outAt + 1)))
    .join(' ');
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.secrets);
  const library = loadLibrary(config.tripsDir);
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
  const answer = renderText(brief ? briefReply(outcome.reply) : outcome.reply);
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
