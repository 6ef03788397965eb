/**
 * The people a Historian travel record's `<remarks>` names ("Met with President Yoon Suk Yeol,
 * Foreign Minister Park Jin, and ..."): an office followed by a personal name. Pure; no I/O.
 * Precision over recall: a phrase without a personal name ("the Foreign Minister", "regional
 * partners", "the Israeli War Cabinet") yields nothing.
 */
import { DEMONYMS, countryCodeOf } from '../../places.js';
import { ROLES, ROLE_ABBREVIATIONS, US_ROLES, shortenOrganisations, type Mention } from '../people.js';

export interface RemarksContext {
  /** The record's country as the Historian writes it ("Korea, Republic of"). */
  country: string;
  /** Its ISO code, when the caller knows it; otherwise looked up from `country`. */
  countryCode?: string;
}

/** Demonyms the Historian uses beyond the page's table (historical states, two-word forms). */
const MORE_DEMONYMS: Record<string, string> = {
  Soviet: 'SU',
  'West German': 'DE',
  'East German': 'DD',
  'Saudi Arabian': 'SA',
  'South Korean': 'KR',
  'North Korean': 'KP',
  'South Vietnamese': 'VN',
  'North Vietnamese': 'VN',
  Yugoslav: 'YU',
  Czechoslovak: 'CS',
  Kazakhstani: 'KZ',
  Kosovar: 'XK',
  Macedonian: 'MK',
  Burundian: 'BI',
  Lao: 'LA',
  Laotian: 'LA',
  Ivorian: 'CI',
  Somali: 'SO',
  Somalian: 'SO',
  Liberian: 'LR',
  Salvadoran: 'SV',
  Nicaraguan: 'NI',
  Iranian: 'IR',
  Persian: 'IR',
  Sudanese: 'SD',
  Tibetan: 'CN',
  Greenlandic: 'GL',
  Faroese: 'FO',
  Bruneian: 'BN',
  Maldivian: 'MV',
  Mauritian: 'MU',
  Gabonese: 'GA',
  Togolese: 'TG',
  Beninese: 'BJ',
  Malawian: 'MW',
  Djiboutian: 'DJ',
  Chadian: 'TD',
  Cameroonian: 'CM',
  Nigerien: 'NE',
  Guinean: 'GN',
  Surinamese: 'SR',
  Guyanese: 'GY',
  Barbadian: 'BB',
  Bahamian: 'BS',
  Grenadian: 'GD',
  Samoan: 'WS',
  Tongan: 'TO',
  Palauan: 'PW',
  'Sierra Leonean': 'SL',
  Eritrean: 'ER',
  Macanese: 'MO',
  Vatican: 'VA',
  'Holy See': 'VA',
  Ukrainian: 'UA',
  Emirati: 'AE',
};
/**
 * Country names the ISO list lacks, as the remarks and the Historian's records write them
 * ("President Assad of Syria", a record in "U.S.S.R."). Only a fallback: the caller's code wins.
 */
const COUNTRY_NAMES: Record<string, string> = {
  Syria: 'SY',
  Laos: 'LA',
  Moldova: 'MD',
  Burma: 'MM',
  'Burma (Myanmar)': 'MM',
  Macedonia: 'MK',
  'Macedonia, Former Yugoslav Republic of': 'MK',
  Czechoslovakia: 'CS',
  Yugoslavia: 'YU',
  'Soviet Union': 'SU',
  'U.S.S.R.': 'SU',
  Vatican: 'VA',
  'Vatican City': 'VA',
  'Holy See': 'VA',
  Brunei: 'BN',
  Zaire: 'CD',
  'Congo, Democratic Republic of': 'CD',
  Micronesia: 'FM',
  'Micronesia, Federated States of': 'FM',
  Bosnia: 'BA',
  'Bosnia-Herzegovina': 'BA',
  Swaziland: 'SZ',
  'East Timor': 'TL',
  'Timor Leste': 'TL',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  'Federal Republic of Germany': 'DE',
  'Germany, Federal Republic of': 'DE',
  'West Germany': 'DE',
  'German Democratic Republic': 'DD',
  'East Germany': 'DD',
  Ceylon: 'LK',
  Rhodesia: 'ZW',
  'Southern Rhodesia (Zimbabwe)': 'ZW',
  'Palestinian Authority': 'PS',
  'Korea, South': 'KR',
  'Korea, North': 'KP',
  'Republic of China': 'TW',
  'China, People’s Republic of': 'CN',
  Byelorussia: 'BY',
  Kirghizia: 'KG',
  'Kyrgyz Republic': 'KG',
  'St. Lucia': 'LC',
  'Western Samoa': 'WS',
  'Serbia and Montenegro': 'RS',
  'Serbia-Montenegro (Kosovo)': 'XK',
  'Yugoslavia (Kosovo)': 'XK',
  'Netherlands Antilles': 'AN',
};

