import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Reply } from '../../../src/reply/model.js';
import { renderDiscordEmbeds } from '../../../src/platforms/discord/render.js';
import { embedText, embedViolations } from './limits.js';

const tokyo: Reply = {
  kind: 'answer',
  title: 'Where was the Secretary on November 7, 2023?',
  lead: 'Tokyo, Japan (documented)',
  sections: [
    {
      heading: 'Documents',
      lines: ['Secretary Blinken’s Meeting with Japanese Prime Minister Kishida'],
      facts: [
        { label: 'City', value: 'Tokyo' },
        { label: 'Basis', value: 'documented' },
      ],
    },
  ],
  sources: ['November 7, 2023 Secretary Blinken’s Meeting with Japanese Prime Minister Kishida'],
  visibility: 'public',
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const lines = (count: number, width = 100) =>
  Array.from({ length: count }, (_, i) => `line ${String(i).padStart(4, '0')} `.padEnd(width, 'x'));

describe('renderDiscordEmbeds', () => {
  it('puts the title, lead and lines in the embed, facts in inline fields and sources in the footer', () => {
    const [embed, ...rest] = renderDiscordEmbeds(tokyo);
    expect(rest).toEqual([]);
    expect(embed?.title).toBe('Where was the Secretary on November 7, 2023?');
    expect(embed?.description).toBe(
      'Tokyo, Japan (documented)\n**Documents**\n- Secretary Blinken’s Meeting with Japanese Prime Minister Kishida',
    );
    expect(embed?.fields).toEqual([
      { name: 'City', value: 'Tokyo', inline: true },
      { name: 'Basis', value: 'documented', inline: true },
    ]);
    expect(embed?.footer?.text).toBe(
      'Sources: November 7, 2023 Secretary Blinken’s Meeting with Japanese Prime Minister Kishida',
    );
  });

  it('renders an error as its message and hint, in red, without sources', () => {
    const embeds = renderDiscordEmbeds({
      kind: 'error',
      title: 'There is no February 30.',
      sections: [],
      sources: [],
      visibility: 'ephemeral',
      code: 'BAD_DATE',
      hint: 'Try /trip where 2023-11-07',
    });
    expect(embeds).toEqual([
      { color: 0xed4245, title: 'There is no February 30.', description: 'Try /trip where 2023-11-07' },
    ]);
  });

  it('escapes markdown typed by users so it shows as typed', () => {
    const [embed] = renderDiscordEmbeds({
      ...tokyo,
      lead: '**not bold** _nor_ [a link](http://x)',
      sections: [],
    });
    expect(embed?.description).toBe('\\*\\*not bold\\*\\* \\_nor\\_ \\[a link](http://x)');
  });

  it('cuts long content with "… and N more", counting what was left out', () => {
    const reply: Reply = { ...tokyo, lead: undefined, sections: [{ lines: lines(500) }] };
    const embeds = renderDiscordEmbeds(reply);
    expect(embedViolations(embeds)).toEqual([]);
    const text = embeds.map((e) => e.description).join('\n');
    const shown = text.split('\n').filter((l) => l.startsWith('- line')).length;
    expect(shown).toBeGreaterThan(20);
    expect(text.endsWith(`… and ${500 - shown} more`)).toBe(true);
  });

  it('keeps 25 fields at most and says how many facts did not fit', () => {
    const facts = Array.from({ length: 30 }, (_, i) => ({ label: `Stop ${i + 1}`, value: 'Tokyo' }));
    const [embed] = renderDiscordEmbeds({ ...tokyo, sections: [{ lines: [], facts }] });
    expect(embed?.fields).toHaveLength(25);
    expect(embed?.fields?.[23]?.name).toBe('Stop 24');
    expect(embed?.fields?.[24]).toEqual({ name: '…', value: '… and 6 more' });
  });

  it('cuts a long source list in the footer', () => {
    const sources = Array.from({ length: 200 }, (_, i) => `Document number ${i + 1} of the trip page`);
    const embeds = renderDiscordEmbeds({ ...tokyo, sources });
    const footer = embeds.at(-1)?.footer?.text ?? '';
    const shown = footer.split(' · ').filter((s) => s.includes('Document number')).length;
    expect(footer.startsWith('Sources: Document number 1 of the trip page · ')).toBe(true);
    expect(footer.endsWith(`… and ${200 - shown} more`)).toBe(true);
    expect(embedViolations(embeds)).toEqual([]);
  });

  it('never splits an emoji when clipping a title', () => {
    for (const title of ['😀'.repeat(200), `a${'😀'.repeat(200)}`]) {
      const [embed] = renderDiscordEmbeds({ ...tokyo, title });
      expect(embed?.title?.length).toBeLessThanOrEqual(256);
      expect(embed?.title).toMatch(/^a?(😀)+…$/u);
    }
  });

  it('stays inside every Discord limit whatever the reply holds', () => {
    const text = fc.string({ unit: 'binary', maxLength: 3000 });
    const reply = fc.record({
      kind: fc.constantFrom('answer' as const, 'help' as const, 'error' as const),
      title: text,
      lead: fc.option(text, { nil: undefined }),
      sections: fc.array(
        fc.record({
          heading: fc.option(text, { nil: undefined }),
          lines: fc.array(text, { maxLength: 40 }),
          facts: fc.option(fc.array(fc.record({ label: text, value: text }), { maxLength: 30 }), {
            nil: undefined,
          }),
        }),
        { maxLength: 8 },
      ),
      sources: fc.array(text, { maxLength: 60 }),
      visibility: fc.constantFrom('public' as const, 'ephemeral' as const),
      hint: fc.option(text, { nil: undefined }),
    });
    fc.assert(
      fc.property(reply, (r) => {
        const embeds = renderDiscordEmbeds(r);
        expect(embedViolations(embeds)).toEqual([]);
        expect(embedText(embeds)).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 150 },
    );
  });
});
