import type { BudgetGlobal } from './budget-global.js';
import { budgetProblem, type BudgetProblem } from './budget-problem.js';
import type { Quantity } from './quantity.js';

/**
 * Every global's value, following references to other globals. A reference to a missing global and a
 * circle of references (`PREP → SHOOT → PREP`) are problems, reported once per global that hits them.
 */
export const resolveGlobals = (
  globals: readonly BudgetGlobal[],
): { values: ReadonlyMap<string, Quantity>; problems: BudgetProblem[] } => {
  const byName = new Map<string, BudgetGlobal>();
  const problems: BudgetProblem[] = [];
  for (const global of globals) {
    if (byName.has(global.name)) {
      problems.push(
        budgetProblem(
          'duplicate-global',
          `There are two globals named ${global.name}`,
          global.name,
        ),
      );
    } else byName.set(global.name, global);
  }
  const values = new Map<string, Quantity>();
  const failed = new Set<string>();
  for (const start of byName.values()) {
    // References form chains (each global names at most one other), so a walk with a path set finds
    // both the end of the chain and any circle.
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: BudgetGlobal | undefined = start;
    let value: Quantity | null = null;
    let problem: BudgetProblem | null = null;
    while (current) {
      const known = values.get(current.name);
      if (known !== undefined) {
        value = known;
        break;
      }
      if (failed.has(current.name)) break;
      if (onPath.has(current.name)) {
        const circle = [...path.slice(path.indexOf(current.name)), current.name];
        problem = budgetProblem(
          'global-cycle',
          `The globals ${circle.join(' → ')} refer to each other in a circle`,
          start.name,
        );
        break;
      }
      path.push(current.name);
      onPath.add(current.name);
      if (current.value.kind === 'quantity') {
        if (!Number.isSafeInteger(current.value.quantity)) {
          problem = budgetProblem(
            'invalid-number',
            `The global ${current.name} is not a whole number of thousandths`,
            current.name,
          );
          break;
        }
        value = current.value.quantity;
        break;
      }
      const next = byName.get(current.value.name);
      if (!next) {
        problem = budgetProblem(
          'unknown-global',
          `The global ${current.name} refers to the global ${current.value.name}, which does not exist`,
          current.name,
        );
        break;
      }
      current = next;
    }
    if (value === null) {
      for (const name of path) failed.add(name);
      if (problem && !problems.some((p) => p.message === problem.message)) problems.push(problem);
    } else {
      for (const name of path) values.set(name, value);
    }
  }
  return { values, problems };
};
