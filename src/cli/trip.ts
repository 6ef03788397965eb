/**
 * npm run trip -- <command> [args] [--json]
 * One answer as text (or the query result as JSON) on stdout; exit 0, or 2 on a bad input.
 */
import { loadConfig, ConfigError } from '../config.js';
import { loadLibrary, ItineraryLoadError } from '../itinerary/loader.js';
import { createLogger } from '../log.js';
import { renderText } from '../reply/text.js';
import { runText } from '../../commands/dispatch.js';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const text = argv.filter((a) => a !== '--json').join(' ');
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
  process.stdout.write(`${json ? JSON.stringify(outcome.data, null, 2) : renderText(outcome.reply)}\n`);
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
