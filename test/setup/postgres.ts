/**
 * vitest globalSetup: one PostgreSQL for the whole run. TEST_DATABASE_URL when given
 * (.ci/run starts a throwaway cluster and sets it); otherwise a cluster of our own from
 * .ci/pg-cluster, stopped at teardown. Tests get the URL with inject('databaseUrl').
 */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default function setup(project: TestProject): () => void {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return () => undefined;
  }
  const out = execFileSync('bash', ['.ci/pg-cluster', 'start'], { encoding: 'utf8' }).trim();
  const [dir = '', url = ''] = out.split(' ');
  project.provide('databaseUrl', url);
  return () => void execFileSync('bash', ['.ci/pg-cluster', 'stop', dir]);
}
