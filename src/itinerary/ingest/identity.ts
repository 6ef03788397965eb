/**
 * One person is one entry across records and sources: "Benjamin Netanyahu" (2013) and "Prime
 * Minister Netanyahu" (1997), "Zelenskyy" and "Zelensky", "Cho Tae-yong" and "Cho Taeyong".
 * Pure and deterministic: the same input gives the same ids, whatever its order.
 *
 * Rules, most certain first:
 * 1. The same name after folding case, diacritics, punctuation, hyphens and spaces, and the
 *    al-/el- particle, with the same regnal number or Jr./Sr., is one person per country.
 * 2. Two full names join when one's words are all in the other's ("Recep Erdogan", "Recep
 *    Tayyip Erdogan") and that fuller person is the only candidate, or when they differ in one
 *    word by a small edit distance ("Zelensky"/"Zelenskyy", "Mohamed Kamal"/"Kamel Amr").
 * 3. A bare name ("Gorbachev", "General Secretary Gorbachev", "King Abdullah") joins the one
 *    full-name person whose family name (or, for a regnal or Arabic name, first name) it is,
 *    across the whole input; if there are two ("Isaac Herzog", "Chaim Herzog") it stays apart.
 * Countries must agree, or one be missing (a successor state counts as the same: SU/RU, DD/DE).
 */
import { FAMILY_FIRST, ROLES } from './people.js';
import { fold, slug } from '../text.js';

export interface NameRecord<T> {
  name: string;
  role: string;
  countryCode?: string;
  organisation?: string;
  aliases?: string[];
  ref: T;
}

export interface Identity<T> {
  id: string;
  name: string;
  familyName: string;
  nameOrder: 'given-first' | 'family-first';
  roles: string[];
  countryCode?: string;
  organisation?: string;
  aliases: string[];
  refs: T[];
}

/** Successor states, for comparing countries only (the Soviet Gorbachev is Russia's too). */
const SAME_COUNTRY: Record<string, string> = { SU: 'RU', DD: 'DE', YU: 'RS', CS: 'CZ' };
const PARTICLE =
  /^(?:al|el|as|ad|bin|ibn|bint|binti|de|du|da|das|dos|del|della|di|van|von|der|den|ter|la|le|y)$/;
const HONORIFIC =
  /^(?:his|her|majesty|holiness|highness|royal|excellency|dr|mr|mrs|ms|madame|sheikh|sheikha|shaikh|prince|princess|lord|lady|sir|dame|dato|datuk|sri|seri|tun|daw|gen|general|cardinal|archbishop|ambassador)$/;
/** Titles written before a name ("General Secretary Gorbachev"), stripped before comparing. */
const TITLE = new RegExp(
  `^(?:(?:former|acting|interim|then|the)\\s+)*(?:[A-Z][a-z]+\\s+)?(?:${[
    ...ROLES,
    'General Secretary',
    'First Secretary',
    'Foreign Secretary',
    'Secretary of State',
    'Chancellor',
    'Premier',
    'Chairman',
    'Chairperson',
    'Queen',
    'Emperor',
    'Empress',
    'Pope',
    'Shah',
    'Sultan',
    'Amir',
    'Speaker',
    'Generalissimo',
    'Marshal',
    'Prince',
    'Sheikh',
    'His Majesty',
    'His Holiness',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s+(?=\\S)`,
  'u',
);
const ORDINAL: Record<string, string> = { '1st': 'i', '2nd': 'ii', '3rd': 'iii', '4th': 'iv', '5th': 'v' };

interface Parsed {
  /** The name as written, without a title. */
  written: string;
  /** Folded words, particles included, hyphens closed up ("tae-yong" -> "taeyong"). */
  words: string[];
  /** Words that identify: no particles, honorifics or initials. */
  core: string[];
  /** Regnal number or generation ("ii", "jr"); undefined if none. */
  number?: string;
  key: string;
}

