/**
 * The library on disk: for each office a manifest, data/library/<office>.json (the record's
 * span, who held the office, the volumes), and one volume of trips per traveller,
 * data/library/<office>/<person>.json; SHA256SUMS vouches for every file ingest wrote.
 */
import { SUMS_FILE, sumsText } from './loader.js';
import { LibraryManifest, LibraryVolume, type LibraryFile } from './schema.js';
import { serialise } from './serialise.js';

/** Every file of the library, by path relative to the library folder, as ingest writes them. */
export function libraryTexts(files: readonly LibraryFile[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { traveler, record, officeholders, trips } of files) {
    const byPerson = new Map<string, LibraryFile['trips']>();
    for (const trip of trips)
      byPerson.set(trip.trip.person, [...(byPerson.get(trip.trip.person) ?? []), trip]);
    const volumes = [...byPerson].map(([person, own]) => ({
      file: `${traveler}/${person}.json`,
      person,
      first: own.reduce((d, t) => (t.trip.firstDay < d ? t.trip.firstDay : d), '9999-12-31'),
      last: own.reduce((d, t) => (t.trip.lastDay > d ? t.trip.lastDay : d), '0000-01-01'),
      trips: own.length,
      own,
    }));
    texts[`${traveler}.json`] = serialise(
      LibraryManifest.parse({
        schemaVersion: 3,
        traveler,
        record,
        officeholders,
        volumes: volumes.map(({ own: _own, ...volume }) => volume),
      }),
    );
    for (const { file, person, own } of volumes) {
      texts[file] = serialise(LibraryVolume.parse({ schemaVersion: 3, traveler, person, trips: own }));
    }
  }
  // The sums of the files just validated, so a start can trust them without validating again.
  texts[SUMS_FILE] = sumsText(texts);
  return texts;
}
