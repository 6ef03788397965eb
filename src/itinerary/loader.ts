import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Itinerary, LibraryFile } from './schema.js';

/** A trip file that cannot be served: names the file, the JSON path and what was expected. */
export class ItineraryLoadError extends Error {
  override readonly name = 'ItineraryLoadError';
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ItineraryLoadError(`${file}: not readable JSON (${(error as Error).message})`);
  }
}

function problems(
  file: string,
  what: string,
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
): ItineraryLoadError {
  const lines = error.issues
    .slice(0, 5)
    .map(
      (i) =>
        `  at $${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`,
    );
  return new ItineraryLoadError(`${file}: invalid ${what}\n${lines.join('\n')}`);
}

/** Reads and validates one itinerary.json. */
export function readItinerary(file: string): Itinerary {
  const parsed = Itinerary.safeParse(readJson(file));
  if (!parsed.success) throw problems(file, 'itinerary', parsed.error);
  return parsed.data;
}

/** The library files of a folder (data/library/secretary.json, president.json), validated. */
export function readLibraryFiles(dir: string): LibraryFile[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ItineraryLoadError(`${dir}: no library folder (set TRIPS_DIR, or run npm run ingest)`);
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new ItineraryLoadError(`${dir}: no library file (run npm run ingest)`);
  return files.map((file) => {
    const parsed = LibraryFile.safeParse(readJson(file));
    if (!parsed.success) throw problems(file, 'library file', parsed.error);
    return parsed.data;
  });
}
