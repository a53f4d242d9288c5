import type { CompiledProblem } from './compiled-problem.js';

/**
 * A quick first board: build the order scene by scene, each time taking, of the scenes whose
 * predecessors are placed, the one that adds least now: the holds it causes (cast already started and
 * not finished, idle during it), the cast it starts (they will be held until their last scene, so each
 * newcomer is charged one scene's length) and the company moves it forces (coming back to a location
 * already left, or leaving one with scenes still to shoot). O(scenes² × cast per scene). Assumes the
 * precedences have no cycle.
 */
export const greedyOrder = (p: CompiledProblem): number[] => {
  const n = p.sceneCount;
  const m = p.actorCount;
  const placed = new Uint8Array(n);
  const waitingFor = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    for (let x = p.successorStart[s]!; x < p.successorStart[s + 1]!; x += 1) {
      waitingFor[p.successors[x]!]! += 1;
    }
  }
  const remaining = new Int32Array(m);
  for (let a = 0; a < m; a += 1) remaining[a] = p.actorSceneStart[a + 1]! - p.actorSceneStart[a]!;
  const started = new Uint8Array(m);
  const locationCount = p.revisitCost.length;
  const left = new Uint8Array(locationCount);
  const locationRemaining = new Int32Array(locationCount);
  for (let l = 0; l < locationCount; l += 1) {
    locationRemaining[l] = p.locationSceneStart[l + 1]! - p.locationSceneStart[l]!;
  }
  // Cost per day of the cast started and not finished.
  let onPayroll = 0;
  let current = -1;
  const order: number[] = [];
  for (let step = 0; step < n; step += 1) {
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    for (let s = 0; s < n; s += 1) {
      if (placed[s] === 1 || waitingFor[s]! > 0) continue;
      let idle = onPayroll;
      let newcomers = 0;
      for (let x = p.sceneActorStart[s]!; x < p.sceneActorStart[s + 1]!; x += 1) {
        const a = p.sceneActors[x]!;
        if (started[a] === 1) idle -= p.actorCost[a]!;
        else if (remaining[a]! > 1) newcomers += p.actorCost[a]!;
      }
      const duration = p.duration[s]!;
      let score = duration * (idle + newcomers);
      const location = p.location[s]!;
      if (location !== current) {
        if (location >= 0 && left[location] === 1) score += p.revisitCost[location]!;
        if (current >= 0 && locationRemaining[current]! > 0) score += p.revisitCost[current]!;
      }
      if (score < bestScore) {
        bestScore = score;
        best = s;
      }
    }
    if (best < 0) break;
    placed[best] = 1;
    order.push(best);
    for (let x = p.successorStart[best]!; x < p.successorStart[best + 1]!; x += 1) {
      waitingFor[p.successors[x]!]! -= 1;
    }
    for (let x = p.sceneActorStart[best]!; x < p.sceneActorStart[best + 1]!; x += 1) {
      const a = p.sceneActors[x]!;
      if (started[a] === 0) {
        started[a] = 1;
        onPayroll += p.actorCost[a]!;
      }
      remaining[a]! -= 1;
      if (remaining[a] === 0) onPayroll -= p.actorCost[a]!;
    }
    const location = p.location[best]!;
    if (location !== current && current >= 0) left[current] = 1;
    if (location >= 0) locationRemaining[location]! -= 1;
    current = location;
  }
  return order;
};
