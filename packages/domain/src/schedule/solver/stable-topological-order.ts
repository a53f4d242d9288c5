import type { SceneOrder, SchedulingProblem } from './scheduling-problem.js';

/**
 * The order closest to `order` that respects the precedences: repeatedly take, of the scenes whose
 * predecessors are all placed, the one that comes first in `order` (a stable topological sort). An
 * order that already respects them comes back unchanged. Null when the precedences form a cycle, so
 * that no order respects them. `order` must be a permutation of the scenes.
 */
export const stableTopologicalOrder = (
  problem: SchedulingProblem,
  order: SceneOrder,
): number[] | null => {
  const n = problem.scenes.length;
  const rank = new Int32Array(n);
  order.forEach((scene, index) => {
    rank[scene] = index;
  });
  const waitingFor = new Int32Array(n);
  const successors: number[][] = problem.scenes.map(() => []);
  for (const [before, after] of problem.precedences) {
    waitingFor[after] = (waitingFor[after] ?? 0) + 1;
    successors[before]?.push(after);
  }
  // A binary min-heap of ready scenes keyed by their rank in `order`.
  const heap: number[] = [];
  const push = (scene: number): void => {
    heap.push(scene);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((rank[heap[parent] ?? 0] ?? 0) <= (rank[scene] ?? 0)) break;
      heap[i] = heap[parent] ?? 0;
      i = parent;
    }
    heap[i] = scene;
  };
  const pop = (): number => {
    const top = heap[0] ?? 0;
    const moved = heap.pop() ?? 0;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= heap.length) break;
        const right = left + 1;
        const child =
          right < heap.length && (rank[heap[right] ?? 0] ?? 0) < (rank[heap[left] ?? 0] ?? 0)
            ? right
            : left;
        if ((rank[heap[child] ?? 0] ?? 0) >= (rank[moved] ?? 0)) break;
        heap[i] = heap[child] ?? 0;
        i = child;
      }
      heap[i] = moved;
    }
    return top;
  };
  for (let scene = 0; scene < n; scene += 1) if (waitingFor[scene] === 0) push(scene);
  const result: number[] = [];
  while (heap.length > 0) {
    const scene = pop();
    result.push(scene);
    for (const next of successors[scene] ?? []) {
      const left = (waitingFor[next] ?? 0) - 1;
      waitingFor[next] = left;
      if (left === 0) push(next);
    }
  }
  return result.length === n ? result : null;
};
