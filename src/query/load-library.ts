import { basename } from 'node:path';
import { openLibraryFiles } from '../itinerary/loader.js';
import type { Traveler } from '../itinerary/schema.js';
import { Library } from './library.js';

/**
 * The whole library in a folder: every trip of every office, and who held each office when.
 * Each office's file is named after it (secretary.json) and parsed on first use.
 */
export async function loadLibrary(dir: string): Promise<Library> {
  const handles = await openLibraryFiles(dir);
  return Library.lazy(
    handles.map(({ file, load }) => ({
      traveler: basename(file, '.json') as Traveler,
      load: () => {
        const { trips, officeholders, record } = load();
        return { trips, office: { officeholders, record } };
      },
    })),
  );
}
