/** A command line the CLIs cannot read: printed with their usage, exit code 2, no stack trace. */
export class UsageError extends Error {}

/**
 * Runs `parse` (node:util parseArgs) and turns its errors into a UsageError of one short
 * line: "unknown option '--sned'", "option '--date <value>' argument missing".
 */
export function readCommandLine<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw error;
    // node's first sentence names the problem; the rest is advice about positionals.
    const [first = ''] = /^[^\n]*?(?=\.\s|\.?$)/m.exec((error as Error).message) ?? [];
    throw new UsageError(first.charAt(0).toLowerCase() + first.slice(1));
  }
}
