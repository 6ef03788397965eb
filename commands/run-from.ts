import type { CommandContext, CommandDefinition, CommandOutput } from './types.js';

/** A command's answering module (commands/answers/<name>.ts): the queries and renderers it needs. */
export interface AnsweringModule {
  run(ctx: CommandContext): CommandOutput | Promise<CommandOutput>;
}

/**
 * A definition's `run` that imports the command's answering module when the command runs
 * (once: later runs reuse it). The registry lists every command, its options and examples
 * without loading any answer, so `npm run trip -- where ...` loads `where`'s queries only.
 */
export function runFrom(load: () => Promise<AnsweringModule>): CommandDefinition['run'] {
  let loaded: AnsweringModule | undefined;
  return async (ctx) => (loaded ??= await load()).run(ctx);
}
