import type { MinorUnits } from '../shared/money.js';
import type { BudgetContext } from './budget-context.js';
import { MAX_BUDGET_MAGNITUDE } from './budget-limits.js';
import { budgetProblem, type BudgetProblem, type BudgetProblemCode } from './budget-problem.js';
import type { ComputedLine, LineFringe } from './computed-line.js';
import type { DetailLine } from './detail-line.js';
import { convertToBudgetCurrency } from './exchange-rate.js';
import { fringeAmount } from './fringe-amount.js';
import { QUANTITY_SCALE, type Quantity } from './quantity.js';
import { multiply3DivideRoundHalfEven } from './rounding.js';

// Shared by every line without fringes; never mutated.
const NO_FRINGES: readonly LineFringe[] = Object.freeze([]);
const THOUSANDTHS_SQUARED = QUANTITY_SCALE * QUANTITY_SCALE;

// A module-level function rather than a closure per line: this is the engine's hot path.
function lineProblem(line: DetailLine, code: BudgetProblemCode, message: string): BudgetProblem {
  const label = line.description.trim() === '' ? `Line ${line.id}` : `Line "${line.description}"`;
  return budgetProblem(code, `${label} ${message}`, line.id);
}

const TOO_LARGE = 'comes to more than a budget can hold';

/**
 * One detail line against a prepared budget: its quantity, totals and fringes, or the problem that stops
 * it (a `BudgetProblem`, told apart by its `code`).
 */
export function computeLine(
  context: BudgetContext,
  line: DetailLine,
): ComputedLine | BudgetProblem {
  const account = context.accounts.get(line.accountNumber);
  if (!account) {
    return lineProblem(
      line,
      'unknown-account',
      `is in account ${line.accountNumber}, which does not exist`,
    );
  }
  if (account.role === 'fringes') {
    return lineProblem(
      line,
      'line-in-fringe-account',
      `is in account ${account.number}, which only collects fringes`,
    );
  }

  let quantity: Quantity;
  if (line.amount.kind === 'quantity') {
    quantity = line.amount.quantity;
  } else {
    const name = line.amount.name;
    if (line.scheduleLink !== null) {
      return lineProblem(
        line,
        'schedule-link-on-global',
        `is fed by the schedule, so its amount must be a number, not the global ${name}`,
      );
    }
    const value = context.globals.get(name);
    if (value === undefined) {
      const exists = context.setup.globals.some((g) => g.name === name);
      return lineProblem(
        line,
        'unknown-global',
        exists
          ? `uses the global ${name}, whose value cannot be worked out`
          : `uses the global ${name}, which does not exist`,
      );
    }
    quantity = value;
  }
  if (
    !Number.isSafeInteger(quantity) ||
    !Number.isSafeInteger(line.multiplier) ||
    !Number.isSafeInteger(line.rate)
  ) {
    return lineProblem(
      line,
      'invalid-number',
      'has an amount, multiplier or rate that is not a whole number',
    );
  }

  // Rounding place `line-total`: quantity and multiplier are thousandths, so the exact total is
  // quantity × multiplier × rate / 10^6.
  const inLineCurrency = multiply3DivideRoundHalfEven(
    quantity,
    line.multiplier,
    line.rate,
    THOUSANDTHS_SQUARED,
  );
  if (inLineCurrency === null || Math.abs(inLineCurrency) > MAX_BUDGET_MAGNITUDE) {
    return lineProblem(line, 'too-large', TOO_LARGE);
  }

  let total = inLineCurrency;
  if (line.currency !== context.setup.currency) {
    const factor = context.factors.get(line.currency);
    if (!factor) {
      return lineProblem(
        line,
        'missing-exchange-rate',
        `is in ${line.currency}, which has no exchange rate to ${context.setup.currency}`,
      );
    }
    // Rounding place `currency-conversion`.
    const converted = convertToBudgetCurrency(inLineCurrency, factor);
    if (converted === null || Math.abs(converted) > MAX_BUDGET_MAGNITUDE) {
      return lineProblem(line, 'too-large', TOO_LARGE);
    }
    total = converted;
  }

  let fringes = NO_FRINGES;
  let fringeTotal = 0;
  let magnitude = Math.abs(total);
  if (line.fringeIds.length > 0) {
    const applied: LineFringe[] = [];
    for (const fringeId of line.fringeIds) {
      // Each fringe once per line, however often it is listed.
      let listed = false;
      for (const f of applied) if (f.fringeId === fringeId) listed = true;
      if (listed) continue;
      const fringe = context.fringes.get(fringeId);
      if (!fringe) {
        return lineProblem(
          line,
          'unknown-fringe',
          `has the fringe ${fringeId}, which does not exist`,
        );
      }
      // Rounding place `fringe`.
      const amount = fringeAmount(fringe, total, quantity, line.multiplier, line.unit);
      if (amount === null) {
        return fringe.kind === 'flat-per-unit' && fringe.unit !== line.unit
          ? lineProblem(
              line,
              'fringe-unit-mismatch',
              `is counted in ${line.unit}, but the fringe ${fringe.name} is an amount per ${fringe.unit}`,
            )
          : lineProblem(line, 'too-large', TOO_LARGE);
      }
      applied.push({ fringeId, amount: amount as MinorUnits });
      fringeTotal += amount;
      magnitude += Math.abs(amount);
    }
    fringes = applied;
  }
  if (magnitude > MAX_BUDGET_MAGNITUDE) return lineProblem(line, 'too-large', TOO_LARGE);

  return {
    line,
    section: account.section,
    quantity,
    totalInLineCurrency: inLineCurrency as MinorUnits,
    total: total as MinorUnits,
    fringes,
    fringeTotal: fringeTotal as MinorUnits,
    fringeAccountNumber: context.fringeAccounts[account.section] ?? account.number,
  };
}

export const isBudgetProblem = (value: ComputedLine | BudgetProblem): value is BudgetProblem =>
  'code' in value;

/** What a computed line adds to the budget's magnitude (the sum of absolute amounts). */
export function lineMagnitude(computed: ComputedLine): number {
  let magnitude = Math.abs(computed.total);
  for (const f of computed.fringes) magnitude += Math.abs(f.amount);
  return magnitude;
}
