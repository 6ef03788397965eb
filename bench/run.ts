/**
 * npm run bench   (after npm run bench:data)
 *
 * Measures every answer path against its budget and, where there is one, a baseline run
 * side by side in this process: commands and autocomplete (tinybench), person search vs
 * bare fuse.js, cold start-up and memory (fresh processes), Slack and Discord end to end
 * on loopback fakes vs bare SDK handlers. Prints a table with PASS/FAIL per budget and
 * writes bench/results.json. Exits 0 even when a budget fails: it is a report.
 * Production rows too: digest fan-out to 1,000 channels on 3 replicas (PostgreSQL from
 * TEST_DATABASE_URL, else a throwaway cluster) and Slack answers per second at saturation
 * beside a bare Bolt app. `npm run bench -- --only=replicas` runs those alone (no archive).
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
import { benchFanOut, benchSaturation } from './suites/replicas.js';

const REAL_DIR = join('data', 'trips');
const ARCHIVE_DIR = join('bench', 'data', 'trips');
const RESULTS = join('bench', 'results.json');
const END_TO_END_RUNS = 300;

const onlyReplicas = process.argv.includes('--only=replicas');
if (!onlyReplicas && !existsSync(ARCHIVE_DIR)) {
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
if (onlyReplicas) {
  step('digest fan-out: 1,000 channels, 3 npm start replicas, one PostgreSQL');
  rows.push(...(await benchFanOut(1000, 3)));
  step('Slack answers per second at saturation vs bare Bolt');
  const real = new Library(readTrips(REAL_DIR));
  rows.push(...(await benchSaturation(real, questions(REAL_INPUTS))));
  printResults(rows, checkBudgets(rows));
  process.exit(0);
}
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
}

/** What people ask in chat, one of each command in turn. */
function questions(inputs: Inputs): string[] {
  return (['where', 'who', 'when', 'what', 'day', 'search'] as const).flatMap((c) =>
    inputs[c].slice(0, 4).map((input) => `${c} ${input}`),
  );
}
for (const [scale, library, inputs] of scales) {
  step(`Slack end to end vs bare Bolt, ${scale}`);
  rows.push(...(await benchSlack(library, questions(inputs), scale, END_TO_END_RUNS)));
  step(`Discord end to end vs bare discord.js, ${scale}`);
  rows.push(...(await benchDiscord(library, questions(inputs), scale, END_TO_END_RUNS)));
}

step('digest fan-out: 1,000 channels, 3 npm start replicas, one PostgreSQL');
rows.push(...(await benchFanOut(1000, 3)));
step('Slack answers per second at saturation vs bare Bolt');
rows.push(...(await benchSaturation(real, questions(REAL_INPUTS))));

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
