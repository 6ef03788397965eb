import { defineConfig } from 'vitest/config';

// Two projects: `unit` (in-process, no server of ours to start) and `e2e` (real processes of
// the compiled build, and the PostgreSQL tests, which get one cluster per run from the
// globalSetup). `npm test` runs both; `npm run test:unit` and `test:watch` only `unit`.
const E2E = ['test/**/*.e2e.test.ts', 'test/**/*.postgres.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    projects: [
      // Unit files share their worker's modules (isolate: false): the library, the SDKs and the
      // renderers load once per worker instead of once per file. A test that needs a fresh
      // module state must not rely on file isolation. Worker threads start faster than forks.
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: E2E, isolate: false, pool: 'threads' },
      },
      { extends: true, test: { name: 'e2e', include: E2E, globalSetup: ['test/setup/postgres.ts'] } },
    ],
  },
});
