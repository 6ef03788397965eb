import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { CommandDefinition } from '../../../commands/types.js';

/** Discord's limit on a component's custom_id. */
export const MAX_CUSTOM_ID = 100;
/** A "More" button: `more:` then the question as JSON, or `more#` then the id it is held under. */
const INLINE = 'more:';
const HELD = 'more#';

/** What it takes to give the same answer again: the subcommand, its options, the instant asked. */
export interface MoreRequest {
  command: string;
  options: Record<string, string | undefined>;
  /** When it was asked, so "today" means the same day when the rest is asked for. */
  now: Date;
}

export function isMoreButton(customId: string): boolean {
  return customId.startsWith(INLINE) || customId.startsWith(HELD);
}

/**
 * Questions too long for a custom_id, held in memory under a short id for `ttlMs` (default
 * one hour). A restart, or an hour, forgets them: the button then says so.
 */
export class HeldQuestions {
  private readonly held = new Map<string, { request: MoreRequest; expires: number }>();

  constructor(
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly maxEntries = 1000,
    private readonly clock: () => number = Date.now,
  ) {}

  hold(request: MoreRequest): string {
    const now = this.clock();
    for (const [id, entry] of this.held) if (entry.expires <= now) this.held.delete(id);
    if (this.held.size >= this.maxEntries) this.held.delete(this.held.keys().next().value ?? '');
    const id = randomBytes(12).toString('base64url');
    this.held.set(id, { request, expires: now + this.ttlMs });
    return id;
  }

  take(id: string): MoreRequest | undefined {
    const entry = this.held.get(id);
    if (!entry || entry.expires <= this.clock()) return undefined;
    return entry.request;
  }
}

/**
 * The button's custom_id: the question itself when it fits in 100 characters (so any replica,
 * and the bot after a restart, can answer it), else an id it is held under here.
 */
export function moreCustomId(request: MoreRequest, command: CommandDefinition, held: HeldQuestions): string {
  const values = command.options.map((spec) => request.options[spec.name] ?? null);
  const inline = `${INLINE}${JSON.stringify([request.now.getTime().toString(36), request.command, ...values])}`;
  return inline.length <= MAX_CUSTOM_ID ? inline : `${HELD}${held.hold(request)}`;
}

export type MoreLookup =
  { ok: true; request: MoreRequest } | { ok: false; reason: 'unreadable' | 'expired' | 'unknown-command' };

/** Reads a More button back into the question; never throws. */
export function readMoreCustomId(
  customId: string,
  commands: readonly CommandDefinition[],
  held: HeldQuestions,
): MoreLookup {
  if (customId.startsWith(HELD)) {
    const request = held.take(customId.slice(HELD.length));
    return request ? { ok: true, request } : { ok: false, reason: 'expired' };
  }
  if (!customId.startsWith(INLINE)) return { ok: false, reason: 'unreadable' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(customId.slice(INLINE.length));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (!Array.isArray(parsed) || parsed.length < 2) return { ok: false, reason: 'unreadable' };
  const [instant, name, ...values] = parsed as unknown[];
  const now = typeof instant === 'string' ? new Date(parseInt(instant, 36)) : undefined;
  if (!now || Number.isNaN(now.getTime()) || typeof name !== 'string')
    return { ok: false, reason: 'unreadable' };
  const command = commands.find((c) => c.name === name);
  if (!command) return { ok: false, reason: 'unknown-command' };
  if (values.length !== command.options.length || values.some((v) => v !== null && typeof v !== 'string'))
    return { ok: false, reason: 'unreadable' };
  const options: Record<string, string | undefined> = {};
  command.options.forEach((spec, index) => {
    const value = values[index];
    if (typeof value === 'string') options[spec.name] = value;
  });
  return { ok: true, request: { command: name, options, now } };
}

/** The row holding the "More" button. */
export function moreRow(customId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'More', custom_id: customId },
    ],
  };
}
