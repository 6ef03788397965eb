import { MONTHS } from '../../src/itinerary/calendar.js';
import { fold } from '../../src/itinerary/text.js';
import type { Library } from '../../src/query/library.js';
import { seeded, type Random } from '../archive/random.js';

/** What users type, per command and autocomplete kind. */
export interface Inputs {
  where: string[];
  when: string[];
  who: string[];
  what: string[];
  day: string[];
  search: string[];
  date: string[];
  place: string[];
  name: string[];
}

/** Questions about the real trip (Nov 2-10, 2023), in the forms the design promises to read. */
export const REAL_INPUTS: Inputs = {
  where: [
    '2023-11-07',
    'Nov 8',
    '7 November 2023',
    '11/5/2023',
    '2023-11-04',
    'Nov 6',
    'November 9',
    '2023-11-12',
  ],
  when: ['Turkey', 'Türkiye', 'Korea', 'ROK', 'Delhi', 'West Bank', 'Tokyo', 'ankara', 'Jordan', 'Bagdad'],
  who: [
    'jaishankr',
    'Kishida Fumio',
    'fumio kishida',
    'kishda',
    'herzog',
    'Phillipe Lazzarini',
    'foreign minister',
    'korean president',
    'defense minister indian',
    'narendra modi',
    'cho tae yong',
    'al thani',
  ],
  what: ['Ankara', 'Tokyo', '2023-11-08', 'Nov 4', 'Ramallah', 'Korea', 'Baghdad', 'India'],
  day: ['Nov 7', '2023-11-03', '8 November 2023', '11/9/2023', '2023-11-05', 'Nov 6', '2023-11-10'],
  search: [
    'hostages',
    'ukraine',
    'humanitarian assistance',
    'press availability',
    'G7',
    'NATO',
    'humanitarain',
    'space security',
  ],
  date: ['', '2', '2023-11', 'nov', 'tue', 'tokyo', '11-07'],
  place: ['', 't', 'tok', 'kor', 'turk', 'new d', 'west', 'bagdad'],
  name: ['', 'k', 'kish', 'jaishankr', 'foreign min', 'yoon', 'lazz'],
};

/** A typo: one letter dropped or two swapped, in the longest word. */
function misspell(random: Random, text: string): string {
  const words = text.split(' ');
  const i = words.reduce((best, w, k) => (w.length > words[best]!.length ? k : best), 0);
  const w = words[i]!;
  if (w.length < 5) return text;
  const at = random.int(1, w.length - 2);
  words[i] = random.chance(0.5)
    ? w.slice(0, at) + w.slice(at + 1)
    : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return words.join(' ');
}

function dateForms(random: Random, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  return random.pick([
    iso,
    `${month.slice(0, 3)} ${d}`,
    `${d} ${month} ${y}`,
    `${m}/${d}/${y}`,
    `${month} ${d}, ${y}`,
  ]);
}

/**
 * Questions across the whole archive: dates of many trips in every accepted form, places
 * by city, country and alias, officials misspelled, in either name order, without
 * diacritics or by office; plus the real trip's questions. Same inputs on every run.
 */
export function archiveInputs(library: Library, count = 24): Inputs {
  const random = seeded(7);
  const trips = library.trips;
  const days = () => Array.from({ length: count }, () => random.pick(random.pick(trips).days));
  const stops = trips.flatMap((t) => t.itinerary.stops);
  const people = library.people.map((v) => v.person);
  const place = () => {
    const stop = random.pick(stops);
    return random.pick([
      stop.city,
      stop.country,
      fold(stop.city),
      misspell(random, stop.city),
      random.pick([stop.city, ...stop.aliases]),
    ]);
  };
  const person = () => {
    const p = random.pick(people);
    const swapped = p.name.split(' ').reverse().join(' ');
    const office = `${p.country ?? p.organisation ?? ''} ${p.roles[0] ?? ''}`.trim();
    return random.pick([
      p.name,
      p.familyName,
      misspell(random, p.name),
      swapped,
      fold(p.name),
      office.toLowerCase(),
    ]);
  };
  const prefix = (text: string) => text.slice(0, random.int(1, Math.min(6, text.length)));
  const many = (make: () => string) => Array.from({ length: count }, make);
  return {
    where: [...days().map((d) => dateForms(random, d)), '2014-06-01', ...REAL_INPUTS.where],
    when: [...many(place), ...REAL_INPUTS.when],
    who: [...many(person), ...REAL_INPUTS.who],
    what: [
      ...many(() => (random.chance(0.5) ? place() : dateForms(random, random.pick(days())))),
      ...REAL_INPUTS.what,
    ],
    day: [...days().map((d) => dateForms(random, d)), ...REAL_INPUTS.day],
    search: [
      ...REAL_INPUTS.search,
      'food security',
      'maritime security',
      'critical minerals',
      'Joint Statement',
      'climate',
      ...many(() => (random.chance(0.5) ? random.pick(people).familyName : random.pick(stops).city)).slice(
        0,
        8,
      ),
    ],
    date: [
      ...REAL_INPUTS.date,
      ...days()
        .slice(0, 8)
        .map((d) => d.slice(0, random.int(4, 8))),
      '2019',
      'mar',
    ],
    place: [...REAL_INPUTS.place, ...many(() => prefix(random.pick(stops).city)).slice(0, 10), 'istnbul'],
    name: [
      ...REAL_INPUTS.name,
      ...many(() => prefix(random.pick(people).name)).slice(0, 10),
      'erdogan',
      'wang yi',
    ],
  };
}