function withoutTitle(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  const stripped = trimmed.replace(TITLE, '');
  return stripped || trimmed;
}

/** Regnal numbers and generations as written: "II", "XVI", "3rd", "Jr.". */
const NUMBER = /^(?:[IVX]+|\d+(?:st|nd|rd|th)|Jr\.?|Sr\.?),?$/;

function parse(name: string): Parsed {
  const written = withoutTitle(name);
  let number: string | undefined;
  const kept = written.split(' ').filter((w, i) => {
    if (i === 0 || !NUMBER.test(w)) return true;
    const t = w.toLowerCase().replace(/[.,]/g, '');
    number = ORDINAL[t] ?? t;
    return false;
  });
  const words = fold(kept.join(' '))
    .replace(/'/g, '')
    .replace(/[.,]/g, ' ')
    .replace(/(^|\s)(?:al|el|as|ad)-/g, '$1al ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/-/g, ''))
    .map((w) => (w === 'el' || w === 'as' || w === 'ad' ? 'al' : w === 'ibn' ? 'bin' : w));
  const core = words.filter((w) => w.length > 1 && !PARTICLE.test(w) && !HONORIFIC.test(w));
  const key = `${words.filter((w) => !HONORIFIC.test(w) || core.length === 0).join('')}#${number ?? ''}`;
  return { written, words, core, ...(number ? { number } : {}), key };
}

function canonical(code: string | undefined): string | undefined {
  return code ? (SAME_COUNTRY[code] ?? code) : undefined;
}

function compatible(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 3;
}

/**
 * Spellings of one word close enough to be the same ("Zelensky"/"Zelenskyy", "Steinmeir"):
 * none under 6 letters ("Havel" is not "Pavel"), one edit from 6 with the same first letter,
 * two from 9.
 */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 6) return false;
  const d = distance(a, b);
  return d <= 1 ? a[0] === b[0] || n >= 8 : d <= 2 && n >= 9;
}

/** A group of records already known to be one person. */
interface Group {
  key: string;
  records: number[];
  country?: string;
  number?: string;
  core: string[];
  words: string[];
}

function isFull(g: Group): boolean {
  return (
    g.core.length >= 2 ||
    (g.core.length === 1 && g.number !== undefined && g.number !== 'jr' && g.number !== 'sr')
  );
}

/** Names that start with the name itself: regnal ("Abdullah II"), Arabic ("Saud al-Faisal"), family-first. */
function firstWordNames(g: Group): boolean {
  return (
    g.number !== undefined ||
    g.words.some((w) => w === 'bin' || w === 'al') ||
    (g.country !== undefined && FAMILY_FIRST.has(g.country))
  );
}

function familyWord(g: Group): string {
  if (g.country && FAMILY_FIRST.has(g.country)) return g.core[0] ?? '';
  return g.core[g.core.length - 1] ?? '';
}

function sameMultiset(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');
}

/**
 * `small`'s words appear in `big` in the same order, from the same first name ("Recep Erdogan"
 * in "Recep Tayyip Erdogan"), or `small` is `big`'s last words ("Diaz Ordaz" of "Gustavo Diaz
 * Ordaz"). Not for Arabic patronymics: "Salman bin Abdulaziz" ends "Mohammed bin Salman bin
 * Abdulaziz" and is his father.
 */
function within(small: string[], big: string[], patronymic: boolean): boolean {
  if (!patronymic && small.join(' ') === big.slice(big.length - small.length).join(' ')) return true;
  if (small[0] !== big[0]) return false;
  let i = 0;
  for (const w of big) if (w === small[i]) i++;
  return i === small.length;
}

/** One word spelt a little differently, when the others agree ("Ahmed/Ahmet Davutoglu"). */
function nearInName(a: string, b: string): boolean {
  return near(a, b) || (Math.min(a.length, b.length) >= 4 && a[0] === b[0] && distance(a, b) <= 1);
}

