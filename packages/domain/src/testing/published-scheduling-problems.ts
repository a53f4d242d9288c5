import type { SchedulingProblem } from '../schedule/solver/scheduling-problem.js';

/** Builds a problem from the literature's form: 1-based scene numbers, one duration per scene. */
const fromPublished = (
  durations: readonly number[],
  cast: readonly (readonly [costPerDay: number, scenes: readonly number[]])[],
): SchedulingProblem => ({
  scenes: durations.map((duration, index) => ({ id: String(index + 1), duration, location: null })),
  actors: cast.map(([costPerDay, scenes], index) => ({
    id: String(index + 1),
    costPerDay,
    scenes: scenes.map((scene) => scene - 1),
  })),
  locations: [],
  precedences: [],
});

/**
 * Barbara Smith's film105 (18 scenes, 8 actors), as distributed with the talent scheduling benchmarks
 * of Garcia de la Banda, Stuckey & Chu. Optimal total cost 849 (holding cost 110), reached by the
 * published order 2 1 11 17 14 7 12 18 10 4 13 16 3 9 15 6 5 8 (scene numbers).
 */
export const film105Problem = (): SchedulingProblem =>
  fromPublished(
    [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1],
    [
      [10, [4, 5, 6, 8, 9, 13, 15]],
      [4, [1, 2, 11, 12, 13, 17]],
      [5, [3, 4, 5, 6, 7, 11, 12, 13, 15]],
      [5, [14, 17]],
      [5, [10, 12, 18]],
      [40, [3, 4, 6, 9, 10, 13, 15, 16, 18]],
      [4, [1, 6, 7, 8, 11, 13, 16, 18]],
      [20, [4, 7, 10, 12, 14, 18]],
    ],
  );

/**
 * The worked example of Garcia de la Banda, Stuckey & Chu (2011), 12 scenes and 6 actors: the order
 * 1..12 costs 604 (holding 223); the optimum is 434 (holding 53).
 */
export const delaBandaExampleProblem = (): SchedulingProblem =>
  fromPublished(
    [1, 1, 2, 1, 3, 1, 1, 2, 1, 2, 1, 1],
    [
      [20, [1, 3, 6, 8, 9, 10, 11, 12]],
      [5, [1, 2, 3, 4, 5, 7, 9, 11]],
      [4, [2, 7, 8]],
      [10, [1, 2, 5, 6]],
      [4, [4, 8, 9]],
      [7, [10]],
    ],
  );
