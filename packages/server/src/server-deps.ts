import type { Clock, IdGenerator } from '@greenlight/domain';
import type { Database } from '@greenlight/db';
import type { OptimizeBoardResponseDto } from '@greenlight/contract';
import type { PasswordHasher } from './auth/password-hasher.js';
import type { OptimizeJobs } from './optimizer/optimize-jobs.js';
import type { OptimizerRunner } from './optimizer/optimizer-runner.js';
import type { SignInLimiter } from './auth/sign-in-limiter.js';
import type { Mailer } from './mail/mailer.js';

/** Everything the server needs from outside, wired once in the composition root; no globals. */
export type ServerDeps = {
  readonly database: Database;
  readonly clock: Clock;
  /** A monotonic millisecond counter for time limits (the optimizer's); not a date. */
  readonly stopwatch: () => number;
  readonly ids: IdGenerator;
  /** Where the optimizer runs (a worker thread per run). */
  readonly optimizer: OptimizerRunner;
  /** The optimizer runs in flight and their proposals, in memory. */
  readonly optimizeJobs: OptimizeJobs<OptimizeBoardResponseDto>;
  readonly hasher: PasswordHasher;
  /** Outgoing email (call sheets): SMTP when configured, else an outbox in memory. */
  readonly mailer: Mailer;
  readonly limiter: SignInLimiter;
  readonly version: string;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  readonly secureCookies: boolean;
  /** The built web app to serve at `/`, if any. */
  readonly webRoot: string | null;
};
