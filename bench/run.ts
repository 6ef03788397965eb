/**
 * npm run bench   (after npm run bench:data)
 *
 * Measures every answer path against its budget and, where there is one, a baseline run
 * side by side in this process: commands and autocomplete (tinybench), person search vs
 * bare fuse.js, route map vs bare resvg, calendar feed vs bare ical-generator, cold
 * start-up and memory (fresh processes), Slack and Discord end to end
 * on loopback fakes vs bare SDK handlers. Prints a table with PASS/FAIL per budget and
 * writes bench/results.json. Exits 0 even when a budget fails: it is a report.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTrips } from '../src/itinerary/loader.js';
import { Library } from '../src/query/library.js';
import { checkBudgets } from './lib/budgets.js';
import { REAL_INPUTS, archiveInputs, type Inputs } from './lib/inputs.js';
import { machine } from './lib/machine.js';
import { printResults, writeResults, type Row, type Scale } from './lib/report.js';
import { benchCommands } from './suites/commands.js';
import { benchDiscord } from './suites/discord.js';
import { benchFuzzy } from './suites/fuzzy.js';
import { benchSlack } from './suites/slack.js';
import { benchStartup } from './suites/startup.js';
import { benchFeed, benchMap } from './suites/render.js';

const REAL_DIR = join('data', 'trips');
const ARCHIVE_DIR = join('bench', 'data', 'trips');
const RESULTS = join('bench', 'results.json');
const END_TO_END_RUNS = 300;

if (!existsSync(ARCHIVE_DIR)) {
  console.error(`bench: no archive in ${ARCHIVE_DIR}: run npm run bench:data first`);
  process.exit(1);
}

const started = performance.now();
const step = (text: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1).padStart(5)} s] ${text}`);
const info = machine();
console.log(
  `tripbot bench on ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, load ${info.loadAverage}`,
);

const rows: Row[] = [];
step('start-up: cold runs in fresh processes');
rows.push(benchStartup([REAL_DIR], 'real trip', 5));
rows.push(benchStartup([ARCHIVE_DIR, REAL_DIR], 'archive', 3));

const real = new Library(readTrips(REAL_DIR));
const archive = new Library([...readTrips(ARCHIVE_DIR), ...readTrips(REAL_DIR)]);
const scales: [Scale, Library, Inputs][] = [
  ['real trip', real, REAL_INPUTS],
  ['archive', archive, archiveInputs(archive)],
];

for (const [scale, library, inputs] of scales) {
  step(
    `commands and autocomplete, ${scale} (${library.trips.length} trips, ${library.people.length} people)`,
  );
  rows.push(...(await benchCommands(library, inputs, scale)));
  step(`person search vs bare fuse.js, ${scale}`);
  rows.push(...(await benchFuzzy(library, inputs.who, scale)));
  step(`route map vs bare resvg, calendar feed vs bare ical-generator, ${scale}`);
  rows.push(...(await benchMap(library, scale)), ...(await benchFeed(library, scale)));
}

/** What people ask in chat, one of each command in turn. */
const questions = (inputs: Inputs) =>
  (['where', 'who', 'when', 'what', 'day', 'search'] as const).flatMap((c) =>
    inputs[c].slice(0, 4).map((input) => `${c} ${input}`),
  );
for (const [scale, library, inputs] of scales) {
  step(`Slack end to end vs bare Bolt, ${scale}`);
  rows.push(...(await benchSlack(library, questions(inputs), scale, END_TO_END_RUNS)));
  step(`Discord end to end vs bare discord.js, ${scale}`);
  rows.push(...(await benchDiscord(library, questions(inputs), scale, END_TO_END_RUNS)));
}

const budgets = checkBudgets(rows);
printResults(rows, budgets);
writeResults(RESULTS, {
  date: new Date().toISOString(),
  command: 'npm run bench:data && npm run bench',
  machine: info,
  archive: {
    dir: ARCHIVE_DIR,
    trips: archive.trips.length,
    stops: archive.trips.reduce((n, t) => n + t.itinerary.stops.length, 0),
    documents: archive.trips.reduce((n, t) => n + t.itinerary.documents.length, 0),
    people: archive.people.length,
  },
  rows,
  budgets,
});
step(`wrote ${RESULTS}`);
