import { addDays, dateRange, longDate, MONTHS } from '../../src/itinerary/calendar.js';
import { BRIEFERS, INTERVIEWERS, TOPICS } from './countries.js';
import { displayCountry, routeCountry } from './places.js';
import type { Official, PlannedStop, TripPlan } from './plan.js';
import type { Random } from './random.js';

interface Entry {
  date: string;
  title: string;
}

const phrase = (o: Official, full: boolean) =>
  [o.before, o.role, full ? o.name : o.short].filter(Boolean).join(' ') + o.after;

/** "A", "A and B", "A, B, and C" */
export const series = (items: readonly string[]) =>
  items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;

function dateSpan(from: string, to: string): string {
  const [y, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [, m2, d2] = to.split('-').map(Number) as [number, number, number];
  if (from === to) return longDate(from);
  if (m1 === m2) return `${MONTHS[m1 - 1]} ${d1}-${d2}, ${y}`;
  return `${MONTHS[m1 - 1]} ${d1}–${MONTHS[m2 - 1]} ${d2}, ${y}`;
}

function routeSentence(trip: TripPlan): string {
  const items = trip.stops.map((s) => {
    const country = routeCountry(s.city.code, trip.firstDay);
    return country ? `${s.city.city}, ${country}` : s.city.city;
  });
  const list = `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`;
  return `Secretary of State ${trip.secretary.full} traveled to ${list}, ${dateSpan(trip.firstDay, trip.lastDay)}.`;
}

function summary(random: Random, trip: TripPlan): string[] {
  const { surname } = trip.secretary;
  const country = (s: PlannedStop) => displayCountry(s.city.code, trip.firstDay);
  // Topics hold "and" themselves, so they are always listed with commas.
  const topics = (n: number) => {
    const picked = random.shuffle(TOPICS).slice(0, n);
    return picked.length === 1 ? picked[0]! : `${picked.slice(0, -1).join(', ')}, and ${picked.at(-1)}`;
  };
  const paragraphs = [routeSentence(trip)];
  const documented = trip.stops.filter((s) => s.kind === 'documented');
  for (const stop of documented) {
    const lead = random.chance(0.3) ? stop.city.city : country(stop);
    const names = series(stop.officials.map((o) => phrase(o, true)));
    let text = `In ${lead}, Secretary ${surname} met with ${names} to discuss ${topics(random.int(2, 3))}.`;
    if (stop.event) text += ` In ${stop.city.city}, the Secretary participated in the ${stop.event}.`;
    paragraphs.push(text);
  }
  if (documented.length >= 3 && random.chance(0.4)) {
    const group = random.shuffle(documented).slice(0, 3).map(country);
    paragraphs.push(`In ${series(group)}, the Secretary underscored the importance of ${topics(1)}.`);
  }
  for (const stop of trip.stops.filter((s) => s.kind === 'no-section' && random.chance(0.5))) {
    paragraphs.push(`In ${country(stop)}, the Secretary also discussed ${topics(2)}.`);
  }
  const last = trip.stops.at(-1)!;
  if (random.chance(0.3)) {
    paragraphs.push(
      `The Secretary will then travel to ${last.city.city} to meet with ${phrase(last.officials[0]!, true)} and discuss ${topics(2)}.`,
    );
  }
  return paragraphs;
}

function stopEntries(random: Random, trip: TripPlan, stop: PlannedStop): Entry[] {
  const { full, surname } = trip.secretary;
  const first = stop.days[0]!;
  const lastDay = stop.days.at(-1)!;
  const [lead] = stop.officials;
  if (!lead) return [];
  if (stop.kind === 'call-only')
    return [{ date: first, title: `Secretary ${full}’s Call with ${phrase(lead, false)}` }];
  if (stop.kind !== 'documented') return [];
  const on = (date: string, title: string) => ({ date, title });
  // Every planned day gets a document that proves presence, so the plan is what the ingest must find.
  const out = stop.officials.map((o, i) =>
    on(stop.days[i % stop.days.length]!, `Secretary ${surname}’s Meeting with ${phrase(o, false)}`),
  );
  for (const day of stop.days.slice(stop.officials.length))
    out.push(on(day, `Secretary ${full} Remarks to the Press`));
  if (random.chance(0.5))
    out.push(on(first, `Secretary ${full} And ${phrase(lead, true)} Before Their Meeting`));
  if (random.chance(0.45)) {
    const joint = random.chance(0.5);
    out.push(
      on(
        lastDay,
        joint
          ? `Secretary ${full} And ${phrase(lead, true)} At a Joint Press Availability`
          : `Secretary ${full} At a Press Availability`,
      ),
    );
  }
  if (random.chance(0.25)) out.push(on(lastDay, `Secretary ${full} Remarks to the Press`));
  if (random.chance(0.15)) {
    const other = random.pick(trip.stops.flatMap((s) => (s === stop ? [] : s.officials)));
    out.push(on(random.pick(stop.days), `Secretary ${full}’s Call with ${phrase(other, false)}`));
  }
  if (random.chance(0.15)) {
    const country = displayCountry(stop.city.code, trip.firstDay);
    out.push(on(lastDay, `Joint Statement on the ${country}-U.S. Strategic Dialogue`));
  }
  if (random.chance(0.1))
    out.push(on(random.pick(stop.days), `Secretary ${full} With ${random.pick(INTERVIEWERS)}`));
  if (stop.event) out.push(on(random.pick(stop.days), `Secretary ${full} at the ${stop.event}`));
  if (random.chance(0.05)) out.push(out[0]!);
  return out;
}

const newestFirst = (entries: Entry[]) => [...entries].sort((a, b) => b.date.localeCompare(a.date));

function tripPreview(random: Random, trip: TripPlan): Entry[] {
  const { full, surname } = trip.secretary;
  const cities = trip.stops.map((s) => s.city.city);
  const out = [
    { date: addDays(trip.firstDay, -1), title: `Secretary ${surname}’s Travel to ${series(cities)}` },
  ];
  if (random.chance(0.6)) {
    const briefer =
      surname === 'Blinken' ? BRIEFERS[trip.stops[0]!.city.region] : 'Senior State Department Officials';
    const countries = [...new Set(trip.stops.map((s) => displayCountry(s.city.code, trip.firstDay)))];
    out.push({
      date: addDays(trip.firstDay, -2),
      title: `${briefer} On the Secretary’s Upcoming Travel to ${series(countries)}`,
    });
  }
  if (random.chance(0.3))
    out.push({ date: addDays(trip.firstDay, -1), title: `Secretary ${full} Remarks to the Press` });
  return newestFirst(out);
}

/** The State Department trip page for a planned trip, in the format `npm run ingest` reads. */
export function renderPage(random: Random, trip: TripPlan): string {
  const lines = ['Summary'];
  for (const paragraph of summary(random, trip)) lines.push('-', paragraph);
  for (const stop of [...trip.stops].reverse()) {
    if (stop.kind === 'no-section') continue;
    lines.push(
      stop.city.city,
      ...newestFirst(stopEntries(random, trip, stop)).map((e) => `- ${longDate(e.date)} ${e.title}`),
    );
  }
  const schedule = dateRange(trip.firstDay, trip.lastDay).map((d) => ({
    date: addDays(d, -1),
    title: `Public Schedule – ${longDate(d)}`,
  }));
  lines.push('Public Schedule', ...newestFirst(schedule).map((e) => `- ${longDate(e.date)} ${e.title}`));
  lines.push('Trip Preview', ...tripPreview(random, trip).map((e) => `- ${longDate(e.date)} ${e.title}`));
  return lines.join('\n') + (random.chance(0.2) ? '' : '\n');
}
