import { escapeMarkdown, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Fact, Reply } from '../../reply/model.js';
import { discordTimes, plainTimes } from '../../render/reader-time.js';
import { truncate } from '../../itinerary/text.js';

/** Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
  embeds: 10,
} as const;

const COLORS = { answer: 0x2b6cb0, help: 0x5865f2, error: 0xed4245 } as const;
/** Our own caps, so the content keeps most of the 6,000 characters. */
const FOOTER_BUDGET = 1024;
const FIELDS_BUDGET = 1500;
/** Room kept for a closing "… and N more" line. */
const MORE_RESERVE = 24;

const more = (count: number) => `… and ${count} more`;

// discord.js's italic escaper re-scans the string at every position (a `.+` lookbehind): ~190 µs per
// 400-character line. Escaping every * and _ after the other rules is linear and as safe.
const escape = (text: string) =>
  escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
    italic: false,
    bold: false,
    underline: false,
  }).replace(/[*_]/g, '\\$&');

/** Joins items with a separator, dropping the tail as "… and N more" to stay within max. */
function joinWithin(items: string[], separator: string, max: number): string {
  let out = '';
  for (const [index, item] of items.entries()) {
    const next = out ? `${out}${separator}${item}` : item;
    const left = items.length - index - 1;
    if (next.length > (left > 0 ? max - MORE_RESERVE : max)) {
      if (out) return `${out}${separator}${more(items.length - index)}`;
      if (left === 0) return truncate(item, max);
      return `${truncate(item, max - MORE_RESERVE)}${separator}${more(left)}`;
    }
    out = next;
  }
  return out;
}

function renderFields(facts: Fact[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let used = 0;
  for (const [index, fact] of facts.entries()) {
    const name = truncate(escape(fact.label) || '-', EMBED_LIMITS.fieldName);
    const value = truncate(escape(fact.value) || '-', EMBED_LIMITS.fieldValue);
    const last = fields.length === EMBED_LIMITS.fields - 1;
    if ((last && index < facts.length - 1) || used + name.length + value.length > FIELDS_BUDGET) {
      fields.push({ name: '…', value: more(facts.length - index) });
      break;
    }
    fields.push({ name, value, inline: true });
    used += name.length + value.length;
  }
  return fields;
}

interface Block {
  text: string;
  /** Whether the block is content (counted in "… and N more") rather than a heading. */
  counted: boolean;
}

function contentBlocks(reply: Reply): Block[] {
  if (reply.kind === 'error') return reply.hint ? [{ text: escape(reply.hint), counted: true }] : [];
  const blocks: Block[] = [];
  if (reply.lead) blocks.push({ text: escape(reply.lead), counted: true });
  for (const section of reply.sections) {
    if (section.heading && section.lines.length > 0) {
      blocks.push({ text: `**${escape(section.heading)}**`, counted: false });
    }
    for (const line of section.lines) blocks.push({ text: `- ${escape(line)}`, counted: true });
  }
  return blocks;
}

/** Packs blocks into at most `maxParts` descriptions within `budget` characters in all. */
function packDescriptions(blocks: Block[], budget: number, maxParts: number): string[] {
  const parts: string[] = [];
  let current = '';
  let used = 0;
  const perPart = EMBED_LIMITS.description - MORE_RESERVE;
  for (const [index, block] of blocks.entries()) {
    const text = truncate(block.text, perPart);
    const joined = current ? `${current}\n${text}` : text;
    if (joined.length <= perPart && used + joined.length - current.length <= budget - MORE_RESERVE) {
      used += joined.length - current.length;
      current = joined;
      continue;
    }
    if (current && parts.length + 1 < maxParts && used + text.length <= budget - MORE_RESERVE) {
      parts.push(current);
      current = text;
      used += text.length;
      continue;
    }
    const left = blocks.slice(index).filter((b) => b.counted).length;
    if (left > 0) current = current ? `${current}\n${more(left)}` : more(left);
    break;
  }
  if (current) parts.push(current);
  return parts;
}

/** Renders a neutral reply as Discord embeds inside every embed limit; sources go in the footer. */
export function renderDiscordEmbeds(reply: Reply): APIEmbed[] {
  const color = COLORS[reply.kind];
  const title = truncate(escape(reply.title.trim()) || 'tripbot', EMBED_LIMITS.title);
  const footer = reply.sources.length
    ? joinWithin(reply.sources, ' · ', FOOTER_BUDGET - 'Sources: '.length)
    : '';
  const footerText = footer ? `Sources: ${footer}` : '';
  const facts = reply.kind === 'error' ? [] : reply.sections.flatMap((section) => section.facts ?? []);
  const fields = renderFields(facts);
  const fixed =
    title.length + footerText.length + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const descriptions = packDescriptions(
    contentBlocks(reply),
    EMBED_LIMITS.total - fixed,
    EMBED_LIMITS.embeds,
  );

  const embeds: APIEmbed[] = (descriptions.length ? descriptions : [undefined]).map((description) => ({
    color,
    ...(description ? { description } : {}),
  }));
  const first = embeds[0]!;
  const last = embeds[embeds.length - 1]!;
  first.title = title;
  if (fields.length) last.fields = fields;
  if (footerText) last.footer = { text: footerText };
  return embeds.map(localTimes);
}

/** Times in each reader's zone where Discord renders `<t:…>` (description, fields); plain elsewhere. */
function localTimes(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title ? { title: plainTimes(embed.title) } : {}),
    ...(embed.description ? { description: discordTimes(embed.description) } : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.map((f) => ({ ...f, name: plainTimes(f.name), value: discordTimes(f.value) })),
        }
      : {}),
    ...(embed.footer ? { footer: { ...embed.footer, text: plainTimes(embed.footer.text) } } : {}),
  };
}
