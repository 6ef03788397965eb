import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Itinerary, LibraryFile } from './schema.js';

/**
 * `npm run ingest` writes SHA256SUMS (in sha256sum's own format) beside the library files it
 * has just validated. A file whose bytes still hash to its line there is that validated file
 * and is read as is; any other file (edited by hand, a TRIPS_DIR of your own) is validated
 * against the schema first. This keeps zod's ~80 ms of import and checking off every start.
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

async function validated<T>(file: string, what: 'itinerary' | 'library file', value: unknown): Promise<T> {
  const schema = await import('./schema.js');
  const parsed = (what === 'itinerary' ? schema.Itinerary : schema.LibraryFile).safeParse(value);
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

/** A library file, read and checked: `load()` gives its contents, parsed on the first call. */
export interface LibraryFileHandle {
  file: string;
  load: () => LibraryFile;
}

/**
 * The library files of a folder (data/library/secretary.json, president.json). Every file is
 * read now. One that matches SHA256SUMS is parsed when first loaded (a question about the
 * Secretary never parses the President's file); any other is validated now, and refused
 * with the file and the JSON path of its first problems.
 */
export async function openLibraryFiles(dir: string): Promise<LibraryFileHandle[]> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ItineraryLoadError(`${dir}: no library folder (set TRIPS_DIR, or run npm run ingest)`);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new ItineraryLoadError(`${dir}: no library file (run npm run ingest)`);
  const sums = readSums(dir);
  return Promise.all(
    files.map(async (file): Promise<LibraryFileHandle> => {
      const bytes = readFileSync(file);
      if (sums.get(basename(file)) === sha256(bytes)) {
        let parsed: LibraryFile | undefined;
        return { file, load: () => (parsed ??= parseJson(file, bytes.toString('utf8')) as LibraryFile) };
      }
      const checked = await validated<LibraryFile>(
        file,
        'library file',
        parseJson(file, bytes.toString('utf8')),
      );
      if (basename(file) !== `${checked.traveler}.json`) {
        throw new ItineraryLoadError(
          `${file}: holds the ${checked.traveler}'s trips; name it ${checked.traveler}.json`,
        );
      }
      return { file, load: () => checked };
    }),
  );
}

/** The library files of a folder, each parsed (and validated unless SHA256SUMS vouches for it). */
export async function readLibraryFiles(dir: string): Promise<LibraryFile[]> {
  return (await openLibraryFiles(dir)).map((handle) => handle.load());
}
