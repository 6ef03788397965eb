import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commands } from '../../../commands/index.js';
import { oneLine, truncate } from '../../itinerary/text.js';
import { MAX_INPUT_LENGTH } from '../../../commands/dispatch.js';
import type { CommandDefinition, OptionKind, OptionSpec } from '../../../commands/types.js';

/** The one top-level slash command; every registry entry becomes a subcommand of it. */
export const TRIP_COMMAND = 'trip';

/**
 * A yes/no option on every subcommand: only the answer's first line, with a "More" button
 * (the text commands' `--brief`).
 */
export const BRIEF_OPTION = 'brief';

/** Option kinds Discord autocompletes from the itinerary (see src/query/autocomplete.ts). */
export const AUTOCOMPLETE_KINDS: ReadonlySet<OptionKind> = new Set(['date', 'place', 'name']);

const NAME_PATTERN = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** Discord's 100-character limit for descriptions and choice names, on one line. */
const describe = (text: string) => truncate(oneLine(text), 100);

function checkName(name: string, where: string): string {
  if (!NAME_PATTERN.test(name)) {
    throw new Error(
      `${where} "${name}" is not a valid Discord name (1-32 lowercase letters, digits, - or _)`,
    );
  }
  return name;
}

function toOption(
  command: CommandDefinition,
  spec: OptionSpec,
  definitions: readonly CommandDefinition[],
): APIApplicationCommandBasicOption {
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: checkName(spec.name, `option of ${command.name}`),
    description: describe(spec.description || spec.name),
    required: spec.required,
    max_length: MAX_INPUT_LENGTH,
  };
  // A command-name option (help) offers the registry's names as a menu.
  const fixed = spec.choices ?? (spec.kind === 'command' ? definitions.map((c) => c.name) : []);
  if (fixed.length > 0) {
    const choices = fixed
      .slice(0, 25)
      .map((choice) => ({ name: describe(choice), value: truncate(choice, 100, { mark: '' }) }));
    return { ...base, choices };
  }
  return { ...base, autocomplete: AUTOCOMPLETE_KINDS.has(spec.kind) };
}

function toSubcommand(
  command: CommandDefinition,
  definitions: readonly CommandDefinition[],
): APIApplicationCommandSubcommandOption {
  // Discord wants required options before optional ones; the order is otherwise kept.
  const ordered = [...command.options].sort((a, b) => Number(b.required) - Number(a.required));
  if (command.options.some((spec) => spec.name === BRIEF_OPTION))
    throw new Error(`option "${BRIEF_OPTION}" of ${command.name} would clash with the brief switch`);
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: checkName(command.name, 'command'),
    description: describe(command.summary || command.name),
    options: [
      ...ordered.slice(0, 24).map((spec) => toOption(command, spec, definitions)),
      {
        type: ApplicationCommandOptionType.Boolean,
        name: BRIEF_OPTION,
        description: 'Only the first line, with a More button for the rest',
        required: false,
      },
    ],
  };
}

/** The `/trip` command as Discord's bulk-overwrite endpoint expects it, built from the registry. */
export function buildTripCommand(
  definitions: readonly CommandDefinition[] = commands,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  if (definitions.length > 25)
    throw new Error(`Discord allows 25 subcommands; the registry has ${definitions.length}`);
  return {
    type: ApplicationCommandType.ChatInput,
    name: TRIP_COMMAND,
    description:
      'Where the U.S. Secretary of State and the President went, whom they met, what was discussed',
    options: definitions.map((command) => toSubcommand(command, definitions)),
  };
}

/** Reads the subcommand's string options back into the record `runCommand` takes. */
export function optionValues(
  command: CommandDefinition,
  read: (name: string) => string | null,
): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const spec of command.options) {
    const value = read(spec.name)?.trim();
    if (value) values[spec.name] = value;
  }
  return values;
}
