import type { SchedulingProblem } from './scheduling-problem.js';

/**
 * A scheduling problem in flat typed arrays, built once per solve: the local search evaluates millions
 * of moves and must not chase object properties or allocate in its inner loop. Lists are stored CSR
 * style: the items of entry `x` are `items[start[x] .. start[x + 1])`.
 */
export type CompiledProblem = {
  readonly sceneCount: number;
  readonly actorCount: number;
  readonly duration: Int32Array;
  readonly actorCost: Float64Array;
  readonly sceneActorStart: Int32Array;
  readonly sceneActors: Int32Array;
  readonly actorSceneStart: Int32Array;
  readonly actorScenes: Int32Array;
  /** `member[scene * actorCount + actor]` is 1 when the actor is in the scene. */
  readonly member: Uint8Array;
  /** The scene's location index, or -1 when it has none. */
  readonly location: Int32Array;
  readonly revisitCost: Float64Array;
  readonly locationSceneStart: Int32Array;
  readonly locationScenes: Int32Array;
  readonly predecessorStart: Int32Array;
  readonly predecessors: Int32Array;
  readonly successorStart: Int32Array;
  readonly successors: Int32Array;
};

const toCsr = (
  count: number,
  lists: readonly (readonly number[])[],
): { start: Int32Array; items: Int32Array } => {
  const start = new Int32Array(count + 1);
  for (let x = 0; x < count; x += 1) start[x + 1] = (start[x] ?? 0) + (lists[x]?.length ?? 0);
  const items = new Int32Array(start[count] ?? 0);
  for (let x = 0; x < count; x += 1) items.set(lists[x] ?? [], start[x] ?? 0);
  return { start, items };
};

export const compileProblem = (problem: SchedulingProblem): CompiledProblem => {
  const n = problem.scenes.length;
  const m = problem.actors.length;
  const locationCount = problem.locations.length;
  const sceneActorLists: number[][] = problem.scenes.map(() => []);
  const member = new Uint8Array(n * m);
  problem.actors.forEach((actor, a) => {
    for (const scene of actor.scenes) {
      // A scene listed twice for one actor counts once, as in scheduleCost.
      if (member[scene * m + a] === 1) continue;
      member[scene * m + a] = 1;
      sceneActorLists[scene]?.push(a);
    }
  });
  const actorSceneLists = problem.actors.map((actor) => [...new Set(actor.scenes)]);
  const locationSceneLists: number[][] = problem.locations.map(() => []);
  problem.scenes.forEach((scene, s) => {
    if (scene.location !== null) locationSceneLists[scene.location]?.push(s);
  });
  const predecessorLists: number[][] = problem.scenes.map(() => []);
  const successorLists: number[][] = problem.scenes.map(() => []);
  for (const [before, after] of problem.precedences) {
    predecessorLists[after]?.push(before);
    successorLists[before]?.push(after);
  }
  const sceneActors = toCsr(n, sceneActorLists);
  const actorScenes = toCsr(m, actorSceneLists);
  const locationScenes = toCsr(locationCount, locationSceneLists);
  const predecessors = toCsr(n, predecessorLists);
  const successors = toCsr(n, successorLists);
  return {
    sceneCount: n,
    actorCount: m,
    duration: Int32Array.from(problem.scenes, (scene) => scene.duration),
    actorCost: Float64Array.from(problem.actors, (actor) => actor.costPerDay),
    sceneActorStart: sceneActors.start,
    sceneActors: sceneActors.items,
    actorSceneStart: actorScenes.start,
    actorScenes: actorScenes.items,
    member,
    location: Int32Array.from(problem.scenes, (scene) => scene.location ?? -1),
    revisitCost: Float64Array.from(problem.locations, (location) => location.revisitCost),
    locationSceneStart: locationScenes.start,
    locationScenes: locationScenes.items,
    predecessorStart: predecessors.start,
    predecessors: predecessors.items,
    successorStart: successors.start,
    successors: successors.items,
  };
};