/**
 * Full names that are one person: one's words within the other's, the same words in the
 * other order ("Kishida Fumio", "Fumio Kishida"; not for Arabic names, where "Abdullah bin
 * Zayed" and "Zayed bin Abdullah" are father and son), or one word spelt differently.
 */
function fullMatch(a: Group, b: Group): 'subset' | 'spelling' | undefined {
  if (a.number !== b.number) return undefined;
  const patronymic = [...a.words, ...b.words].some((w) => w === 'bin' || w === 'bint' || w === 'binti');
  const [small, big] = a.core.length <= b.core.length ? [a, b] : [b, a];
  if (
    small.core.length >= 2 &&
    small.core.length < big.core.length &&
    within(small.core, big.core, patronymic)
  ) {
    return 'subset';
  }
  const ka = a.key.split('#')[0] ?? '';
  const kb = b.key.split('#')[0] ?? '';
  if (Math.min(ka.length, kb.length) >= 10 && a.core[0] === b.core[0] && distance(ka, kb) <= 1)
    return 'spelling';
  if (a.core.length !== b.core.length || a.core.length < 2) return undefined;
  const differing = a.core.map((w, i) => [w, b.core[i] ?? ''] as const).filter(([x, y]) => x !== y);
  if (differing.length === 0) return 'spelling';
  if (differing.length === 1 && differing.every(([x, y]) => nearInName(x, y))) return 'spelling';
  if (!patronymic && sameMultiset(a.core, b.core)) return 'spelling';
  return undefined;
}

class Union {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    this.parent[i] = r;
    return r;
  }
  join(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)].sort((p, q) => p - q);
    if (x !== undefined && y !== undefined && x !== y) this.parent[y] = x;
  }
}

function countOf<K>(values: K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** Most frequent first; ties by the given order (then alphabetically). */
function byFrequency(
  values: string[],
  tie: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): string[] {
  const counts = countOf(values);
  return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || tie(a, b));
}

