/** findPeople: misspellings, either name order, diacritics and role words find the right official first. */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/query/people.js';
import { Library } from '../../src/query/library.js';
import { pageItinerary, tripLibrary } from '../fixtures/trip.js';

const library = tripLibrary();
/** The trip page alone: the officials its documents name. */
const pageLibrary = new Library([pageItinerary()]);
const names = (query: string, lib: Library = library) =>
  findPeople(lib, query).map((m) => m.view.person.name);

describe('findPeople', () => {
  // Over the whole record: a name (or a misspelling of one) still finds the one person.
  it.each([
    ['jaishankr', 'Subrahmanyam Jaishankar'],
    ['Jaishankar', 'Subrahmanyam Jaishankar'],
    ['subrahmanyam', 'Subrahmanyam Jaishankar'],
    ['lazarini', 'Philippe Lazzarini'],
    ['Lazzarini', 'Philippe Lazzarini'],
    ['LAZZARINI', 'Philippe Lazzarini'],
    ['Lázzarini', 'Philippe Lazzarini'],
    ['Phillipe Lazzarini', 'Philippe Lazzarini'],
    ['commissioner general', 'Philippe Lazzarini'],
    ['UNRWA Commissioner-General', 'Philippe Lazzarini'],
    ['kishda', 'Kishida Fumio'],
    ['Fumio Kishida', 'Kishida Fumio'],
    ['Kishida Fumio', 'Kishida Fumio'],
    ['Yoko Kamikawa', 'Kamikawa Yoko'],
    ['Suk Yeol Yoon', 'Yoon Suk Yeol'],
    ['indian defense minister', 'Rajnath Singh'],
    ['Lloyd Austin', 'Lloyd J. Austin III'],
    // the page's "al-Sudani" and record 4180's "Mohammed al-Sudani" are the person record 4274
    // names in full: "Prime Minister Mohammed Shiaa al-Sudani"
    ['Sudani', 'Mohammed Shiaa al-Sudani'],
    ['Ishii', 'Yusaku Ishii'],
  ])('%j -> %s first', (query, first) => {
    expect(names(query)[0]).toBe(first);
  });

  // Among the trip page's officials, role words and a bare family name pick the right one.
  // (Over the whole record these words fit many officeholders since the 1950s.)
  it.each([
    ['japanese prime minister', 'Kishida Fumio'],
    ['japanese foreign minister', 'Kamikawa Yoko'],
    ['korean president', 'Yoon Suk Yeol'],
    ['indian defense minister', 'Rajnath Singh'],
    ['herzog', 'Isaac Herzog'],
    ['Sudani', 'al-Sudani'],
  ])('on the trip page, %j -> %s first', (query, first) => {
    expect(names(query, pageLibrary)[0]).toBe(first);
  });

  // Record 4181 (Tokyo, 2023-11-07..08): "Met with Prime Minister Kishida Fumio"; record 4182
  // (Seoul, 2023-11-08..09): "Met with President Yoon Suk Yeol". A role query over the whole
  // record should not offer only holders from the 1950s-70s.
  it.each([
    ['japanese prime minister', 'Kishida Fumio'],
    ['korean president', 'Yoon Suk Yeol'],
  ])('over the whole record, %j offers %s among its matches', (query, person) => {
    expect(names(query)).toContain(person);
  });

  // The page: "Secretary Antony J. Blinken’s Call with Omani FM Sayyid Badr al-Busaidi" (FM = Foreign Minister).
  it('reads the page’s "FM" as foreign minister: "omani foreign minister" is al-Busaidi', () => {
    expect(names('omani fm', pageLibrary)[0]).toBe('Sayyid Badr al-Busaidi');
    expect(names('omani foreign minister', pageLibrary)[0]).toBe('Sayyid Badr al-Busaidi');
    expect(names('omani fm')).toContain('Sayyid Badr al-Busaidi');
  });

  // A foreign minister of another country is a wrong answer (Turkey and Türkiye are one country, TR).
  it('does not offer another country’s foreign minister for "turkish foreign minister"', () => {
    const matches = findPeople(library, 'turkish foreign minister');
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((m) => m.view.person.countryCode).filter((c) => c !== 'TR')).toEqual([]);
  });

  it('finds nobody for nonsense', () => {
    expect(names('xyzzy')).toEqual([]);
    expect(names('')).toEqual([]);
    expect(names('!!!')).toEqual([]);
  });

  it('lists each person once, at most the limit', () => {
    const matches = findPeople(library, 'minister', 5);
    expect(matches.length).toBeLessThanOrEqual(5);
    expect(new Set(matches.map((m) => m.view.person.id)).size).toBe(matches.length);
  });

  it('gives Jaishankar his three New Delhi appearances on the page, November 9 and 10', () => {
    const [best] = findPeople(pageLibrary, 'jaishankr');
    expect(best?.view.appearances.map((a) => `${a.date} ${a.stop?.city}`)).toEqual([
      '2023-11-09 New Delhi',
      '2023-11-10 New Delhi',
      '2023-11-10 New Delhi',
    ]);
  });

  // The XML remarks naming him: Pompeo 3858 (New Delhi 2019-06-25), 3974 (New Delhi 2020-10-25),
  // Blinken 4015 (New Delhi 2021-07-26), 4049 (Melbourne 2022-02-09); then the page's three.
  it('gives Jaishankar every appearance of the record, oldest first', () => {
    const [best] = findPeople(library, 'jaishankr');
    expect(best?.view.appearances.map((a) => `${a.date} ${a.stop?.city}`)).toEqual([
      '2019-06-25 New Delhi',
      '2020-10-25 New Delhi',
      '2021-07-26 New Delhi',
      '2022-02-09 Melbourne',
      '2023-11-09 New Delhi',
      '2023-11-10 New Delhi',
      '2023-11-10 New Delhi',
    ]);
  });
});
