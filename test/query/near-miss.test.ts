/**
 * A place name is exact, an alias, or a typo of the same place; a real place the record
 * never visits is never answered with another one. The unvisited names below were checked
 * against data/sources/history-state-dept/travels/*.xml (no record names them).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../fixtures/trip.js';
import type { WhenResult } from '../../src/query/places.js';
import { renderText } from '../../src/reply/text.js';

describe('near misses', () => {
  it.each([
    'Bhutan',
    'Andorra',
    'Tuvalu',
    'Nauru',
    'Eritrea',
    'Lesotho',
    'Kiribati',
    'Comoros',
    'San Marino',
    'Liechtenstein',
    'Belize',
    'Springfield',
  ])('when %s: no visit on record, and no other place given as the answer', async (place) => {
    const outcome = await ask(`when ${place}`);
    expect(outcome.ok).toBe(false);
    expect(outcome.reply.title).toBe(`No visit to ${place} is on record.`);
    expect(outcome.data).toBeUndefined();
  });

  // Bhutan is never visited; the gazetteer's Thimphu (27.47N 89.64E) is about 415 km from Dhaka
  // (23.71N 90.41E) and 425 km from Kathmandu (27.72N 85.32E), both on record (XML locales).
  it('points to the places on record nearest a real place never visited, not to a similar name', async () => {
    const outcome = await ask('when Bhutan');
    expect(outcome.reply.hint).toBe(
      'Nearest on record: Dhaka, Bangladesh; Kathmandu, Nepal. The record lists foreign travel only. Try /trip when Dhaka',
    );
  });

  it.each([
    ['Isreal', 'Israel'],
    ['New Dehli', 'New Delhi'],
    ['Soel', 'Seoul'],
    ['Bagdad', 'Baghdad'],
  ])('when %s is a typo of %s, said in the first line', async (typed, place) => {
    const outcome = await ask(`when ${typed}`);
    expect(outcome.ok).toBe(true);
    expect((outcome.data as WhenResult).matched).toBe(place);
    const lines = renderText(outcome.reply).split('\n');
    expect(lines[0]).toContain(`read "${typed}" as ${place}`);
    // Said once: not again in the lead or anywhere below.
    expect(lines.slice(1).join('\n')).not.toMatch(new RegExp(`read "${typed}"`, 'i'));
  });

  it('what and trips say how a typo was read, in the first line', async () => {
    const what = await ask('what Bagdad');
    expect(what.reply.title).toBe('What was discussed: Baghdad (read "Bagdad" as Baghdad)');
    const trips = await ask('trips Soel');
    expect(trips.reply.title).toMatch(/^\d+ trips for Seoul \(read "Soel" as Seoul\)$/);
    for (const outcome of [what, trips]) expect(outcome.reply.lead).not.toMatch(/Read "/);
  });
});