/** Groups name records into people; see the module comment for the rules. */
export function resolveIdentities<T>(records: NameRecord<T>[]): Identity<T>[] {
  const parsed = records.map((r) => parse(r.name));
  // 1. Same folded name: one group per country (records without a country join a unique one).
  const byKey = new Map<string, number[]>();
  parsed.forEach((p, i) => byKey.set(p.key, [...(byKey.get(p.key) ?? []), i]));
  const groups: Group[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const members = byKey.get(key) ?? [];
    const countries = [
      ...new Set(members.map((i) => canonical(records[i]?.countryCode)).filter(Boolean)),
    ].sort();
    // The fullest reading of the key ("Douglas Home" over "Douglas-Home"), whatever the order.
    const first = members
      .map((i) => parsed[i]!)
      .sort((a, b) => b.core.length - a.core.length || (a.core.join(' ') < b.core.join(' ') ? -1 : 1))[0];
    const core = first?.core ?? [];
    const words = first?.words ?? [];
    const number = first?.number;
    const make = (recs: number[], country?: string): Group => ({
      key,
      records: recs,
      core,
      words,
      ...(country ? { country } : {}),
      ...(number ? { number } : {}),
    });
    if (countries.length <= 1) {
      groups.push(make(members, countries[0]));
      continue;
    }
    for (const c of countries)
      groups.push(
        make(
          members.filter((i) => canonical(records[i]?.countryCode) === c),
          c,
        ),
      );
    const loose = members.filter((i) => !records[i]?.countryCode);
    if (loose.length) groups.push(make(loose));
  }
  const union = new Union(groups.length);
  const countryOf = new Map<number, string | undefined>(groups.map((g, i) => [i, g.country]));
  const join = (a: number, b: number): boolean => {
    const ra = union.find(a);
    const rb = union.find(b);
    if (ra === rb) return true;
    const ca = countryOf.get(ra);
    const cb = countryOf.get(rb);
    if (!compatible(ca, cb)) return false;
    union.join(ra, rb);
    countryOf.set(union.find(ra), ca ?? cb);
    return true;
  };
  // 2. Full names: spellings first, then partial full names with a single fuller candidate.
  const full = groups.map((g, i) => (isFull(g) ? i : -1)).filter((i) => i >= 0);
  const supersets = new Map<number, number[]>();
  for (const i of full) {
    for (const j of full) {
      const a = groups[i]!;
      const b = groups[j]!;
      if (i === j || !compatible(a.country, b.country)) continue;
      const match = fullMatch(a, b);
      if (match === 'spelling' && i < j) join(i, j);
      else if (match === 'subset' && b.core.length > a.core.length)
        supersets.set(i, [...(supersets.get(i) ?? []), j]);
    }
  }
  const subsetJoins = [...supersets].filter(([, js]) => new Set(js.map((j) => union.find(j))).size === 1);
  for (const [i, js] of subsetJoins) join(i, js[0]!);
  // 3. Bare names: the one full-name person of that name, across the whole input.
  const bare = groups.map((g, i) => (!isFull(g) && g.core.length === 1 ? i : -1)).filter((i) => i >= 0);
  const unjoined: number[] = [];
  const bareJoins: [number, number][] = [];
  for (const i of bare) {
    const a = groups[i]!;
    const word = a.core[0] ?? '';
    const candidates = (exact: boolean): Set<number> =>
      new Set(
        full
          .filter((j) => {
            const b = groups[j]!;
            if (!compatible(a.country, countryOf.get(union.find(j)))) return false;
            if (b.number === 'jr' || (a.number && a.number !== b.number)) return false;
            // In family-first countries names are written both ways ("Shinzo Abe", "Abe Shinzo").
            const names = [
              familyWord(b),
              ...(firstWordNames(b) ? [b.core[0] ?? ''] : []),
              ...(b.country && FAMILY_FIRST.has(b.country) ? [b.core[b.core.length - 1] ?? ''] : []),
            ];
            return names.some((n) => (exact ? n === word : near(n, word)));
          })
          .map((j) => union.find(j)),
      );
    let roots = candidates(true);
    if (roots.size === 0) roots = candidates(false);
    const [root] = roots;
    if (roots.size === 1 && root !== undefined) bareJoins.push([i, root]);
    else if (roots.size === 0) unjoined.push(i);
  }
  for (const [i, root] of bareJoins) join(i, root);
  // Bare spellings of a name no full record gives ("Zelensky", "Zelenskyy").
  for (const i of unjoined) {
    for (const j of unjoined) {
      const a = groups[i]!;
      const b = groups[j]!;
      if (
        i < j &&
        a.number === b.number &&
        compatible(a.country, b.country) &&
        near(a.core[0] ?? '', b.core[0] ?? '')
      ) {
        join(i, j);
      }
    }
  }
  // Build the people.
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const root = union.find(i);
    members.set(root, [...(members.get(root) ?? []), ...g.records]);
  });
  const people = [...members.values()].map((recs) => recs.sort((a, b) => a - b)).map((recs) => build(recs));
  function build(recs: number[]): Identity<T> & { sortKey: string } {
    const rs = recs.map((i) => records[i]!);
    const ps = recs.map((i) => parsed[i]!);
    const country = byFrequency(rs.map((r) => r.countryCode).filter((c): c is string => Boolean(c)))[0];
    const organisation = byFrequency(rs.map((r) => r.organisation).filter((o): o is string => Boolean(o)))[0];
    const fullSpellings = ps.filter((p) => p.core.length >= 2 || p.number).map((p) => p.written);
    const spellings = fullSpellings.length ? fullSpellings : ps.map((p) => p.written);
    const name = byFrequency(spellings, (a, b) => b.length - a.length || a.localeCompare(b))[0] ?? '';
    const { familyName, nameOrder } = familyOf(name, ps, country);
    const swapped =
      nameOrder === 'family-first' && name.includes(' ')
        ? [`${name.slice(name.indexOf(' ') + 1)} ${name.slice(0, name.indexOf(' '))}`]
        : [];
    const aliases = unique(
      [...ps.map((p) => p.written), ...rs.flatMap((r) => r.aliases ?? []), ...swapped].filter(
        (a) => a !== name,
      ),
    );
    const roleFolds = rs.map((r) => roleKey(r.role));
    const roleWritten = new Map<string, string>();
    for (const k of new Set(roleFolds)) {
      const variants = rs.filter((r) => roleKey(r.role) === k).map((r) => r.role.replace(/\s+/g, ' ').trim());
      roleWritten.set(
        k,
        byFrequency(
          variants,
          (a, b) => (b.includes('-') ? 1 : 0) - (a.includes('-') ? 1 : 0) || a.localeCompare(b),
        )[0] ?? k,
      );
    }
    const roles = byFrequency(roleFolds.filter(Boolean)).map((k) => roleWritten.get(k) ?? k);
    return {
      id: '',
      name,
      familyName,
      nameOrder,
      roles,
      ...(country ? { countryCode: country } : {}),
      ...(organisation ? { organisation } : {}),
      aliases,
      refs: rs.map((r) => r.ref),
      sortKey: [
        fold(name),
        country ?? '',
        organisation ?? '',
        [...new Set(ps.map((p) => p.key))].sort().join(','),
      ].join('\u0000'),
    };
  }
  // Stable, unique ids: the slug of the name; then with the country; then numbered.
  people.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  const taken = new Set<string>();
  return people.map(({ sortKey: _s, ...p }) => {
    const base = slug(p.name) || 'person';
    let id = base;
    if (taken.has(id) && p.countryCode) id = `${base}-${p.countryCode.toLowerCase()}`;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return { ...p, id };
  });
}

