import type { SchedulingProblem } from './scheduling-problem.js';

/**
 * The part of a scheduling problem the exact search has to decide, after the reductions that keep at
 * least one optimal order: blocks of scenes shot back to back, the actors whose pay depends on the
 * order, and the scenes that can go last for free. Every block order, expanded with
 * `expandBlockOrder`, costs its compact cost plus one constant (the pay of the actors left out).
 */
export type ExactReduction = {
  /** Original scene indexes of each block, shot in this order. */
  readonly blocks: readonly (readonly number[])[];
  readonly blockDuration: readonly number[];
  /** Index into the problem's locations, or -1 when the location does not matter. */
  readonly blockLocation: readonly number[];
  /** Indexes into `actorCost`: the actors of the block whose pay depends on the order. */
  readonly blockActors: readonly (readonly number[])[];
  readonly actorCost: readonly number[];
  readonly locationRevisitCost: readonly number[];
  /** `[a, b]`: block `a` before block `b`. */
  readonly blockPrecedences: readonly (readonly [number, number])[];
  /** Original scenes appended after every block: no actor that matters, no location, no precedence. */
  readonly trailing: readonly number[];
};

type WorkBlock = {
  scenes: number[];
  duration: number;
  location: number;
  actors: number[];
  constrained: boolean;
};

/**
 * Reduces `problem` for the exact search, repeating until nothing changes:
 * - an actor in at most one block, in every block, or paid nothing is paid the same in every order
 *   (their own days, or the whole core), so they leave the search;
 * - a block with none of those actors, no location and no precedence costs nothing when shot last;
 * - two unconstrained blocks with the same actors and location can be shot back to back in an optimal
 *   order (moving the later one next to the earlier, or the earlier next to the later, does not raise
 *   the cost: whichever way the actors spanning only one of the two positions are the cheaper side).
 */
export const reduceForExactSearch = (problem: SchedulingProblem): ExactReduction => {
  const constrained = new Set<number>();
  for (const [before, after] of problem.precedences) {
    constrained.add(before);
    constrained.add(after);
  }
  const actorsOfScene: number[][] = problem.scenes.map(() => []);
  problem.actors.forEach((actor, index) => {
    if (actor.costPerDay <= 0) return;
    for (const scene of new Set(actor.scenes)) actorsOfScene[scene]?.push(index);
  });
  let blocks: WorkBlock[] = problem.scenes.map((scene, index) => ({
    scenes: [index],
    duration: scene.duration,
    location: scene.location ?? -1,
    actors: actorsOfScene[index] ?? [],
    constrained: constrained.has(index),
  }));
  // Scenes set aside in a later round go first: an actor dropped for being in every block is in the
  // scenes set aside from that round on, so they must directly follow the core.
  const trailingRounds: number[][] = [];
  for (let changed = true; changed;) {
    changed = false;
    const trailing: number[] = [];
    trailingRounds.unshift(trailing);
    const blockCount = new Map<number, number>();
    for (const block of blocks) {
      for (const actor of block.actors) blockCount.set(actor, (blockCount.get(actor) ?? 0) + 1);
    }
    const matters = (actor: number): boolean => {
      const count = blockCount.get(actor) ?? 0;
      return count >= 2 && count < blocks.length;
    };
    for (const block of blocks) {
      const kept = block.actors.filter(matters);
      if (kept.length !== block.actors.length) changed = true;
      block.actors = kept;
    }
    const next: WorkBlock[] = [];
    const bySignature = new Map<string, WorkBlock>();
    for (const block of blocks) {
      if (block.actors.length === 0 && block.location === -1 && !block.constrained) {
        trailing.push(...block.scenes);
        changed = true;
        continue;
      }
      if (!block.constrained) {
        const signature = `${block.location}|${block.actors.join(',')}`;
        const twin = bySignature.get(signature);
        if (twin !== undefined) {
          twin.scenes.push(...block.scenes);
          twin.duration += block.duration;
          changed = true;
          continue;
        }
        bySignature.set(signature, block);
      }
      next.push(block);
    }
    blocks = next;
  }
  const actorIndex = new Map<number, number>();
  const actorCost: number[] = [];
  for (const block of blocks) {
    for (const actor of block.actors) {
      if (actorIndex.has(actor)) continue;
      actorIndex.set(actor, actorCost.length);
      actorCost.push(problem.actors[actor]?.costPerDay ?? 0);
    }
  }
  const blockOfScene = new Map<number, number>();
  blocks.forEach((block, index) => {
    for (const scene of block.scenes) blockOfScene.set(scene, index);
  });
  const pairs = new Set<string>();
  const blockPrecedences: [number, number][] = [];
  for (const [before, after] of problem.precedences) {
    const a = blockOfScene.get(before);
    const b = blockOfScene.get(after);
    if (a === undefined || b === undefined || pairs.has(`${a},${b}`)) continue;
    pairs.add(`${a},${b}`);
    blockPrecedences.push([a, b]);
  }
  return {
    blocks: blocks.map((block) => block.scenes),
    blockDuration: blocks.map((block) => block.duration),
    blockLocation: blocks.map((block) => block.location),
    blockActors: blocks.map((block) =>
      block.actors.map((actor) => actorIndex.get(actor) ?? 0).sort((x, y) => x - y),
    ),
    actorCost,
    locationRevisitCost: problem.locations.map((location) => location.revisitCost),
    blockPrecedences,
    trailing: trailingRounds.flat(),
  };
};

/** The scene order of a block order: each block's scenes in turn, then the free trailing scenes. */
export const expandBlockOrder = (
  reduction: ExactReduction,
  blockOrder: readonly number[],
): number[] => [
  ...blockOrder.flatMap((block) => reduction.blocks[block] ?? []),
  ...reduction.trailing,
];

/** What a block order costs in the reduced problem (its pay and revisits, minus the constant). */
export const blockOrderCost = (
  reduction: ExactReduction,
  blockOrder: readonly number[],
): number => {
  const actorCount = reduction.actorCost.length;
  const first = new Array<number>(actorCount).fill(-1);
  const last = new Array<number>(actorCount).fill(-1);
  const left = new Set<number>();
  let current = -2;
  let day = 0;
  let cost = 0;
  for (const block of blockOrder) {
    const duration = reduction.blockDuration[block] ?? 0;
    for (const actor of reduction.blockActors[block] ?? []) {
      if (first[actor] === -1) first[actor] = day;
      last[actor] = day + duration;
    }
    const location = reduction.blockLocation[block] ?? -1;
    if (location !== current) {
      if (location !== -1 && left.has(location)) {
        cost += reduction.locationRevisitCost[location] ?? 0;
      }
      if (current >= 0) left.add(current);
      current = location;
    }
    day += duration;
  }
  for (let actor = 0; actor < actorCount; actor += 1) {
    cost += (reduction.actorCost[actor] ?? 0) * ((last[actor] ?? 0) - (first[actor] ?? 0));
  }
  return cost;
};