function codeOfCountry(name: string): string | undefined {
  const bare = name.replace(/^the\s+/i, '');
  return COUNTRY_NAMES[bare] ?? countryCodeOf(bare);
}

/** Country abbreviations that qualify an office ("UAE Foreign Minister", "UK Foreign Secretary"). */
const COUNTRY_ABBREVIATIONS: Record<string, string> = {
  'U.S.': 'US',
  US: 'US',
  USA: 'US',
  UK: 'GB',
  'U.K.': 'GB',
  UAE: 'AE',
  ROK: 'KR',
  DPRK: 'KP',
  PRC: 'CN',
  USSR: 'SU',
  'U.S.S.R.': 'SU',
  FRG: 'DE',
  GDR: 'DD',
};
/** Organisations whose officials belong to a country. */
const ORGANISATION_COUNTRY: Record<string, string> = { PLO: 'PS', 'Palestinian Authority': 'PS', PA: 'PS' };
/** Last words of an organisation's name ("African Union Commission", "Syrian Opposition Coalition"). */
const ORGANISATION_HEAD =
  /^(?:Authority|Union|Commission|Council|League|Coalition|Party|Organization|Organisation|Agency|Community|Front|Movement|Group|Bank|Fund|Nations|Government|Forum|Alliance|Federation|Assembly|Court|Tribunal|Committee|Congress|Parliament|Representatives|Bureau|Secretariat|Quartet|Cooperation)$/;
const DEMONYM_CODE: Record<string, string> = { ...MORE_DEMONYMS, ...DEMONYMS };

/** U.S. cabinet departments: "Secretary of Defense X" is a U.S. official wherever the record is. */
const US_DEPARTMENTS =
  'Defense|State|the Treasury|Commerce|Homeland Security|Energy|Agriculture|Labor|the Interior|Transportation|Education|Health and Human Services|Veterans Affairs|Housing and Urban Development|War|the Navy|the Army|the Air Force';
/** Presidents and vice presidents of the United States since 1866, by family name. */
const US_PRESIDENTS = new Set(
  'Washington Adams Jefferson Madison Monroe Jackson Lincoln Johnson Grant Hayes Garfield Cleveland Harrison McKinley Roosevelt Taft Wilson Harding Coolidge Hoover Truman Eisenhower Kennedy Nixon Ford Carter Reagan Bush Clinton Obama Trump Biden'.split(
    ' ',
  ),
);
const US_VICE_PRESIDENTS = new Set(
  'Colfax Wheeler Hendricks Morton Stevenson Hobart Fairbanks Sherman Marshall Dawes Curtis Garner Wallace Barkley Humphrey Agnew Rockefeller Mondale Quayle Gore Cheney Pence Harris Vance Nixon Johnson Bush Biden'.split(
    ' ',
  ),
);

/** Complements that make an office ("Minister of Foreign Affairs and Expatriates"). */
const AFFAIRS =
  '(?:Foreign|External) Affairs(?: and (?:International Cooperation|Expatriates|Trade|Cooperation|European Affairs|Emigrants|Worship|Francophonie|Africans Abroad|International Trade))?';
const PORTFOLIO = `(?:${AFFAIRS}|National Defen[cs]e|Defen[cs]e|Finance|the Interior|Interior|Home Affairs|Economy|Trade|Foreign Trade|Justice|Energy|Planning|Information|Petroleum|Oil|Economic Affairs|Public Security|State Security|Internal Affairs|Home Affairs|Foreign Economic Relations|International Trade|Commerce|Industry|Health|Education|Culture|Tourism|Agriculture|Labou?r|Transport|Environment|Development|State)`;
const BODY =
  '(?:the )?(?:[A-Z][a-z]+ ){0,3}(?:Council|Commission|Committee|Assembly|Senate|House|Knesset|Parliament|Joint Chiefs of Staff|Presidency|Presidium|Cabinet|Congress|Duma|Sejm|Bundestag|Politburo|Central Committee)';

