// Import graph cycles for scripts/check-imports.ts.

/** An import from one file to another; type-only imports are erased at runtime. */
export type Edge = { to: string; typeOnly: boolean };

/**
 * One representative cycle per strongly connected component (Tarjan), as the list of edges that
 * walks it; the last edge returns to the start.
 */
export function findCycles(graph: ReadonlyMap<string, readonly Edge[]>): Edge[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  // Iterative Tarjan: deep import chains must not overflow the call stack.
  for (const root of [...graph.keys()].sort()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const edges = graph.get(frame.node) ?? [];
      const edge = edges[frame.next];
      if (edge) {
        frame.next += 1;
        if (!graph.has(edge.to)) continue;
        if (!index.has(edge.to)) {
          index.set(edge.to, counter);
          low.set(edge.to, counter);
          counter += 1;
          stack.push(edge.to);
          onStack.add(edge.to);
          work.push({ node: edge.to, next: 0 });
        } else if (onStack.has(edge.to)) {
          low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(edge.to) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (graph.get(frame.node) ?? []).some((e) => e.to === frame.node);
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components.map((component) => shortestCycleThrough(component, graph));
}

/** Breadth-first search from the component's first file back to itself, inside the component. */
function shortestCycleThrough(
  component: readonly string[],
  graph: ReadonlyMap<string, readonly Edge[]>,
): Edge[] {
  const members = new Set(component);
  const start = component[0] ?? '';
  const cameFrom = new Map<string, { previous: string; edge: Edge }>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i] ?? '';
    for (const edge of graph.get(node) ?? []) {
      if (!members.has(edge.to)) continue;
      if (edge.to === start) {
        const path: Edge[] = [edge];
        let current = node;
        while (current !== start) {
          const step = cameFrom.get(current);
          if (!step) break;
          path.unshift(step.edge);
          current = step.previous;
        }
        return path;
      }
      if (!cameFrom.has(edge.to)) {
        cameFrom.set(edge.to, { previous: node, edge });
        queue.push(edge.to);
      }
    }
  }
  return [];
}
