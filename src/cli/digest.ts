/**
 * npm run digest -- [--date DATE] [--send [--force | --retry-failed]]
 * DATE takes every form the /trip commands take (2023-11-07, Nov 7, 8.11.2023, 11/7/2023,
 * today, yesterday, tuesday), read in DIGEST_TIMEZONE.
 * Prints the day's digest as text; --send posts it now to every destination through the
 * ledger (each channel at most once per date), --force posts again where it was sent,
 * --retry-failed resends where it failed (first asking the platform whether it landed).
 * Exit 0; 1 when a delivery failed (now or before, not resent) or the environment/database
 * is unusable; 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { longDate } from '../itinerary/calendar.js';
import { resolveDate, type ResolvedDate } from '../query/dates.js';
import { UserError } from '../errors.js';
import { ItineraryLoadError } from '../itinerary/loader.js';
import { loadLibrary } from '../query/load-library.js';
import { createLogger, type Logger } from '../log.js';
import { renderText } from '../reply/text.js';
import { StoreError } from '../store/index.js';
import { composeDigest } from '../reply/day.js';
import { openDigest, type DigestSender, type SendResult } from '../digest/index.js';
import { digestDateFor } from '../digest/replay.js';
import { localTime } from '../digest/zoned-time.js';
import { readCommandLine, UsageError } from './args.js';

const USAGE =
  'Usage: npm run digest -- [--date DATE] [--send [--force | --retry-failed]]  (DATE: 2023-11-07, Nov 7, 11/7/2023, today, tuesday, ...)';

const OPTIONS = {
  // Read once the configuration gives the digest's time zone (for "today", "Nov 7", "tuesday").
  date: { type: 'string' },
  send: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  'retry-failed': { type: 'boolean', default: false },
} as const;

interface Args {
  date?: string;
  send: boolean;
  force: boolean;
  retryFailed: boolean;
}

function readArgs(argv: string[]): Args {
  const { values } = readCommandLine(() => parseArgs({ args: argv, options: OPTIONS, strict: true }));
  const args = {
    date: values.date,
    send: values.send,
    force: values.force,
    retryFailed: values['retry-failed'],
  };
  if (args.date?.trim() === '') throw new UsageError('--date needs a date, e.g. 2023-11-07, Nov 7 or today');
  if (args.force && !args.send) throw new UsageError('--force only goes with --send');
  if (args.retryFailed && !args.send) throw new UsageError('--retry-failed only goes with --send');
  if (args.retryFailed && args.force) throw new UsageError('--force and --retry-failed exclude each other');
  return args;
}

/** The chat SDKs load only for --send, so printing stays fast. */
async function sendersFrom(config: Readonly<Config>, log: Logger): Promise<DigestSender[]> {
  const senders: DigestSender[] = [];
  if (config.slack) {
    const { createSlackSender } = await import('../platforms/slack/digest-sender.js');
    senders.push(createSlackSender({ token: config.slack.botToken, apiUrl: config.slack.apiUrl, log }));
  }
  if (config.discord) {
    const { createDiscordSender } = await import('../platforms/discord/digest-sender.js');
    senders.push(createDiscordSender({ token: config.discord.token, apiUrl: config.discord.apiUrl, log }));
  }
  return senders;
}

function resultLine(result: SendResult): string {
  const where = `${result.key.platform} ${result.key.channelId} ${result.key.date}`;
  if (result.state === 'sent') return `${where}: sent (message ${result.messageId})`;
  return `${where}: ${result.state}: ${result.reason}`;
}

async function main(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`npm run digest: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  let asked: ResolvedDate | undefined;
  if (args.date !== undefined) {
    try {
      asked = resolveDate(args.date, new Date(), config.digest.timeZone);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      process.stderr.write(`npm run digest: --date: ${error.message} ${error.hint ?? ''}\n${USAGE}\n`);
      return 2;
    }
  }
  const log = createLogger(config.logLevel, config.secrets);
  const library = await loadLibrary(config.tripsDir);
  const today = localTime(new Date(), config.digest.timeZone).date;
  if (asked?.note)
    process.stdout.write(`Read "${args.date}" as ${longDate(asked.date)} (${asked.note}).\n\n`);
  const date =
    asked?.date ??
    digestDateFor(library, config.digest.replayStart, config.digest.replayTrip)(today) ??
    today;
  const composed = composeDigest(library, date);
  if (!composed) {
    process.stdout.write(`No digest for ${date}: no trip on record covers that date.\n`);
    return 0;
  }
  process.stdout.write(`${renderText(composed.reply)}\n`);
  if (!args.send) return 0;
  const runtime = await openDigest({ config, library, log });
  try {
    const mode = args.force ? 'force' : args.retryFailed ? 'retry-failed' : 'new';
    const results = await runtime.sendDate(date, await sendersFrom(config, log), mode);
    process.stdout.write('\n');
    if (results.length === 0) {
      process.stdout.write(
        'No destinations: set SLACK_DIGEST_CHANNELS or DISCORD_DIGEST_CHANNELS, or use /trip digest on.\n',
      );
      return 1;
    }
    for (const result of results) process.stdout.write(`${resultLine(result)}\n`);
    // Still undelivered (failed now, or before and not resent): exit 1, so a cron job notices.
    const undelivered = (r: SendResult) =>
      r.state === 'failed' ||
      r.state === 'released' ||
      (r.state === 'skipped' && /already failed/.test(r.reason));
    return results.some(undelivered) ? 1 : 0;
  } finally {
    await runtime.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof ItineraryLoadError || error instanceof StoreError) {
      process.stderr.write(`tripbot: ${error.message}\n`);
      process.exitCode = 1;
    } else throw error;
  },
);
