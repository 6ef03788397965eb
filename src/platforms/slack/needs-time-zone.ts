import { parseCommandText } from '../../../commands/dispatch.js';

const RELATIVE_DAY = /\b(today|tonight|yesterday|tomorrow|now)\b/i;

/**
 * Whether the answer to this text depends on the user's "today": a date option left
 * out (`where`) or a relative day (`day yesterday`). Only then is users.info worth a call.
 */
export function needsTimeZone(text: string): boolean {
  try {
    const { command, options } = parseCommandText(text);
    return command.options.some((spec) => {
      const value = options[spec.name];
      return (spec.kind === 'date' && !value) || (value !== undefined && RELATIVE_DAY.test(value));
    });
  } catch {
    return false;
  }
}
