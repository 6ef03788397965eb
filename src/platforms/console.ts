import { createInterface } from 'node:readline';
import type { Library } from '../query/library.js';
import type { Logger } from '../log.js';
import { renderText } from '../reply/text.js';
import { briefReply } from '../reply/model.js';
import { runText, takeBrief } from '../../commands/dispatch.js';

export interface ConsoleOptions {
  library: Library;
  timeZone: string;
  log: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Show the prompt and banner (an interactive terminal). */
  interactive?: boolean;
}

const BANNER = `tripbot console: type a /trip command (or just "where 2023-11-07"), "help" for the list, "exit" to quit.`;

/** Answers /trip lines from stdin, one reply per line; resolves at end of input or "exit". */
export function runConsole(options: ConsoleOptions): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = options.interactive ?? Boolean((input as NodeJS.ReadStream).isTTY);
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (interactive) {
    output.write(`${BANNER}\n`);
    rl.setPrompt('trip> ');
    rl.prompt();
  }
  let queue = Promise.resolve();
  let quit = false;
  rl.on('line', (line) => {
    // readline still hands over lines already read after close(): nothing after "quit" is answered.
    if (quit) return;
    const text = line.trim();
    if (/^(exit|quit)$/i.test(text)) {
      quit = true;
      rl.close();
      return;
    }
    queue = queue.then(async () => {
      if (text) {
        // `--brief`: only the answer's first line, as in the CLI.
        const { text: question, brief } = takeBrief(text);
        const outcome = await runText(question, {
          library: options.library,
          timeZone: options.timeZone,
          channel: { platform: 'console' },
          log: options.log,
        });
        output.write(`${renderText(brief ? briefReply(outcome.reply) : outcome.reply)}\n\n`);
      }
      if (interactive) rl.prompt();
    });
  });
  return new Promise((resolve) => rl.on('close', () => void queue.then(resolve)));
}
