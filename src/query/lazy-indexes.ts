import {
  buildDayChoices,
  buildPeople,
  buildPlaceChoices,
  buildPlaces,
  buildSearch,
  type Choice,
  type Indexes,
} from './indexes.js';
import type { LibraryContents } from './views.js';

/**
 * The search indexes of a library. Each is built the first time a query needs it, once:
 * a one-shot `where` builds none, and no query rebuilds one.
 */
export class LazyIndexes implements Indexes {
  private peopleIndex?: ReturnType<typeof buildPeople>;
  private placeIndex?: ReturnType<typeof buildPlaces>;
  private searchIndex?: Indexes['search'];
  private days?: Choice[];
  private placeList?: Choice[];

  constructor(private readonly library: LibraryContents) {}

  private get peopleParts() {
    return (this.peopleIndex ??= buildPeople(this.library));
  }
  private get placeParts() {
    return (this.placeIndex ??= buildPlaces(this.library));
  }
  get people() {
    return this.peopleParts.people;
  }
  get personRecords() {
    return this.peopleParts.personRecords;
  }
  get placeNames() {
    return this.placeParts.placeNames;
  }
  get places() {
    return this.placeParts.places;
  }
  get search() {
    return (this.searchIndex ??= buildSearch(this.library));
  }
  get dayChoices() {
    return (this.days ??= buildDayChoices(this.library));
  }
  get placeChoices() {
    return (this.placeList ??= buildPlaceChoices(this.library));
  }
}

/** The indexes of a library, built on first use. */
const indexesByLibrary = new WeakMap<LibraryContents, Indexes>();

/**
 * The indexes of a library, made on the first query that needs one (and this module with
 * them: a one-shot `where` loads neither), then kept as long as the library lives.
 */
export function indexesOf(library: LibraryContents): Indexes {
  let indexes = indexesByLibrary.get(library);
  if (!indexes) indexesByLibrary.set(library, (indexes = new LazyIndexes(library)));
  return indexes;
}
