import { commands, findCommand } from './index.js';
import type { ChannelContext, CommandDefinition, OptionSpec, Services } from './types.js';
import type { Library } from '../src/query/library.js';
import type { Reply } from '../src/reply/model.js';
import { UserError, isUserError } from '../src/errors.js';
import { silentLogger, type Logger } from '../src/log.js';

/** Longest command text we accept; longer input is refused, not searched. */
export const MAX_INPUT_LENGTH = 300;

/**
 * The one spelling of "only the first line": the CLI, the console and Slack take it in the
 * command text (`/trip day 2023-11-09 --brief`); Discord has an option of the same name.
 */
export const BRIEF_FLAG = '--brief';
const BRIEF_WORD = /(^|\s)--brief(?=\s|$)/i;

/** The command text without `--brief`, and whether it was there. */
export function takeBrief(text: string): { text: string; brief: boolean } {
  if (!BRIEF_WORD.test(text)) return { text, brief: false };
  const words = text.split(/\s+/).filter((word) => word && word.toLowerCase() !== BRIEF_FLAG);
  return { text: words.join(' '), brief: true };
}

export interface Invocation {
  library: Library;
  timeZone: string;
  channel: ChannelContext;
  services?: Services;
  now?: Date;
  log?: Logger;
}

export interface Outcome {
  ok: boolean;
  /** The command that ran (absent when the text named none). */
  command?: string;
  reply: Reply;
  /** The query result for `--json`; absent on error. */
  data?: unknown;
}

export interface ParsedCommand {
  command: CommandDefinition;
  options: Record<string, string | undefined>;
}

/** Splits "/trip where Nov 7" into the command and its positional options. */
export function parseCommandText(text: string): ParsedCommand {
  const clean = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (clean.length > MAX_INPUT_LENGTH) {
    throw new UserError(
      'TOO_LONG',
      `That is ${clean.length} characters; tripbot reads at most ${MAX_INPUT_LENGTH}.`,
      'Try /trip help',
    );
  }
  const words = clean
    .replace(/^\/trip\b\s*/i, '')
    .split(/\s+/)
    .filter(Boolean);
  const name = (words.shift() ?? 'help').toLowerCase();
  const command = findCommand(name);
  if (!command) {
    throw new UserError(
      'UNKNOWN_COMMAND',
      `There is no /trip command called "${name.slice(0, 40)}".`,
      `Commands: ${commands.map((c) => c.name).join(', ')}. Try /trip help`,
    );
  }
  const options: Record<string, string | undefined> = {};
  command.options.forEach((spec, index) => {
    const last = index === command.options.length - 1;
    if (spec.choices && !spec.required && !last) {
      // An optional choice ("president") takes the next word only when it is one of the choices.
      const choice = choiceOf(spec, words[0]);
      // "who president" asks about presidents: the word stays the argument when it is the last one left.
      const needsWord = command.options.slice(index + 1).some((o) => o.required);
      if (choice && (words.length > 1 || !needsWord)) {
        words.shift();
        options[spec.name] = choice;
      }
      return;
    }
    const value = last ? words.splice(0).join(' ') : words.shift();
    if (value) options[spec.name] = value;
  });
  return { command, options };
}

/** The choice a typed word names: the choice itself or one of its short forms, any case. */
export function choiceOf(spec: OptionSpec, word: string | undefined): string | undefined {
  if (!word) return undefined;
  const key = word.toLowerCase();
  return spec.choices?.find((c) => c === key) ?? spec.choiceAliases?.[key];
}

export function errorReply(error: UserError): Reply {
  return {
    kind: 'error',
    title: error.message,
    sections: [],
    sources: [],
    visibility: 'ephemeral',
    code: error.code,
    ...(error.hint ? { hint: error.hint } : {}),
  };
}

/** The reply to a failure that is not the user's (an unexpected error), on every platform. */
export const APOLOGY: Reply = {
  kind: 'error',
  title: 'Sorry, tripbot could not answer that. The problem has been logged.',
  sections: [],
  sources: [],
  visibility: 'ephemeral',
  code: 'INTERNAL',
  hint: 'Try again, or /trip help',
};

/** Runs one command with typed options (Discord) and maps every failure to a reply. */
export async function runCommand(
  command: CommandDefinition,
  options: Record<string, string | undefined>,
  invocation: Invocation,
): Promise<Outcome> {
  const log = invocation.log ?? silentLogger;
  try {
    for (const spec of command.options) {
      const value = options[spec.name];
      if (value !== undefined && value.length > MAX_INPUT_LENGTH) {
        throw new UserError(
          'TOO_LONG',
          `The ${spec.name} is ${value.length} characters; tripbot reads at most ${MAX_INPUT_LENGTH}.`,
          `Try /trip help ${command.name}`,
        );
      }
      if (spec.required && !value?.trim()) {
        throw new UserError(
          'MISSING_ARGUMENT',
          `/trip ${command.name} needs a ${spec.name}.`,
          `Try ${command.examples[0] ?? command.usage}`,
        );
      }
    }
    const output = await command.run({
      library: invocation.library,
      options,
      now: invocation.now ?? new Date(),
      timeZone: invocation.timeZone,
      channel: invocation.channel,
      services: invocation.services ?? {},
    });
    return { ok: true, command: command.name, reply: output.reply, data: output.data };
  } catch (error) {
    if (isUserError(error)) return { ok: false, command: command.name, reply: errorReply(error) };
    log.error('command failed', { command: command.name, platform: invocation.channel.platform, error });
    return { ok: false, command: command.name, reply: APOLOGY };
  }
}

/** Parses and runs a line of text (Slack, console, CLI). Never throws. */
export async function runText(text: string, invocation: Invocation): Promise<Outcome> {
  let parsed: ParsedCommand;
  try {
    parsed = parseCommandText(text);
  } catch (error) {
    if (isUserError(error)) return { ok: false, reply: errorReply(error) };
    (invocation.log ?? silentLogger).error('parse failed', { error });
    return { ok: false, reply: APOLOGY };
  }
  return runCommand(parsed.command, parsed.options, invocation);
}