/** What a special envoy is for ("UN Special Envoy for Syria Geir Pederson"). */
const MISSIONS =
  'Syria|Yemen|Libya|Afghanistan|Afghanistan and Pakistan|Iraq|Iran|Sudan|South Sudan|Kosovo|Lebanon|Somalia|Haiti|Climate|the Middle East|Middle East Peace|Venezuela|Ukraine|North Korea|Burma|Myanmar|the Great Lakes|Western Sahara|Cyprus|Bosnia|the Horn of Africa|the Sahel';

/** Offices the remarks use, beyond the trip page's table; longest match wins. */
const MORE_ROLES = [
  `Secretary of (?:${US_DEPARTMENTS})(?! for)`,
  'Secretary of State for Foreign(?: and Commonwealth)? Affairs',
  `(?:Cabinet )?Secretary (?:of|for) ${AFFAIRS}`,
  'Secretary of National Defen[cs]e',
  `Minister (?:of|for) ${PORTFOLIO}`,
  `(?:Senior |Chief |First |Second )?(?:Foreign|Defen[cs]e|Finance|Interior|Home|Trade|Economy|Justice|Energy|Oil|Petroleum|Information) Minister`,
  'Minister of State',
  'Minister-President',
  'Senior Minister',
  'Chief Minister',
  'First Minister',
  'Deputy First Minister',
  '(?:First |Second )?Deputy Prime Minister',
  'Alternate Prime Minister',
  'Acting Prime Minister',
  'Vice Premier',
  'Premier',
  'Vice Chancellor',
  'Chancellor',
  'President-elect',
  'Acting President',
  'First President',
  `(?:Chairman|Chairwoman|Chairperson|Chair|Speaker|President|Vice President|Secretary) of ${BODY}`,
  'General Secretary',
  'First Secretary',
  'Foreign Secretary',
  'Defen[cs]e Secretary',
  'Home Secretary',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Speaker',
  'Queen',
  'Emperor',
  'Empress',
  'Deputy Crown Prince',
  'Prince',
  'Princess',
  'Heir Apparent',
  'Grand Duke',
  'Grand Duchess',
  'Sultan',
  'Amir',
  'Shah',
  'Pope',
  '(?:Ecumenical )?Patriarch',
  'Generalissimo',
  'Field Marshal',
  'Marshal',
  'General',
  'Governor[- ]General',
  'Governor',
  'Lord Mayor',
  'Mayor',
  'Chief Executive',
  'Chief Justice',
  'Chief of (?:the )?(?:Army|Defen[cs]e|General|Naval|Air) Staff',
  'Chief of Staff',
  'State Councilor',
  'State Counselor',
  'Royal Counselor',
  'High Representative(?: for Foreign Affairs and Security Policy)?',
  'Quartet Representative',
  `Special (?:Envoy|Representative)(?: for (?:${MISSIONS}))?`,
  'Director[- ]General',
  'High Commissioner',
  'Commissioner',
  'Supreme Leader',
  'Taoiseach',
  '[Oo]pposition [Ll]eader',
  '[Cc]hief [Nn]egotiator',
  'External Affairs Secretary',
  'Secretary for Relations with States',
  '(?:Secretary|Minister) of Foreign Relations',
  'Cardinal',
  'Archbishop',
  'Comandante',
  'Prime M(?:Inister|inster)',
];
/** Offices that belong to an international body, never to the record's country. */
const INTERNATIONAL_ROLES =
  /^(?:Secretary[- ]General|High Representative|Quartet Representative|Special (?:Envoy|Representative)|Director[- ]General|High Commissioner|Commissioner)/;

