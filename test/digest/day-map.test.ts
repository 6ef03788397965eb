/** Digests carry the day's trip map: drawn once a date, a real PNG (decoded here), never for a day without a trip. */
import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../src/reply/day.js';
import { withDayMap } from '../../src/digest/day-map.js';
import { silentLogger } from '../../src/log.js';
import { tripLibrary } from '../fixtures/trip.js';
import { decodePng } from '../fixtures/png.js';

describe('withDayMap', () => {
  it('attaches the Nov 2023 trip’s route map to the November 5 digest', () => {
    const library = tripLibrary();
    const composed = withDayMap(library, composeDigest(library, '2023-11-05'), silentLogger);
    const file = composed?.reply.kind === 'answer' ? composed.reply.attachment : undefined;
    expect(file?.filename).toBe('2023-11-02-blinken-middle-east-asia-route.png');
    expect(file?.contentType).toBe('image/png');
    expect(decodePng(file?.data ?? Buffer.alloc(0)).width).toBe(800);
    // The alt text names the stops in route order (the page's route).
    expect(file?.alt).toMatch(/1 Tel Aviv, Israel.*3 Ramallah, West Bank.*8 New Delhi, India/);
  });

  it('leaves a day without a trip as it is (no digest)', () => {
    const library = tripLibrary();
    expect(withDayMap(library, composeDigest(library, '1978-09-10'), silentLogger)).toBeNull();
  });
});
