import { expect } from 'vitest';

/** Block Kit limits, written out from Slack's reference rather than imported from the code under test. */
const MAX_BLOCKS = 50;
const MAX_HEADER = 150;
const MAX_SECTION_TEXT = 3000;
const MAX_FIELDS = 10;
const MAX_FIELD_TEXT = 2000;
const MAX_CONTEXT_ELEMENTS = 10;

interface TextObject {
  type: string;
  text: string;
}

function checkText(text: unknown, max: number, types: string[]): void {
  const t = text as TextObject;
  expect(types).toContain(t.type);
  expect(typeof t.text).toBe('string');
  expect(t.text.trim().length).toBeGreaterThan(0);
  expect(t.text.length).toBeLessThanOrEqual(max);
  // Only escaped control characters: no raw < or >, no bare & outside an entity; in mrkdwn
  // the one allowed markup is a date in the reader's zone, <!date^unix^format|fallback>.
  const rest = t.type === 'mrkdwn' ? t.text.replace(/<!date\^\d+\^[^|<>]+\|[^<>]*>/g, '') : t.text;
  expect(rest).not.toMatch(/[<>]/);
  expect(rest).not.toMatch(/&(?!amp;|lt;|gt;)/);
}

/** Asserts that blocks are well-formed Block Kit inside Slack's limits, with every text escaped. */
export function expectValidBlocks(blocks: unknown): void {
  expect(Array.isArray(blocks)).toBe(true);
  const list = blocks as Array<Record<string, unknown>>;
  expect(list.length).toBeGreaterThan(0);
  expect(list.length).toBeLessThanOrEqual(MAX_BLOCKS);
  for (const block of list) {
    switch (block.type) {
      case 'header':
        checkText(block.text, MAX_HEADER, ['plain_text']);
        break;
      case 'section': {
        const fields = block.fields as unknown[] | undefined;
        expect(block.text !== undefined || fields !== undefined).toBe(true);
        if (block.text !== undefined) checkText(block.text, MAX_SECTION_TEXT, ['plain_text', 'mrkdwn']);
        if (fields) {
          expect(fields.length).toBeGreaterThan(0);
          expect(fields.length).toBeLessThanOrEqual(MAX_FIELDS);
          for (const field of fields) checkText(field, MAX_FIELD_TEXT, ['plain_text', 'mrkdwn']);
        }
        break;
      }
      case 'context': {
        const elements = block.elements as unknown[];
        expect(elements.length).toBeGreaterThan(0);
        expect(elements.length).toBeLessThanOrEqual(MAX_CONTEXT_ELEMENTS);
        for (const element of elements) checkText(element, MAX_SECTION_TEXT, ['plain_text', 'mrkdwn']);
        break;
      }
      case 'actions': {
        const elements = block.elements as Array<Record<string, unknown>>;
        expect(elements.length).toBeGreaterThan(0);
        for (const element of elements) {
          expect(element.type).toBe('button');
          checkText(element.text, 75, ['plain_text']);
          expect(String(element.value ?? '').length).toBeLessThanOrEqual(2000);
        }
        break;
      }
      case 'image': {
        const source = block.slack_file as { id?: string; url?: string } | undefined;
        expect(Boolean(block.image_url) || Boolean(source?.id ?? source?.url)).toBe(true);
        expect(typeof block.alt_text).toBe('string');
        expect(String(block.alt_text).length).toBeLessThanOrEqual(2000);
        if (block.title !== undefined) checkText(block.title, 2000, ['plain_text']);
        break;
      }
      default:
        throw new Error(`unexpected block type ${String(block.type)}`);
    }
  }
}

/** Every string in a message, for "does this contain X anywhere" assertions. */
export function allText(message: unknown): string {
  return JSON.stringify(message);
}
