import { indexesOf } from '../../src/query/lazy-indexes.js';
import Fuse from 'fuse.js';
import { Bench } from 'tinybench';
import type { Library } from '../../src/query/library.js';
import { findPeople } from '../../src/query/people.js';
import type { Row, Scale } from '../lib/report.js';
import { SAMPLING, rowOf } from './commands.js';

/**
 * tripbot's person search (exact words, then fuse.js, then partial names) against a bare
 * fuse.js search over the same person records, built once, same queries.
 */
export async function benchFuzzy(library: Library, queries: readonly string[], scale: Scale): Promise<Row[]> {
  const records = indexesOf(library).personRecords;
  const bare = new Fuse(records, {
    keys: ['names', 'roles'],
    includeScore: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.4,
  });
  const bench = new Bench({ ...SAMPLING, throws: true });
  let i = 0;
  let j = 0;
  bench.add('findPeople', () => findPeople(library, queries[i++ % queries.length]!, 5));
  bench.add('bare fuse.js', () => bare.search(queries[j++ % queries.length]!, { limit: 5 }));
  await bench.run();
  const [ours, baseline] = bench.tasks.map((t) => rowOf(t, 'fuzzy', t.name, scale));
  const ratio = ours!.p50 / baseline!.p50;
  ours!.note = `${records.length} people; ${ratio.toFixed(2)}× bare fuse.js at p50 (${(ours!.p99 / baseline!.p99).toFixed(2)}× at p99)`;
  baseline!.note = `same ${records.length} records, keys names+roles, built once`;
  return [ours!, { ...baseline!, baselineFor: 'fuzzy:findPeople' }];
}
