/** /trip help and the dispatcher's refusals. */
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { renderText } from '../../src/reply/text.js';
import { ask } from '../fixtures/trip.js';

describe('/trip help', () => {
  it('lists every command in the registry', async () => {
    const outcome = await ask('help');
    expect(outcome.reply.kind).toBe('help');
    const text = renderText(outcome.reply);
    for (const command of commands) expect(text).toContain(command.usage);
  });

  it.each(commands.map((c) => [c.name]))('explains %s with its examples', async (name) => {
    const outcome = await ask(`help ${name}`);
    expect(outcome.reply.kind).toBe('help');
    const command = commands.find((c) => c.name === name)!;
    for (const example of command.examples) expect(renderText(outcome.reply)).toContain(example);
  });

  it('says how to get the first line only, and the More button', async () => {
    const text = renderText((await ask('help')).reply);
    expect(text).toContain('--brief');
    expect(text).toContain('More button');
  });

  it('an empty /trip is help', async () => {
    expect((await ask('/trip')).reply.kind).toBe('help');
  });
});

describe('dispatch refusals', () => {
  it('an unknown command is UNKNOWN_COMMAND with a hint naming the commands', async () => {
    const outcome = await ask('/trip frobnicate 2023-11-07');
    expect(outcome.ok).toBe(false);
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'UNKNOWN_COMMAND' });
    expect(outcome.reply.title).toContain('frobnicate');
    expect(outcome.reply.hint).toMatch(/help/);
    for (const command of commands) expect(outcome.reply.hint).toContain(command.name);
  });

  it('a missing argument is MISSING_ARGUMENT with an example', async () => {
    const outcome = await ask('when');
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'MISSING_ARGUMENT' });
    expect(outcome.reply.hint).toMatch(/\/trip when \S+/);
  });

  it('10,000 characters are TOO_LONG, not searched', async () => {
    const outcome = await ask(`who ${'x'.repeat(10_000)}`);
    expect(outcome.reply).toMatchObject({ kind: 'error', code: 'TOO_LONG' });
  });
});
