import { openLibrary } from '../itinerary/loader.js';
import { Library } from './library.js';

/**
 * The whole library in a folder: every trip of every office, and who held each office when.
 * Volumes of trips are parsed on first use: a question about one date reads only its own.
 */
export async function loadLibrary(dir: string): Promise<Library> {
  const offices = await openLibrary(dir);
  return Library.lazy(
    offices.map(({ traveler, record, officeholders, volumes }) => ({
      traveler,
      office: { officeholders, record },
      volumes: volumes.map(({ first, last, load }) => ({ traveler, first, last, load })),
    })),
  );
}
