import type { Clock } from '@greenlight/domain';

/**
 * Counts failed sign-ins per key (the email, and the client address) in a sliding window. In memory: one server
 * process owns one database, and a restart forgetting the counts is acceptable for a throttle.
 */
export class SignInLimiter {
  readonly #failures = new Map<string, number[]>();
  readonly #clock: Clock;
  readonly #windowMs: number;
  readonly #maxFailures: number;

  constructor(clock: Clock, options: { windowMs?: number; maxFailures?: number } = {}) {
    this.#clock = clock;
    this.#windowMs = options.windowMs ?? 15 * 60_000;
    this.#maxFailures = options.maxFailures ?? 10;
  }

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): number {
    const recent = this.#recent(key);
    if (recent.length < this.#maxFailures) return 0;
    const oldest = recent[0] ?? this.#now();
    return Math.max(1, Math.ceil((oldest + this.#windowMs - this.#now()) / 1000));
  }

  recordFailure(key: string): void {
    const recent = this.#recent(key);
    recent.push(this.#now());
    this.#failures.set(key, recent);
  }

  reset(key: string): void {
    this.#failures.delete(key);
  }

  #now(): number {
    return Date.parse(this.#clock.now());
  }

  #recent(key: string): number[] {
    const since = this.#now() - this.#windowMs;
    return (this.#failures.get(key) ?? []).filter((t) => t > since);
  }
}
