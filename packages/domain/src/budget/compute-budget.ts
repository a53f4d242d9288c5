import type { MinorUnits } from '../shared/money.js';
import { err, type Result } from '../shared/result.js';
import { assembleBudget } from './assemble-budget.js';
import { budgetProblem, budgetValidationError, type BudgetProblem } from './budget-problem.js';
import type { Budget } from './budget.js';
import type { AccountTotals } from './budget-totals.js';
import type { ComputedBudget } from './computed-budget.js';
import { computeLine, isBudgetProblem, lineMagnitude } from './compute-line.js';
import { lineStoreOf } from './line-store.js';
import { prepareBudget } from './prepare-budget.js';

// A budget with a broken global can fail on every line; the first problems say enough.
const MAX_PROBLEMS = 100;

/**
 * Works out a whole budget: every line's total (in its currency and in the budget currency) and fringes,
 * every account, section and percentage item, the grand total and the top sheet. A budget that cannot be
 * computed (an unknown global, a circle of globals, a missing exchange rate …) is a validation error
 * listing every problem in `details.problems` (see `budgetProblemsOf`); user data never makes it throw.
 */
export const computeBudget = (budget: Budget): Result<ComputedBudget> => {
  const { lines, ...setup } = budget;
  const { context, problems } = prepareBudget(setup);
  const collected: BudgetProblem[] = [...problems];
  // Doubles as the line store's index: id → slot.
  const index = new Map<string, number>();
  // Mutable accumulators, looked up once per line and fringe.
  const sums = new Map<string, { lines: number; fringes: number }>();
  for (const account of setup.accounts) sums.set(account.number, { lines: 0, fringes: 0 });
  const fringeSums = new Map<string, { sum: number }>();
  for (const fringe of setup.fringes) fringeSums.set(fringe.id, { sum: 0 });
  let magnitude = 0;

  for (const line of lines) {
    if (index.has(line.id)) {
      collected.push(
        budgetProblem(
          'duplicate-line',
          `There are two detail lines with the id ${line.id}`,
          line.id,
        ),
      );
      if (collected.length >= MAX_PROBLEMS) break;
      continue;
    }
    const result = computeLine(context, line);
    if (isBudgetProblem(result)) {
      collected.push(result);
      if (collected.length >= MAX_PROBLEMS) break;
      continue;
    }
    // The figures are summed, not kept: lines are worked out again on demand.
    index.set(line.id, index.size);
    if (collected.length > 0) continue;
    const own = sums.get(line.accountNumber);
    if (own) own.lines += result.total;
    if (result.fringes.length > 0) {
      const collecting = sums.get(result.fringeAccountNumber);
      if (collecting) collecting.fringes += result.fringeTotal;
      for (const { fringeId, amount } of result.fringes) {
        const fringeSum = fringeSums.get(fringeId);
        if (fringeSum) fringeSum.sum += amount;
      }
    }
    magnitude += lineMagnitude(result);
  }
  if (collected.length > 0) return err(budgetValidationError(collected));

  const accounts = new Map<string, AccountTotals>();
  for (const [accountNumber, { lines: lineSum, fringes }] of sums) {
    accounts.set(accountNumber, {
      accountNumber,
      lines: lineSum as MinorUnits,
      fringes: fringes as MinorUnits,
      total: (lineSum + fringes) as MinorUnits,
    });
  }
  const fringeTotals = new Map<string, MinorUnits>();
  for (const [fringeId, { sum }] of fringeSums) fringeTotals.set(fringeId, sum as MinorUnits);
  return assembleBudget(context, lineStoreOf(lines, index), accounts, fringeTotals, magnitude);
};
