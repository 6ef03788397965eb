import { MONTHS } from '../../src/itinerary/calendar.js';
import { fold } from '../../src/itinerary/text.js';
import type { Library, TripView } from '../../src/query/library.js';
import { seeded, type Random } from './random.js';

/** What users type, per command and autocomplete kind (the text after the command name). */
export interface Inputs {
  where: string[];
  when: string[];
  who: string[];
  what: string[];
  day: string[];
  route: string[];
  trips: string[];
  search: string[];
  help: string[];
  date: string[];
  place: string[];
  name: string[];
}

/** Questions about the Nov 2-10, 2023 trip (the one with a trip page), in the forms the design promises to read. */
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
  route: ['', '2023-11-05', 'Nov 7'],
  trips: ['', '2023', 'blinken', 'Israel'],
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
  help: ['', 'where', 'trips'],
  date: ['', '2', '2023-11', 'nov', 'tue', 'tokyo', '11-07'],
  place: ['', 't', 'tok', 'kor', 'turk', 'new d', 'west', 'bagdad'],
  name: ['', 'k', 'kish', 'jaishankr', 'foreign min', 'yoon', 'lazz'],
};

/** The issue's own questions about the whole record (its acceptance examples), asked as written. */
export const RECORD_INPUTS: Partial<Inputs> = {
  where: [
    '1990-08-02',
    'president 1963-06-26',
    '2023-11-05',
    '1978-09-10',
    '1865-01-01',
    'secretary 1919-01-10',
  ],
  when: [
    'Kyiv',
    'Kiev',
    'Peking',
    'Beijing',
    'U.S.S.R.',
    'Soviet Union',
    'Bombay',
    'Korea, South',
    'president Turkey',
  ],
  who: [
    'gorbachev',
    'fidan',
    'Zelenskyy',
    'zelensky',
    'the Prime Minister Benjamin Netanyahu',
    'King Abdullah II',
    'chaim herzog',
    'kissinger',
    'baker',
  ],
  route: ['1990-08-02', 'president 1972-02-21', 'president'],
  trips: ['1990', 'kissinger', 'president China', '1990 page 2', 'U.S.S.R.', 'president'],
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
  return random.pick([iso, `${d} ${month} ${y}`, `${m}/${d}/${y}`, `${month} ${d}, ${y}`]);
}

/** The traveller word a user would type before a date of this trip: always for a President's. */
const travelerWord = (random: Random, trip: TripView) =>
  trip.itinerary.trip.role === 'president' ? 'president ' : random.chance(0.2) ? 'secretary ' : '';

/** The city or cities of a stop as search names them, or its country when the record names no city. */
const placeNames = (stop: TripView['itinerary']['stops'][number]): string[] =>
  stop.places.length > 0 ? stop.places.map((p) => p.name) : [stop.country];

/**
 * Questions across the Historian's whole record: seeded picks of real trip days in every
 * accepted date form (a President's with the traveller word), cities (a stop's places, or its
 * country when the record names no city) by name, folded, misspelt or by another name (Kiev,
 * Peking), countries old and new, officials misspelt, reordered, folded or by office; plus the
 * issue's own examples and the Nov 2023 trip's questions. Same inputs on every run.
 */
export function recordInputs(library: Library, count = 24): Inputs {
  const random = seeded(7);
  const trips = library.trips;
  const tripDay = () => {
    const trip = random.pick(trips);
    return { trip, day: random.pick(trip.days) };
  };
  const datedQuestions = () =>
    Array.from({ length: count }, () => {
      const { trip, day } = tripDay();
      return `${travelerWord(random, trip)}${dateForms(random, day)}`;
    });
  const stops = trips.flatMap((t) => t.itinerary.stops);
  const people = library.people.map((v) => v.person);
  const place = () => {
    const stop = random.pick(stops);
    const name = random.pick(placeNames(stop));
    return random.pick([
      name,
      stop.country,
      fold(name),
      misspell(random, name),
      random.pick([name, ...stop.aliases]),
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
  const holders = Object.values(library.offices).flatMap((o) => o?.officeholders ?? []);
  const traveller = () => {
    const { name } = random.pick(holders);
    return random.pick([name, name.split(' ').at(-1)!.toLowerCase(), misspell(random, name)]);
  };
  const prefix = (text: string) => text.slice(0, random.int(1, Math.min(6, text.length)));
  const many = (make: () => string, n = count) => Array.from({ length: n }, make);
  const extra = (key: keyof Inputs) => RECORD_INPUTS[key] ?? [];
  return {
    where: [...datedQuestions(), ...extra('where'), ...REAL_INPUTS.where],
    when: [...many(place), ...extra('when'), ...REAL_INPUTS.when],
    who: [...many(person), ...extra('who'), ...REAL_INPUTS.who],
    what: [
      ...many(() => {
        if (random.chance(0.5)) return place();
        const { trip, day } = tripDay();
        return `${travelerWord(random, trip)}${dateForms(random, day)}`;
      }),
      ...REAL_INPUTS.what,
    ],
    day: [...datedQuestions(), ...REAL_INPUTS.day],
    route: [
      ...many(() => {
        const { trip, day } = tripDay();
        return random.chance(0.25) ? trip.id : `${travelerWord(random, trip)}${dateForms(random, day)}`;
      }, 12),
      ...extra('route'),
      ...REAL_INPUTS.route,
    ],
    trips: [
      ...many(() => {
        const { trip, day } = tripDay();
        const role = trip.itinerary.trip.role === 'president' && random.chance(0.5) ? 'president ' : '';
        return random.pick([
          day.slice(0, 4),
          traveller(),
          `${role}${random.pick(trip.itinerary.stops).country}`,
          `${day.slice(0, 4)} page 2`,
        ]);
      }, 12),
      ...extra('trips'),
      ...REAL_INPUTS.trips,
    ],
    search: [
      ...REAL_INPUTS.search,
      'summit',
      'funeral',
      'NATO ministerial',
      'peace talks',
      'state visit',
      'coronation',
      ...many(
        () =>
          random.chance(0.5) ? random.pick(people).familyName : random.pick(placeNames(random.pick(stops))),
        8,
      ),
    ],
    help: REAL_INPUTS.help,
    date: [
      ...REAL_INPUTS.date,
      ...many(() => tripDay().day.slice(0, random.int(4, 8)), 8),
      '1990',
      '1963-06',
      'mar',
    ],
    place: [
      ...REAL_INPUTS.place,
      ...many(() => prefix(random.pick(placeNames(random.pick(stops)))), 10),
      'istnbul',
      'kiev',
      'peki',
      'u.s.s',
    ],
    name: [
      ...REAL_INPUTS.name,
      ...many(() => prefix(random.pick(people).name), 10),
      'erdogan',
      'wang yi',
      'gorbach',
      'zelensk',
    ],
  };
}
