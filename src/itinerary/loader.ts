import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Itinerary } from './schema.js';
import { Library } from '../query/library.js';

/** A trip file that cannot be served: names the file, the JSON path and what was expected. */
export class ItineraryLoadError extends Error {
  override readonly name = 'ItineraryLoadError';
}

/** Reads and validates one itinerary.json. */
export function readItinerary(file: string): Itinerary {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ItineraryLoadError(`${file}: not readable JSON (${(error as Error).message})`);
  }
  const parsed = Itinerary.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map(
        (i) =>
          `  at $${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`,
      );
    throw new ItineraryLoadError(`${file}: invalid itinerary\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Every data/trips/<id>/itinerary.json, validated; nothing is served from half-loaded data. */
export function readTrips(tripsDir: string): Itinerary[] {
  if (!existsSync(tripsDir) || !statSync(tripsDir).isDirectory()) {
    throw new ItineraryLoadError(`${tripsDir}: no trips folder (set TRIPS_DIR, or run npm run ingest)`);
  }
  const files = readdirSync(tripsDir)
    .sort()
    .map((id) => join(tripsDir, id, 'itinerary.json'))
    .filter((file) => existsSync(file));
  if (files.length === 0)
    throw new ItineraryLoadError(`${tripsDir}: no trip has an itinerary.json (run npm run ingest)`);
  return files.map(readItinerary);
}

export function loadLibrary(tripsDir: string): Library {
  return new Library(readTrips(tripsDir));
}
