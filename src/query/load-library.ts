import { readLibraryFiles } from '../itinerary/loader.js';
import { Library } from './library.js';

/** The whole library in a folder: every trip of every office, and who held each office when. */
export async function loadLibrary(dir: string): Promise<Library> {
  const files = await readLibraryFiles(dir);
  return new Library(
    files.flatMap((f) => f.trips),
    Object.fromEntries(files.map((f) => [f.traveler, { officeholders: f.officeholders, record: f.record }])),
  );
}
