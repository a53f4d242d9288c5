import { test } from '@playwright/test';

/**
 * A suffix that tells this attempt's test data apart from an earlier attempt's on the same seeded server (a
 * retry, or `--repeat-each`): the same on every run, so a failure reproduces with the same names.
 */
export const runLabel = (): string => {
  const info = test.info();
  return `run ${info.repeatEachIndex + 1}.${info.retry + 1}`;
};
