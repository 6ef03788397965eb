import type { types } from '@slack/bolt';
import type { Fact, Reply, Section } from '../../reply/model.js';
import { fitEscaped, isMrkdwnSafe } from './escape.js';
import { plainTimes, slackTimes } from '../../render/reader-time.js';

type KnownBlock = types.KnownBlock;
type TextObject = types.PlainTextElement | types.MrkdwnElement;

/** Block Kit limits this renderer stays inside (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 2000,
  fallbackText: 3000,
} as const;

/** Blocks left free for the caller (the "Share in channel" actions block). */
export const RESERVED_BLOCKS = 1;
const FIELD_BLOCKS_PER_SECTION = 3;
const NARROW_HINT = 'Ask about a single date or place to see the rest (try /trip help).';

export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit (escaped). */
  text: string;
  blocks: KnownBlock[];
}

/**
 * Renders a neutral reply as Block Kit: header, sections with fields for facts, a
 * context block with the sources. Every string is escaped (`&`, `<`, `>`), so text a
 * user typed can never become a mention; mrkdwn is used only for text without
 * formatting characters, so page text with `*` or `_` is shown as written.
 */
export function renderSlackMessage(reply: Reply): SlackMessage {
  return localTimes(reply.kind === 'error' ? renderError(reply) : renderAnswer(reply));
}

/** Times in each reader's zone: `<!date>` in mrkdwn, the plain fallback elsewhere. */
function localTimes(message: SlackMessage): SlackMessage {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(object)) {
      out[key] =
        key === 'text' && typeof inner === 'string'
          ? object.type === 'mrkdwn'
            ? slackTimes(inner)
            : plainTimes(inner)
          : walk(inner);
    }
    return out;
  };
  return { text: plainTimes(message.text), blocks: walk(message.blocks) as KnownBlock[] };
}

function renderAnswer(reply: Reply): SlackMessage {
  const head: KnownBlock[] = [
    { type: 'header', text: plain(reply.title || 'tripbot', SLACK_LIMITS.headerText) },
  ];
  if (reply.lead) head.push({ type: 'section', text: textObject([reply.lead], SLACK_LIMITS.sectionText) });
  const tail: KnownBlock[] = [];
  const sources = contextBlock(reply.sources, 'more sources');
  if (sources) tail.push(sources);
  if (reply.hint) tail.push({ type: 'context', elements: [plain(reply.hint, SLACK_LIMITS.contextText)] });

  const room = SLACK_LIMITS.blocks - RESERVED_BLOCKS - head.length - tail.length;
  const body: KnownBlock[] = [];
  const pending = reply.sections.filter(hasContent);
  for (const [index, section] of pending.entries()) {
    const group = renderSection(section);
    const last = index === pending.length - 1;
    if (body.length + group.length > room - (last ? 0 : 1)) {
      const hidden = pending.length - index;
      const notice = `… and ${hidden} more ${hidden === 1 ? 'section' : 'sections'}. ${NARROW_HINT}`;
      body.push({ type: 'context', elements: [plain(notice, SLACK_LIMITS.contextText)] });
      break;
    }
    body.push(...group);
  }
  return {
    text: fallback([reply.title, reply.lead ?? reply.sections[0]?.lines[0]]),
    blocks: [...head, ...body, ...tail],
  };
}

function renderError(reply: Reply): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'section', text: plain(`:warning: ${reply.title}`, SLACK_LIMITS.sectionText) },
  ];
  if (reply.hint) blocks.push({ type: 'context', elements: [plain(reply.hint, SLACK_LIMITS.contextText)] });
  return { text: fallback([reply.title, reply.hint]), blocks };
}

function hasContent(section: Section): boolean {
  return (
    [section.heading ?? '', ...section.lines].some((line) => line.trim()) || (section.facts ?? []).length > 0
  );
}

function renderSection(section: Section): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const items = section.lines.map((line) => (section.lines.length > 1 ? `• ${line}` : line));
  const lines = section.heading ? [section.heading, ...items] : items;
  if (lines.some((line) => line.trim())) {
    blocks.push({
      type: 'section',
      text: textObject(lines, SLACK_LIMITS.sectionText, Boolean(section.heading)),
    });
  }
  const facts = section.facts ?? [];
  const maxFields = SLACK_LIMITS.fieldsPerSection * FIELD_BLOCKS_PER_SECTION;
  const fields = facts.length > maxFields ? facts.slice(0, maxFields - 1) : facts;
  const rendered = fields.map(field);
  if (facts.length > fields.length) rendered.push(plain(`… and ${facts.length - fields.length} more`, 100));
  for (let i = 0; i < rendered.length; i += SLACK_LIMITS.fieldsPerSection) {
    blocks.push({ type: 'section', fields: rendered.slice(i, i + SLACK_LIMITS.fieldsPerSection) });
  }
  return blocks;
}

/** Lines as one text object of at most `max` characters; lines that do not fit become "… and N more". */
function textObject(lines: string[], max: number, boldFirst = false): TextObject {
  const markdown = lines.every(isMrkdwnSafe);
  const cap = max - 40;
  const rendered = lines.map((line, index) =>
    markdown && boldFirst && index === 0 ? `*${fitEscaped(line, cap - 2)}*` : fitEscaped(line, cap),
  );
  let text = rendered.join('\n');
  if (text.length > max) {
    let used = 0;
    let kept = 0;
    while (kept < rendered.length && used + (rendered[kept]?.length ?? 0) + 1 <= cap) {
      used += (rendered[kept]?.length ?? 0) + 1;
      kept += 1;
    }
    kept = Math.max(kept, 1);
    text = [...rendered.slice(0, kept), `… and ${rendered.length - kept} more`].join('\n');
  }
  return markdown ? { type: 'mrkdwn', text, verbatim: true } : { type: 'plain_text', text, emoji: true };
}

function field(fact: Fact): TextObject {
  if (isMrkdwnSafe(fact.label) && isMrkdwnSafe(fact.value)) {
    const label = fitEscaped(fact.label, 200);
    return {
      type: 'mrkdwn',
      text: `*${label}*\n${fitEscaped(fact.value, SLACK_LIMITS.fieldText - label.length - 3)}`,
      verbatim: true,
    };
  }
  return plain(`${fact.label}: ${fact.value}`, SLACK_LIMITS.fieldText);
}

function contextBlock(items: string[], moreLabel: string): KnownBlock | undefined {
  const clean = items.filter((item) => item.trim());
  if (clean.length === 0) return undefined;
  const max = SLACK_LIMITS.contextElements;
  const shown = clean.length > max ? clean.slice(0, max - 1) : clean;
  const elements = shown.map((item) => plain(item, SLACK_LIMITS.contextText));
  if (clean.length > shown.length)
    elements.push(plain(`… and ${clean.length - shown.length} ${moreLabel}`, 100));
  return { type: 'context', elements };
}

function plain(text: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: fitEscaped(text.trim() || '-', max), emoji: true };
}

function fallback(parts: Array<string | undefined>): string {
  const text = parts.filter((part): part is string => Boolean(part?.trim())).join(' — ');
  return fitEscaped(text || 'tripbot', SLACK_LIMITS.fallbackText);
}
