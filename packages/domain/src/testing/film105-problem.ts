import type { SchedulingProblem } from '../schedule/solver/scheduling-problem.js';

/**
 * film105 (Cheng, Diamond & Lin's talent scheduling instance, 18 scenes × 8 actors), typed in from
 * /benchmarks/talent-scheduling/film105.json so tests need no file. Scene ids are the file's 1-based
 * ids; actors' scene lists are indexes (id − 1). Optimum: 849 total, 110 idle, 739 fixed.
 */
export const FILM105: SchedulingProblem = {
  scenes: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1].map((duration, index) => ({
    id: String(index + 1),
    duration,
    location: null,
  })),
  actors: [
    { costPerDay: 10, scenes: [4, 5, 6, 8, 9, 13, 15] },
    { costPerDay: 4, scenes: [1, 2, 11, 12, 13, 17] },
    { costPerDay: 5, scenes: [3, 4, 5, 6, 7, 11, 12, 13, 15] },
    { costPerDay: 5, scenes: [14, 17] },
    { costPerDay: 5, scenes: [10, 12, 18] },
    { costPerDay: 40, scenes: [3, 4, 6, 9, 10, 13, 15, 16, 18] },
    { costPerDay: 4, scenes: [1, 6, 7, 8, 11, 13, 16, 18] },
    { costPerDay: 20, scenes: [4, 7, 10, 12, 14, 18] },
  ].map((actor, index) => ({
    id: String(index + 1),
    costPerDay: actor.costPerDay,
    scenes: actor.scenes.map((id) => id - 1),
  })),
  locations: [],
  precedences: [],
};

export const FILM105_OPTIMUM = 849;

/** A published optimal order (1-based scene ids), from the benchmark file's `publishedSequences`. */
export const FILM105_PUBLISHED_ORDER = [
  2, 1, 11, 17, 14, 7, 12, 18, 10, 4, 13, 16, 3, 9, 15, 6, 5, 8,
];
