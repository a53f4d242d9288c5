import { instant, type Clock, type Instant } from '@greenlight/domain';

/** A clock the test controls: fixed, or moving forward a step on every reading. */
export type TestClock = Clock & {
  /** Moves the clock to an instant. */
  set(at: string): void;
  /** Moves the clock forward. */
  advance(ms: number): void;
};

/** 10:00 in Los Angeles (the demo's time zone) on a Monday, far from midnight on either side. */
export const TEST_START: Instant = instant('2026-03-02T18:00:00.000Z');

/**
 * A clock that starts at `start` and, with `stepMs` > 0, advances that much each time it is read, so entries
 * written one after another get distinct, ordered instants. `stepMs` 0 is a fixed clock.
 */
export const createTestClock = (
  options: { readonly start?: string; readonly stepMs?: number } = {},
): TestClock => {
  let now = Date.parse(options.start ?? TEST_START);
  const step = options.stepMs ?? 0;
  return {
    now: () => {
      const reading = new Date(now).toISOString() as Instant;
      now += step;
      return reading;
    },
    set: (at) => {
      now = Date.parse(instant(at));
    },
    advance: (ms) => {
      now += ms;
    },
  };
};
