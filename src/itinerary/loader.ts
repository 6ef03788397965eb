import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Itinerary, LibraryManifest, LibraryVolume, Traveler } from './schema.js';

/**
 * `npm run ingest` writes SHA256SUMS (in sha256sum's own format, paths relative to the
 * library folder) beside the library files it has just validated. A file whose bytes still
 * hash to its line there is that validated file and is read as is; any other file (edited by
 * hand, a TRIPS_DIR of your own) is validated against the schema first. This keeps zod's
 * import and checking (about 80 ms) off every start.
 */
export const SUMS_FILE = 'SHA256SUMS';

/** A trip file that cannot be served: names the file, the JSON path and what was expected. */
export class ItineraryLoadError extends Error {
  override readonly name = 'ItineraryLoadError';
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The SHA256SUMS text for some files: `<hex>  <name>` lines, sorted by name. */
export function sumsText(files: Readonly<Record<string, string>>): string {
  return Object.keys(files)
    .sort()
    .map((name) => `${sha256(files[name] ?? '')}  ${name}\n`)
    .join('');
}

function readSums(dir: string): Map<string, string> {
  const file = join(dir, SUMS_FILE);
  if (!existsSync(file)) return new Map();
  const lines = readFileSync(file, 'utf8').split('\n');
  return new Map(
    lines.flatMap((line) => {
      const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      return m ? [[m[2] ?? '', m[1] ?? '']] : [];
    }),
  );
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ItineraryLoadError(`${file}: not readable JSON (${(error as Error).message})`);
  }
}

type Checked = 'itinerary' | 'library manifest' | 'library volume';

async function validated<T>(file: string, what: Checked, value: unknown): Promise<T> {
  const schema = await import('./schema.js');
  const parsed = {
    itinerary: schema.Itinerary,
    'library manifest': schema.LibraryManifest,
    'library volume': schema.LibraryVolume,
  }[what].safeParse(value);
  if (parsed.success) return parsed.data as T;
  const lines = parsed.error.issues
    .slice(0, 5)
    .map(
      (i) =>
        `  at $${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`,
    );
  throw new ItineraryLoadError(`${file}: invalid ${what}\n${lines.join('\n')}`);
}

/** Reads and validates one itinerary.json. */
export async function readItinerary(file: string): Promise<Itinerary> {
  return validated<Itinerary>(file, 'itinerary', parseJson(file, readFileSync(file, 'utf8')));
}

/** A volume of one traveller's trips: its span, and its trips, parsed on the first `load()`. */
export interface VolumeHandle {
  file: string;
  first: string;
  last: string;
  load: () => readonly Itinerary[];
}

/** One office as the library holds it: the record's span, who held it when, its volumes. */
export interface OfficeHandle {
  traveler: Traveler;
  record: LibraryManifest['record'];
  officeholders: LibraryManifest['officeholders'];
  volumes: VolumeHandle[];
}

/**
 * Reads one file and checks it: a file SHA256SUMS vouches for is parsed when first needed;
 * any other is validated now, and refused with the file and the JSON path of its problems.
 */
async function openFile<T>(dir: string, name: string, sums: Map<string, string>, what: Checked) {
  const file = join(dir, name);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ItineraryLoadError(`${file}: not readable (${(error as Error).message})`);
  }
  if (sums.get(name) === sha256(bytes)) {
    let parsed: T | undefined;
    return { file, load: () => (parsed ??= parseJson(file, bytes.toString('utf8')) as T) };
  }
  const checked = await validated<T>(file, what, parseJson(file, bytes.toString('utf8')));
  return { file, load: () => checked };
}

/**
 * The library in a folder: data/library/<office>.json manifests and their volumes. Every
 * file is read now; a question about a date parses only the volumes around it.
 */
export async function openLibrary(dir: string): Promise<OfficeHandle[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ItineraryLoadError(`${dir}: no library folder (set TRIPS_DIR, or run npm run ingest)`);
  }
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (names.length === 0) throw new ItineraryLoadError(`${dir}: no library file (run npm run ingest)`);
  const sums = readSums(dir);
  return Promise.all(
    names.map(async (name) => {
      const { file, load } = await openFile<LibraryManifest>(dir, name, sums, 'library manifest');
      const manifest = load();
      if (name !== `${manifest.traveler}.json`) {
        throw new ItineraryLoadError(
          `${file}: holds the ${manifest.traveler}'s trips; name it ${manifest.traveler}.json`,
        );
      }
      const volumes = await Promise.all(
        manifest.volumes.map(async ({ file: volumeName, person, first, last }) => {
          const volume = await openFile<LibraryVolume>(dir, volumeName, sums, 'library volume');
          return {
            file: volume.file,
            first,
            last,
            load: () => {
              const { traveler, person: own, trips } = volume.load();
              if (traveler !== manifest.traveler || own !== person) {
                throw new ItineraryLoadError(
                  `${volume.file}: holds ${own}'s trips as ${traveler}, not ${person}'s`,
                );
              }
              return trips;
            },
          };
        }),
      );
      return {
        traveler: manifest.traveler,
        record: manifest.record,
        officeholders: manifest.officeholders,
        volumes,
      };
    }),
  );
}
