import type { SchedulingProblem } from '../solver/scheduling-problem.js';
import type { ScheduledCast } from './cast-days.js';

export type BoardScene = {
  readonly id: string;
  readonly eighths: number;
  readonly castNumbers: readonly number[];
  /** The set (or shooting location) the scene plays on; scenes on one share a location. */
  readonly set: string;
};

export type BoardProblemOptions = {
  /** Minor units paid each time the company returns to a set it has left (a company move). */
  readonly companyMoveCost: number;
  /** `[before, after]` scene ids: hard precedences ("A before B"). */
  readonly order?: readonly (readonly [string, string])[];
};

/**
 * A board's scenes as the optimizer's problem: each scene lasts its eighths (a day is many eighths, so the
 * sequence that holds the cast for the fewest eighths holds them for the fewest days once packed), each
 * cast member costs their daily rate per eighth held (the same ordering; costs are compared, not paid),
 * each set is a location whose revisit costs a company move.
 */
export const boardSchedulingProblem = (
  scenes: readonly BoardScene[],
  cast: readonly ScheduledCast[],
  options: BoardProblemOptions,
): SchedulingProblem => {
  const sets = [...new Set(scenes.map((scene) => scene.set))];
  const setIndex = new Map(sets.map((set, index) => [set, index]));
  const sceneIndex = new Map(scenes.map((scene, index) => [scene.id, index]));
  return {
    scenes: scenes.map((scene) => ({
      id: scene.id,
      duration: Math.max(1, scene.eighths),
      location: setIndex.get(scene.set) ?? null,
    })),
    actors: cast
      .map((member) => ({
        id: String(member.castNumber),
        // A rate of 0 (not known yet) still counts a little, so unknown rates do not make holds free.
        costPerDay: Math.max(1, member.dailyRate),
        scenes: scenes.flatMap((scene, index) =>
          scene.castNumbers.includes(member.castNumber) ? [index] : [],
        ),
      }))
      .filter((actor) => actor.scenes.length > 0),
    locations: sets.map((set) => ({ id: set, revisitCost: options.companyMoveCost })),
    precedences: (options.order ?? []).flatMap(([before, after]) => {
      const a = sceneIndex.get(before);
      const b = sceneIndex.get(after);
      return a === undefined || b === undefined ? [] : [[a, b] as const];
    }),
  };
};
