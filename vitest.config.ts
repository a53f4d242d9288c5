import { defineConfig } from 'vitest/config';

// One runner for every package. Database-backed suites run in forked workers, each with its own
// embedded PostgreSQL (PGlite), so two workers fit the two-core machine.
export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'importers', include: ['packages/importers/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'contract', include: ['packages/contract/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['packages/db/src/**/*.test.ts'],
          exclude: ['packages/db/src/**/*.postgres.test.ts'],
          // Every file opens its own fresh database, so files need no module isolation; sharing the worker
          // halves the suite's time on two cores.
          isolate: false,
        },
      },
      // Tests that need a PostgreSQL server: a project only when the test command has started one.
      ...(process.env['GREENLIGHT_TEST_DATABASE_URL']
        ? [
            {
              extends: true as const,
              test: { name: 'db-postgres', include: ['packages/db/src/**/*.postgres.test.ts'] },
            },
          ]
        : []),
      { extends: true, test: { name: 'pdf', include: ['packages/pdf/src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'spreadsheet', include: ['packages/spreadsheet/src/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'server', include: ['packages/server/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'cli', include: ['packages/cli/src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.tsx'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
