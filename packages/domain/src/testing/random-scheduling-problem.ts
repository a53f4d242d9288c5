import { seededRandom } from '../schedule/solver/seeded-random.js';
import type {
  SchedulingActor,
  SchedulingLocation,
  SchedulingProblem,
  SchedulingScene,
} from '../schedule/solver/scheduling-problem.js';

export type RandomSchedulingProblemOptions = {
  readonly scenes: number;
  readonly actors: number;
  /** How many locations (0: no scene has one). Default 0. */
  readonly locations?: number;
  /** How many "a before b" pairs (never a cycle). Default 0. */
  readonly precedences?: number;
  /** The chance that an actor is in a scene. Default 0.35, about the published films' density. */
  readonly density?: number;
  /** Durations are drawn from 1 ..maxDuration. Default 3. */
  readonly maxDuration?: number;
  /** Pay per day is drawn from 1 ..maxCostPerDay. Default 20. */
  readonly maxCostPerDay?: number;
  /** Revisit costs are drawn from 0 ..maxRevisitCost. Default 30. */
  readonly maxRevisitCost?: number;
};

/**
 * A reproducible random scheduling problem: the same seed and options give the same problem. Every
 * actor has at least one scene and every scene at least one actor (when there are actors).
 */
export const randomSchedulingProblem = (
  seed: number,
  options: RandomSchedulingProblemOptions,
): SchedulingProblem => {
  const random = seededRandom(seed);
  const sceneCount = options.scenes;
  const locationCount = options.locations ?? 0;
  const density = options.density ?? 0.35;
  const scenes: SchedulingScene[] = Array.from({ length: sceneCount }, (_, index) => ({
    id: `S${index + 1}`,
    duration: 1 + random.int(options.maxDuration ?? 3),
    location: locationCount > 0 ? random.int(locationCount) : null,
  }));
  const castOf: Set<number>[] = Array.from({ length: options.actors }, () => new Set<number>());
  for (const cast of castOf) {
    for (let scene = 0; scene < sceneCount; scene += 1) {
      if (random.next() < density) cast.add(scene);
    }
    if (cast.size === 0 && sceneCount > 0) cast.add(random.int(sceneCount));
  }
  if (castOf.length > 0) {
    for (let scene = 0; scene < sceneCount; scene += 1) {
      if (!castOf.some((cast) => cast.has(scene))) castOf[random.int(castOf.length)]?.add(scene);
    }
  }
  const actors: SchedulingActor[] = castOf.map((cast, index) => ({
    id: `A${index + 1}`,
    costPerDay: 1 + random.int(options.maxCostPerDay ?? 20),
    scenes: [...cast].sort((a, b) => a - b),
  }));
  const locations: SchedulingLocation[] = Array.from({ length: locationCount }, (_, index) => ({
    id: `L${index + 1}`,
    revisitCost: random.int((options.maxRevisitCost ?? 30) + 1),
  }));
  // Pairs oriented along a hidden random order of the scenes, so they can never form a cycle.
  const hidden = Array.from({ length: sceneCount }, (_, index) => index);
  for (let i = sceneCount - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [hidden[i], hidden[j]] = [hidden[j] ?? 0, hidden[i] ?? 0];
  }
  const precedences: [number, number][] = [];
  const seen = new Set<string>();
  const wanted = sceneCount < 2 ? 0 : (options.precedences ?? 0);
  for (let attempt = 0; precedences.length < wanted && attempt < wanted * 20; attempt += 1) {
    const i = random.int(sceneCount);
    const j = random.int(sceneCount);
    if (i === j) continue;
    const before = hidden[Math.min(i, j)] ?? 0;
    const after = hidden[Math.max(i, j)] ?? 0;
    if (seen.has(`${before},${after}`)) continue;
    seen.add(`${before},${after}`);
    precedences.push([before, after]);
  }
  return { scenes, actors, locations, precedences };
};
