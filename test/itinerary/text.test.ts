import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLine, truncate } from '../../src/itinerary/text.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('truncate', () => {
  it('returns text that fits unchanged', () => {
    expect(truncate('Tokyo', 5)).toBe('Tokyo');
    expect(truncate('', 0)).toBe('');
  });

  it('cuts to at most max units, the last of them "…"', () => {
    expect(truncate('Ulaanbaatar', 6)).toBe('Ulaan…');
    expect(truncate('Ulaanbaatar', 6)).toHaveLength(6);
  });

  it('never cuts an emoji (a surrogate pair) in half at the cut point', () => {
    // "ab😀cd": the 😀 is units 2-3; room for 3 units before the mark would cut between them.
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('ab😀cd', 5)).toBe('ab😀…');
    expect(truncate('😀😀😀', 4)).toBe('😀…');
    expect(truncate('😀😀😀', 3)).toBe('😀…');
    expect(truncate('😀😀😀', 2)).toBe('…');
    expect(truncate('😀', 1)).toBe('…');
  });

  it('leaves no space before the mark', () => {
    expect(truncate('Tokyo and Seoul', 11)).toBe('Tokyo and…');
    expect(truncate('Tokyo  Seoul', 8)).toBe('Tokyo…');
  });

  it('takes another mark, or none for a value that must stay usable', () => {
    expect(truncate('Ulaanbaatar', 8, { mark: '...' })).toBe('Ulaan...');
    expect(truncate('ab😀cd', 3, { mark: '' })).toBe('ab');
    expect(truncate('ab cd', 3, { mark: '' })).toBe('ab ');
  });

  it('gives no more than max even when the mark alone does not fit', () => {
    expect(truncate('Ulaanbaatar', 2, { mark: '...' })).toBe('Ul');
    expect(truncate('Ulaanbaatar', 0)).toBe('');
  });

  it('measures pieces as told (Slack counts its escaped length), never splitting one', () => {
    const escapedLength = (piece: string) => piece.replace(/&/g, '&amp;').length;
    // Escaped, "a&b&c" is 15 long and "a&" 6: with the mark, 7.
    expect(truncate('a&b&c', 6, { measure: escapedLength })).toBe('a…');
    expect(truncate('a&b&c', 7, { measure: escapedLength })).toBe('a&…');
  });

  it('for any text and max: a start of the text, within max, with no lone surrogate', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(60), (text, max) => {
        const cut = truncate(text, max);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(LONE_SURROGATE.test(cut)).toBe(LONE_SURROGATE.test(text));
        if (cut === text) return;
        expect(text.startsWith(cut.endsWith('…') ? cut.slice(0, -1) : cut)).toBe(true);
      }),
    );
  });
});

describe('oneLine', () => {
  it('collapses runs of whitespace and trims', () => {
    expect(oneLine('  not_in_channel\n\tfrom   Slack ')).toBe('not_in_channel from Slack');
  });
});
