import { film105Problem } from './published-scheduling-problems.js';

/** film105 (18 scenes × 8 actors, see `film105Problem`). Optimum: 849 total, 110 idle, 739 fixed. */
export const FILM105 = film105Problem();

export const FILM105_OPTIMUM = 849;

/** A published optimal order (1-based scene ids), from the benchmark file's `publishedSequences`. */
export const FILM105_PUBLISHED_ORDER = [
  2, 1, 11, 17, 14, 7, 12, 18, 10, 4, 13, 16, 3, 9, 15, 6, 5, 8,
];
