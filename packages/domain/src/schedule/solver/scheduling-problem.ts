/**
 * The sequencing problem behind a stripboard, as the optimizer sees it: put the scenes (or blocks of
 * scenes that must stay together) in an order; each cast member is paid `costPerDay` for every day from
 * the first day of their first scene to the last day of their last scene (the talent scheduling problem:
 * days between are hold days, paid all the same); each time the company comes back to a location it
 * left, that location's `revisitCost` is paid (a company move and a second set-up). Orders must respect
 * the precedences ("A before B").
 *
 * Indexes, not ids: `actors[i].scenes` and `precedences` name scenes by their index in `scenes`, and
 * `scenes[j].location` names a location by its index in `locations`. Durations and costs are integers
 * (days, or any unit the caller chose, and minor units of money).
 */
export type SchedulingProblem = {
  readonly scenes: readonly SchedulingScene[];
  readonly actors: readonly SchedulingActor[];
  readonly locations: readonly SchedulingLocation[];
  /** `[a, b]`: scene `a` must come before scene `b`. */
  readonly precedences: readonly (readonly [number, number])[];
};

export type SchedulingScene = {
  /** The caller's id (a scene number, a strip id); carried through, never interpreted. */
  readonly id: string;
  /** A positive integer. */
  readonly duration: number;
  /** Index into `locations`, or null when the location does not matter. */
  readonly location: number | null;
};

export type SchedulingActor = {
  readonly id: string;
  /** A non-negative integer: paid per day held or working. */
  readonly costPerDay: number;
  /** Indexes into `scenes`, each once. */
  readonly scenes: readonly number[];
};

export type SchedulingLocation = {
  readonly id: string;
  /** Paid once for every return to the location after leaving it. */
  readonly revisitCost: number;
};

/** An order of the scenes: a permutation of `0 .. scenes.length - 1`. */
export type SceneOrder = readonly number[];