function roleKey(role: string): string {
  return fold(role).replace(/[-\s]+/g, ' ');
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? false : (seen.add(v), true)));
}

/**
 * The family name, from what the records show: a bare mention ("Abe" beside "Shinzo Abe") says
 * which word it is; otherwise the country's convention (family name first in JP, KR, KP, CN).
 */
function familyOf(
  name: string,
  spellings: Parsed[],
  country: string | undefined,
): { familyName: string; nameOrder: 'given-first' | 'family-first' } {
  const words = name.split(' ').filter((w) => !/^(?:[IVX]+|Jr\.?|Sr\.?|\d+(?:st|nd|rd|th))$/.test(w));
  const folded = words.map((w) => parse(w).words.join(''));
  const bare = new Set(spellings.filter((p) => p.core.length === 1 && !p.number).map((p) => p.core[0]));
  if (words.length <= 1 || spellings.some((p) => p.number && p.core.length === 1)) {
    return { familyName: words.join(' ') || name, nameOrder: 'given-first' };
  }
  const familyFirst = country !== undefined && FAMILY_FIRST.has(country);
  const arabic = spellings.some((p) => p.words.some((w) => w === 'bin' || w === 'al' || w === 'bint'));
  const firstSeen = bare.has(folded[0]);
  const lastIndex = words.length - 1;
  const lastSeen = bare.has(folded[lastIndex]);
  if (firstSeen && !lastSeen && !arabic) return { familyName: words[0] ?? name, nameOrder: 'family-first' };
  if (familyFirst && !lastSeen) return { familyName: words[0] ?? name, nameOrder: 'family-first' };
  // Given name first: the last word, with its particles ("de Gaulle", "Van der Bellen", "Al Nahyan").
  let start = lastIndex;
  while (
    start > 1 &&
    /^(?:al|el|Al|El|bin|de|De|del|van|Van|von|der|den|da|dos|la|le|di|Di)$/.test(words[start - 1] ?? '')
  ) {
    start--;
  }
  return { familyName: words.slice(start).join(' '), nameOrder: 'given-first' };
}
