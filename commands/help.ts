import type { CommandDefinition } from './types.js';
import { UserError } from '../src/errors.js';

/**
 * `/trip help` over the registry it is given: commands/index.ts passes its own list, so
 * help imports no registry and the registry can hold help.
 */
export function helpCommand(registry: () => readonly CommandDefinition[]): CommandDefinition {
  return {
    name: 'help',
    summary: 'Usage, with examples',
    usage: '/trip help [command]',
    examples: ['/trip help', '/trip help who'],
    options: [{ name: 'command', kind: 'command', description: 'A command to explain', required: false }],
    run(ctx) {
      const commands = registry();
      const name = ctx.options.command?.trim().toLowerCase();
      if (name) {
        const command = commands.find((c) => c.name === name);
        if (!command) {
          throw new UserError(
            'UNKNOWN_COMMAND',
            `There is no /trip command called "${name.slice(0, 40)}".`,
            `Commands: ${commands.map((c) => c.name).join(', ')}`,
          );
        }
        return {
          data: { command: command.name, usage: command.usage, examples: command.examples },
          reply: {
            kind: 'help',
            title: command.usage,
            lead: command.summary,
            sections: [
              ...(command.options.length
                ? [
                    {
                      heading: 'Options',
                      lines: command.options.map(
                        (o) => `${o.name}${o.required ? '' : ' (optional)'}: ${o.description}`,
                      ),
                    },
                  ]
                : []),
              { heading: 'Examples', lines: [...command.examples] },
            ],
            sources: [],
            visibility: 'ephemeral',
          },
        };
      }
      return {
        data: { commands: commands.map((c) => ({ name: c.name, usage: c.usage, summary: c.summary })) },
        reply: {
          kind: 'help',
          title:
            'tripbot: every foreign trip of the Secretary of State (since 1866) and the President (since 1906)',
          sections: [
            { lines: commands.map((c) => `${c.usage}: ${c.summary}`) },
            {
              heading: 'Short answers',
              lines: [
                'Add --brief (in Discord, brief: True) for the first line only; in Slack and Discord a More button gives the rest.',
              ],
            },
            {
              heading: 'Dates',
              lines: [
                '2023-11-07, Nov 7, 7 November 2023, 11/7/2023, today, yesterday. A date without a year is the latest such date on or before today.',
                'The Office of the Historian’s dates are local; trip-page dates are Washington publication dates, with the likely local date where it differs. Inferred stops say so. The record lists foreign travel only.',
              ],
            },
          ],
          sources: [],
          visibility: 'ephemeral',
        },
      };
    },
  };
}