const ROLE_SOURCE = [...ROLES, ...MORE_ROLES].sort((a, b) => b.length - a.length).join('|');
/** One office, or several joined ("Crown Prince and Prime Minister", "Vice President-Foreign Minister"). */
const ROLE = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${ROLE_SOURCE})((?:(?:\\s+and\\s+|\\s*[/-]\\s*)(?:${ROLE_SOURCE}))*(?:-elect|-designate)?)(s)?(?![\\p{L}\\p{N}’'])`,
  'gu',
);
const ROLE_EXACT = new RegExp(`^(?:${ROLE_SOURCE})$`, 'u');
const ROLE_START = new RegExp(`^(?:${ROLE_SOURCE})(?![\\p{L}])`, 'u');

const PARTICLES = new Set([
  'de',
  'du',
  'da',
  'das',
  'dos',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'la',
  'le',
  'bin',
  'ibn',
  'binti',
  'bint',
  'al',
  'el',
  'as',
  'y',
]);
/** Honorifics before a name, never part of it ("His Majesty", "Dr.", "Sheikh"). */
const HONORIFIC =
  /^(?:(?:His|Her) (?:Majesty|Holiness|Royal Highness|Highness|Excellency|Beatitude|All Holiness) |Dr\.? |Mr\.? |Mrs\.? |Ms\.? |Madame |Gen\. |General |Field Marshal |Marshal |Admiral |Ambassador |Cardinal |Archbishop |Dato’ Sri |Dato' Sri |Datuk Seri |Tan Sri |Dato’ |Dato' |Tun |Daw |Sheikha? |Shaikh |Prince |Princess |Lord |Lady |Sir |Dame )+/u;
/** Honorifics kept when only one word would remain ("Lord Carrington", "Prince Saud", "Sheikh Hasina"). */
const KEPT_HONORIFIC = /^(?:Sheikha?|Shaikh|Prince|Princess|Lord|Lady|Sir|Dame) /;
/** Words that show the capitalised phrase after an office is not a person ("President Kennedy Center"). */
const NOT_A_NAME = new RegExp(
  `^(?:Meetings?|Summits?|Conference|Council|Committee|Commission|Forum|Dialogue|Group|Sessions?|Ministerial|Treaty|Agreement|Talks|Cabinet|Government|Officials|Leaders|Delegation|Office|Palace|Center|Centre|Memorial|Library|University|Airport|Base|Assembly|Bridge|School|College|Institute|Foundation|Prize|Award|Museum|Hospital|Cemetery|Causeway|Administration|Mosque|Church|Cathedral|Square|Street|Avenue|Stadium|Program|Programme|Initiative|Plan|Act|Accords?|Declaration|Process|Party|Ministry|Ministers?|Presidents?|Secretary|Union|Republic|Kingdom|Organization|Affairs|State|States|Nations|Agency|Army|Navy|Forces?|Embassy|Consulate|Visit|Trip|Tour|Address|Speech|Inauguration|Ceremony|Celebration|Anniversary|Dinner|Luncheon|Reception|Coalition|Authority|Envoy|Representatives?|Parliament|Congress|Senate|House|Court|Staff|Chiefs|Heads|Members|Team|Security|Information|Federal|The|A|An|His|Her|Their|${[
    ...Object.keys(DEMONYM_CODE),
  ]
    .filter((d) => !d.includes(' '))
    .join('|')})$`,
  'u',
);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Offices that are also family names after a given name ("Mackenzie King", "Zahir Shah"). */
const NAME_LIKE_ROLE = /^(?:King|Shah|Prince|Emir|Amir|Sultan|Marshal|General|Speaker|Governor|Mayor|Pope)$/;
const ROMAN = /^(?:[IVX]+|\d+(?:st|nd|rd|th))$/;
const SUFFIX = /^(?:Jr|Sr)\.?$/;
/** A word with a period that does not end the sentence. */
const DOTTED = /^(?:\p{Lu}\.)+$|^(?:Jr|Sr|Dr|Mr|Mrs|Ms|Gen|St)\.$/u;
/** Contexts in which a named person is not met: a funeral, a grave, a memorial. */
const NOT_MET =
  /\b(?:funeral|funerals|memorial|memorials|grave|tomb|burial|passing|death|mausoleum|assassination|statue|bust|portrait|monument)(?:\s+(?:services?|ceremon(?:y|ies)))?\s+(?:of|for|to|on)\s+(?:the\s+)?$|\b(?:the\s+)?late\s+$/i;
const MODIFIER =
  /(?:^|\s)(former|Former|acting|Acting|interim|Interim|then|Caretaker|caretaker|outgoing|incoming)\s+$/;

function recordCode(context: RemarksContext): string | undefined {
  return context.countryCode ?? codeOfCountry(context.country);
}

/** A country or organisation written before an office: "Soviet", "Palestinian Authority", "Jordan’s". */
interface Qualifier {
  text: string;
  countryCode?: string;
  organisation?: string;
}

function countryOfPhrase(phrase: string): string | undefined {
  const bare = phrase.replace(/[’']s$/, '');
  return (
    DEMONYM_CODE[bare] ??
    COUNTRY_ABBREVIATIONS[bare] ??
    (/^[A-Z]/.test(bare) && !/^(?:Holy|Republic|Union|The)$/.test(bare) ? codeOfCountry(bare) : undefined)
  );
}

function readQualifier(words: string[]): Qualifier | undefined {
  const phrase = words.join(' ');
  if (!phrase) return undefined;
  if (ORGANISATION_COUNTRY[phrase])
    return { text: phrase, organisation: phrase, countryCode: ORGANISATION_COUNTRY[phrase] };
  const code = countryOfPhrase(phrase);
  if (code) return { text: phrase, countryCode: code };
  if (words.length === 1 && /^[A-Z][A-Z0-9&]{1,7}$/.test(phrase))
    return { text: phrase, organisation: phrase };
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  if (words.length > 1 && ORGANISATION_HEAD.test(last) && /^[A-Z]/.test(first)) {
    const firstCode = DEMONYM_CODE[first];
    return { text: phrase, organisation: phrase, ...(firstCode ? { countryCode: firstCode } : {}) };
  }
  return undefined;
}

/** The longest qualifier that ends right before the office. */
function qualifierBefore(before: string): Qualifier | undefined {
  const run = /((?:(?:[\p{Lu}][\p{L}\p{M}.’'&-]*|of|the|for)\s+){1,6})$/u.exec(before);
  if (!run?.[1]) return undefined;
  const all = run[1].trim().split(/\s+/);
  let from = 0;
  all.forEach((w, i) => {
    if (ROMAN.test(w) || ROLE_EXACT.test(w) || /^(?:Met|With|Also|And)$/.test(w)) from = i + 1;
  });
  const words = all.slice(from);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i);
    if (/^(?:of|the|for)$/.test(tail[0] ?? '')) continue;
    const q = readQualifier(tail);
    if (q) return q;
  }
  return undefined;
}

interface ParsedName {
  name: string;
  honorific?: string;
  end: number;
  possessive: boolean;
}

/** Reads a personal name starting at `from` (after the office); undefined if there is none. */
function readName(text: string, from: number): ParsedName | undefined {
  const token = /\s+([^\s,;:()"“”]+)/y;
  const words: string[] = [];
  let end = from;
  let possessive = false;
  token.lastIndex = from;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    let word = m[1] ?? '';
    const next = /^\s+([^\s,;:()]+)/.exec(text.slice(token.lastIndex))?.[1] ?? '';
    let stop = false;
    if (/[’']s$/.test(word) && /^\p{Lu}/u.test(word)) {
      word = word.slice(0, -2);
      possessive = true;
      stop = true;
    } else if (word.endsWith('.') && (!DOTTED.test(word) || (/^[IVX]\.$/.test(word) && words.length > 0))) {
      word = word.slice(0, -1);
      stop = true;
    }
    const capital = /^\p{Lu}/u.test(word) || /^(?:al-|el-|as-|d[’'])\p{Lu}/u.test(word);
    const particle = PARTICLES.has(word) && (/^\p{Lu}|^(?:al-|el-)/u.test(next) || PARTICLES.has(next));
    if (!capital && !particle) break;
    if (word === 'And' || word === 'With' || (MONTH.test(word) && /^\d/.test(next))) break;
    words.push(word);
    end = token.lastIndex - (m[1]?.length ?? 0) + word.length;
    if (stop) break;
  }
  while (words.length && PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
  if (!words.length) return undefined;
  // "Ferdinand Marcos, Jr.": the generation after a comma belongs to the name.
  const generation = possessive ? null : /^,\s*((?:Jr|Sr)\.?)(?=[\s,;)]|$)/.exec(text.slice(end));
  if (generation?.[1]) {
    words.push(generation[1].endsWith('.') ? generation[1] : `${generation[1]}.`);
    end += generation[0].length;
  }
  let name = words.join(' ');
  const honorific = HONORIFIC.exec(`${name} `)?.[0];
  if (honorific) {
    const rest = name.slice(honorific.length).trim();
    const kept = KEPT_HONORIFIC.exec(honorific);
    if (!rest) return undefined;
    name = kept && !rest.includes(' ') ? `${kept[0]}${rest}` : rest;
  }
  const tokens = name.replace(KEPT_HONORIFIC, '').split(' ');
  if (tokens.some((t, i) => NOT_A_NAME.test(t) || (ROLE_EXACT.test(t) && !(i > 0 && NAME_LIKE_ROLE.test(t)))))
    return undefined;
  const substantial = tokens.filter(
    (t) => !ROMAN.test(t) && !SUFFIX.test(t) && !PARTICLES.has(t) && !/^\p{Lu}\.$/u.test(t),
  );
  if (!substantial.length || substantial.every((t) => /^[A-Z0-9&.-]+$/.test(t) && t.length > 1 && t !== 'U'))
    return undefined;
  if (substantial.some((t) => /^\p{Lu}{2,}$/u.test(t) && !/^(?:[IVX]+)$/.test(t) && t.length > 3))
    return undefined;
  return { name, end, possessive, ...(honorific ? { honorific: honorific.trim() } : {}) };
}

/** "of Ukraine", "of the United Kingdom": the country a name is qualified with after it. */
function countryAfter(text: string, from: number): { code: string; end: number } | undefined {
  const m = /^\s+of\s+((?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*)(?:\s+(?:[\p{Lu}][\p{L}.’'-]*|of|and|the))*)/u.exec(
    text.slice(from),
  );
  if (!m?.[1]) return undefined;
  const words = m[1].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/[.,]$/, '');
    if (/\s(?:of|and|the)$/.test(phrase)) continue;
    const code = codeOfCountry(phrase);
    if (code) {
      const offset = m[0].indexOf(words[0] ?? '') + phrase.length;
      return { code, end: from + offset };
    }
  }
  return undefined;
}

function isUsOfficial(core: string, name: string, qualified: boolean): boolean {
  if (qualified) return false;
  if (US_ROLES.test(core) || new RegExp(`^Secretary of (?:${US_DEPARTMENTS})$`).test(core)) return true;
  if (core === 'Ambassador') return true;
  const family = name.split(' ').filter((w) => !ROMAN.test(w) && !SUFFIX.test(w) && !/^\p{Lu}\.$/u.test(w));
  const last = family[family.length - 1] ?? '';
  if (family.length > 3) return false;
  if (/^(?:President|General)$/.test(core)) return US_PRESIDENTS.has(last);
  if (/^Vice President$/.test(core)) return US_VICE_PRESIDENTS.has(last);
  return false;
}

/** Writes an office out: abbreviations expanded, whitespace folded, plural made singular. */
function writeRole(role: string): string {
  const clean = role
    .replace(/\s+/g, ' ')
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/Prime M(?:Inister|inster)/, 'Prime Minister');
  return ROLE_ABBREVIATIONS[clean] ?? clean;
}

/** People met, as named in one record's remarks, with their offices and countries. */
/** Offices whose unqualified holder cannot be told apart when a record names two of them. */
const LEADER_ROLE =
  /^(?:President|Prime Minister|Chancellor|Premier|King|Queen|Foreign Minister|Foreign Secretary)$/;
/** Countries with a Secretary of State of their own (the Holy See; Cuba until 1940). */
const OWN_SECRETARY_OF_STATE = new Set(['VA', 'CU']);
/** Countries whose head of government is a Chancellor. */
const CHANCELLOR_COUNTRIES = new Set(['DE', 'AT', 'DD']);

interface Found extends Mention {
  /** The country came from the record, not from the phrase. */
  defaulted: boolean;
  core: string;
}

/** People met, as named in one record's remarks, with their offices and countries. */
export function mentionsInRemarks(remarks: string, context: RemarksContext): Mention[] {
  const text = shortenOrganisations(remarks.replace(/\s+/g, ' ').trim());
  const here = recordCode(context);
  const found: Found[] = [];
  const role = new RegExp(ROLE.source, ROLE.flags);
  for (let m = role.exec(text); m; m = role.exec(text)) {
    const plural = m[3] === 's';
    let before = text.slice(0, m.index);
    const inner = MODIFIER.exec(before)?.[1];
    if (inner) before = before.slice(0, before.length - inner.length - 1);
    const qualifier = qualifierBefore(before);
    if (qualifier) before = before.slice(0, Math.max(0, before.length - qualifier.text.length - 1));
    const outer = MODIFIER.exec(` ${before}`)?.[1];
    if (outer) before = before.slice(0, Math.max(0, before.length - outer.length - 1));
    const modifier = outer ?? inner;
    const notMet = NOT_MET.test(before) || /\bto the\s+$/.test(before);
    const core = writeRole(`${m[1] ?? ''}${m[2] ?? ''}`);
    const written = modifier ? `${modifier} ${core}` : core;
    let cursor = role.lastIndex;
    const names: { name: string; cleric: boolean; code?: string }[] = [];
    for (;;) {
      const parsed = readName(text, cursor);
      if (!parsed) break;
      cursor = parsed.end;
      const after = countryAfter(text, cursor);
      if (after) cursor = after.end;
      if (!parsed.possessive) {
        names.push({
          name: parsed.name,
          cleric: /Cardinal|Archbishop/.test(parsed.honorific ?? ''),
          ...(after ? { code: after.code } : {}),
        });
      }
      if (!plural || parsed.possessive) break;
      const sep = /^(?:,\s*(?:and\s+)?|\s+and\s+)/.exec(text.slice(cursor));
      if (!sep || ROLE_START.test(text.slice(cursor + sep[0].length))) break;
      if (!readName(text, cursor + sep[0].length - 1)) break;
      cursor += sep[0].length - 1;
    }
    role.lastIndex = Math.max(cursor, role.lastIndex);
    if (notMet) continue;
    for (const { name, cleric, code } of names) {
      let countryCode = code ?? qualifier?.countryCode;
      let defaulted = false;
      if (!countryCode) {
        if (
          !cleric &&
          !(here && OWN_SECRETARY_OF_STATE.has(here) && core === 'Secretary of State') &&
          isUsOfficial(core, name, qualifier !== undefined)
        )
          countryCode = 'US';
        else if (qualifier?.organisation || INTERNATIONAL_ROLES.test(core)) countryCode = undefined;
        else if (core === 'Pope') countryCode = 'VA';
        else if (core === 'Chancellor' && here && !CHANCELLOR_COUNTRIES.has(here)) countryCode = undefined;
        else {
          countryCode = here;
          defaulted = true;
        }
      }
      const organisation = qualifier?.organisation;
      found.push({
        name,
        role: written,
        core,
        defaulted,
        ...(countryCode ? { countryCode } : {}),
        ...(organisation ? { organisation } : {}),
      });
    }
  }
  return tidy(found);
}

function words(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 1);
}

function within(short: string, long: string): boolean {
  const a = words(short);
  const b = new Set(words(long));
  return a.length > 0 && a.every((w) => b.has(w));
}

/**
 * One mention per person per record (the fullest); and no guessed country for an office the
 * record names twice ("Prime Minister Draghi ... Prime Minister Boris Johnson" at a summit).
 */
function tidy(found: Found[]): Mention[] {
  const kept = found.filter(
    (f, i) =>
      !found.some(
        (g, j) =>
          j !== i &&
          g.countryCode === f.countryCode &&
          g.role === f.role &&
          within(f.name, g.name) &&
          (words(g.name).length > words(f.name).length || (j < i && g.name === f.name && g.role === f.role)),
      ),
  );
  return kept.map((f) => {
    const clash =
      f.defaulted &&
      LEADER_ROLE.test(f.core) &&
      kept.some(
        (g) =>
          g !== f && g.defaulted && g.role === f.role && !within(g.name, f.name) && !within(f.name, g.name),
      );
    return {
      name: f.name,
      role: f.role,
      ...(f.countryCode && !clash ? { countryCode: f.countryCode } : {}),
      ...(f.organisation ? { organisation: f.organisation } : {}),
    };
  });
}
