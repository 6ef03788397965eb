import { describe, expect, it } from 'vitest';
import { renderSlackMessage } from '../../../src/platforms/slack/render.js';
import type { Reply } from '../../../src/reply/model.js';
import { allText, expectValidBlocks } from './block-kit.js';

const base: Reply = { kind: 'answer', title: 'Where', sections: [], sources: [], visibility: 'ephemeral' };

describe('renderSlackMessage', () => {
  it('renders header, lead, sections with fields and a context block of sources', () => {
    const { text, blocks } = renderSlackMessage({
      ...base,
      title: 'Tuesday, November 7, 2023',
      lead: 'Tokyo, Japan (documented)',
      sections: [
        {
          heading: 'Tokyo',
          lines: ['Meeting with Japanese Prime Minister Kishida'],
          facts: [{ label: 'Basis', value: 'documented' }],
        },
      ],
      sources: ['November 7, 2023 · Secretary Blinken’s Meeting with Japanese Prime Minister Kishida'],
    });
    expectValidBlocks(blocks);
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context']);
    expect(text).toContain('Tokyo, Japan');
    expect(allText(blocks[2])).toContain('*Tokyo*');
    expect(allText(blocks[3])).toContain('Basis');
    expect(allText(blocks[4])).toContain('Kishida');
  });

  it.each([
    ['<!channel> please', '&lt;!channel&gt; please'],
    ['<!here>', '&lt;!here&gt;'],
    ['<@U123|boss>', '&lt;@U123|boss&gt;'],
    ['AT&T', 'AT&amp;T'],
  ])('escapes %s everywhere', (hostile, escaped) => {
    const message = renderSlackMessage({
      ...base,
      title: hostile,
      lead: hostile,
      sections: [{ heading: hostile, lines: [hostile], facts: [{ label: hostile, value: hostile }] }],
      sources: [hostile],
      hint: hostile,
    });
    expectValidBlocks(message.blocks);
    const json = allText(message);
    expect(json).not.toContain(hostile.includes('<') ? '<' : '&T');
    expect(json).toContain(escaped);
  });

  it('keeps page text with * and _ literal instead of turning it into bold or italics', () => {
    const { blocks } = renderSlackMessage({
      ...base,
      sections: [{ heading: 'Notes', lines: ['2*3 and *not bold* and snake_case_name'] }],
    });
    const section = blocks[1] as { text: { type: string; text: string } };
    expect(section.text.type).toBe('plain_text');
    expect(section.text.text).toContain('*not bold*');
  });

  it('renders errors as a short section and a hint', () => {
    const { text, blocks } = renderSlackMessage({
      kind: 'error',
      title: 'There is no /trip command called "fly".',
      hint: 'Try /trip help',
      code: 'UNKNOWN_COMMAND',
      sections: [],
      sources: [],
      visibility: 'ephemeral',
    });
    expectValidBlocks(blocks);
    expect(blocks.map((b) => b.type)).toEqual(['section', 'context']);
    expect(text).toContain('Try /trip help');
  });

  it('cuts a giant reply to Block Kit limits with "… and N more" and a hint', () => {
    const line = '🎉 Meeting with somebody important about something long '.repeat(8);
    const giant: Reply = {
      ...base,
      title: 'T'.repeat(400),
      lead: 'L'.repeat(5000),
      sections: Array.from({ length: 120 }, (_, i) => ({
        heading: `Day ${i + 1}`,
        lines: Array.from({ length: 200 }, () => line),
        facts: Array.from({ length: 45 }, (_, j) => ({ label: `Fact ${j}`, value: 'v'.repeat(3000) })),
      })),
      sources: Array.from({ length: 35 }, (_, i) => `Source ${i}`),
    };
    const { text, blocks } = renderSlackMessage(giant);
    expectValidBlocks(blocks);
    expect(blocks.length).toBeLessThanOrEqual(49);
    expect(text.length).toBeLessThanOrEqual(3000);
    const json = allText(blocks);
    expect(json).toMatch(/… and \d+ more sections\. .*\/trip help/);
    expect(json).toContain('… and 26 more sources');
    expect(json).toMatch(/… and \d+ more"/);
    const header = blocks[0] as { text: { text: string } };
    expect(header.text.text.endsWith('…')).toBe(true);
  });

  it('never splits an emoji when cutting', () => {
    const { blocks } = renderSlackMessage({ ...base, title: '🎉'.repeat(200) });
    const header = (blocks[0] as { text: { text: string } }).text.text;
    expect(header.length).toBeLessThanOrEqual(150);
    expect(header).toMatch(/^(🎉)+…$/u);
  });
});
