import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Clock, IdGenerator, Instant } from '@greenlight/domain';
import type { Database } from '@greenlight/db';
import { argon2Hasher } from './auth/password-hasher.js';
import { SignInLimiter } from './auth/sign-in-limiter.js';
import { createOutboxMailer } from './mail/outbox-mailer.js';
import { createOptimizeJobs } from './optimizer/optimize-jobs.js';
import { workerOptimizerRunner } from './optimizer/worker-optimizer-runner.js';
import type { ServerDeps } from './server-deps.js';

export const systemClock: Clock = { now: () => new Date().toISOString() as Instant };
export const uuidGenerator: IdGenerator = { next: () => randomUUID() };

/** The real dependencies around an open database; tests override the clock or ids. */
export const createServerDeps = (
  database: Database,
  overrides: Partial<ServerDeps> = {},
): ServerDeps => {
  const clock = overrides.clock ?? systemClock;
  const stopwatch = overrides.stopwatch ?? (() => performance.now());
  return {
    database,
    clock,
    stopwatch,
    ids: uuidGenerator,
    optimizer: workerOptimizerRunner,
    // One optimizer run per core: the search is CPU-bound, more would only slow every run down.
    optimizeJobs: createOptimizeJobs({ maxRunning: availableParallelism(), stopwatch }),
    hasher: argon2Hasher,
    mailer: createOutboxMailer(),
    limiter: new SignInLimiter(clock),
    version: '0.1.0',
    secureCookies: false,
    webRoot: null,
    ...overrides,
  };
};
