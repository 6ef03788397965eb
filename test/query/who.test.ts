/** findPeople: misspellings, either name order, diacritics and role words find the right official first. */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/query/people.js';
import { tripLibrary } from '../fixtures/trip.js';

const library = tripLibrary();
const names = (query: string) => findPeople(library, query).map((m) => m.view.person.name);

describe('findPeople', () => {
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
    ['japanese prime minister', 'Kishida Fumio'],
    ['japanese foreign minister', 'Kamikawa Yoko'],
    ['Yoko Kamikawa', 'Kamikawa Yoko'],
    ['Suk Yeol Yoon', 'Yoon Suk Yeol'],
    ['korean president', 'Yoon Suk Yeol'],
    ['indian defense minister', 'Rajnath Singh'],
    ['Lloyd Austin', 'Lloyd J. Austin III'],
    ['herzog', 'Isaac Herzog'],
    ['Sudani', 'al-Sudani'],
    ['Ishii', 'Yusaku Ishii'],
  ])('%j -> %s first', (query, first) => {
    expect(names(query)[0]).toBe(first);
  });

  // The page: "Secretary Antony J. Blinken’s Call with Omani FM Sayyid Badr al-Busaidi" (FM = Foreign Minister).
  it('reads the page’s "FM" as foreign minister: "omani foreign minister" is al-Busaidi', () => {
    expect(names('omani fm')[0]).toBe('Sayyid Badr al-Busaidi');
    expect(names('omani foreign minister')[0]).toBe('Sayyid Badr al-Busaidi');
  });

  // No Turkish official is named on the page: a foreign minister of another country is a wrong answer.
  it('does not offer another country’s foreign minister for "turkish foreign minister"', () => {
    const countries = findPeople(library, 'turkish foreign minister').map((m) => m.view.person.country);
    expect(countries.filter((c) => c !== 'Türkiye')).toEqual([]);
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

  it('gives Jaishankar his three New Delhi appearances, November 9 and 10', () => {
    const [best] = findPeople(library, 'jaishankr');
    expect(best?.view.appearances.map((a) => `${a.date} ${a.stop?.city}`)).toEqual([
      '2023-11-09 New Delhi',
      '2023-11-10 New Delhi',
      '2023-11-10 New Delhi',
    ]);
  });
});
