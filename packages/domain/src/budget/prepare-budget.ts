import { BUDGET_SECTIONS, type BudgetSection } from './budget-section.js';
import type { BudgetAccount } from './budget-account.js';
import type { BudgetContext } from './budget-context.js';
import { MAX_PERCENTAGE_ITEMS } from './budget-limits.js';
import { budgetProblem, type BudgetProblem } from './budget-problem.js';
import type { BudgetSetup } from './budget.js';
import {
  conversionFactor,
  isValidRate,
  RATE_SCALE,
  type ConversionFactor,
} from './exchange-rate.js';
import type { Fringe } from './fringe.js';
import { BASIS_POINTS } from './rounding.js';
import { resolveGlobals } from './resolve-globals.js';

const isPercentage = (bp: number): boolean => Number.isInteger(bp) && bp >= 0 && bp <= BASIS_POINTS;
const isAmountOrNull = (value: number | null): boolean =>
  value === null || (Number.isSafeInteger(value) && value >= 0);

const checkFringe = (fringe: Fringe): BudgetProblem | null => {
  const invalid = (why: string): BudgetProblem =>
    budgetProblem('invalid-fringe', `The fringe ${fringe.name} ${why}`, fringe.id);
  if (fringe.kind === 'percentage') {
    if (!isPercentage(fringe.rateBp)) return invalid('needs a rate between 0 % and 100 %');
    if (!isAmountOrNull(fringe.cap)) return invalid('has a cap that is not an amount');
    if (!isAmountOrNull(fringe.threshold)) return invalid('has a threshold that is not an amount');
    return null;
  }
  return Number.isSafeInteger(fringe.amount)
    ? null
    : invalid('has an amount that is not an amount');
};

/** Checks a budget's setup and indexes it; every problem found is listed, not just the first. */
export const prepareBudget = (
  setup: BudgetSetup,
): { context: BudgetContext; problems: BudgetProblem[] } => {
  const problems: BudgetProblem[] = [];

  const accounts = new Map<string, BudgetAccount>();
  const fringeAccounts: Record<BudgetSection, string | null> = {
    'above-the-line': null,
    'below-the-line': null,
    post: null,
    other: null,
  };
  for (const account of setup.accounts) {
    if (accounts.has(account.number)) {
      problems.push(
        budgetProblem(
          'duplicate-account',
          `There are two accounts numbered ${account.number}`,
          account.number,
        ),
      );
      continue;
    }
    accounts.set(account.number, account);
    if (account.role !== 'fringes') continue;
    const existing = fringeAccounts[account.section];
    if (existing !== null) {
      problems.push(
        budgetProblem(
          'two-fringe-accounts',
          `Accounts ${existing} and ${account.number} both collect the fringes of one section`,
          account.number,
        ),
      );
    } else fringeAccounts[account.section] = account.number;
  }

  const resolved = resolveGlobals(setup.globals);
  problems.push(...resolved.problems);
  for (const global of setup.globals) {
    if (global.scheduleLink !== null && global.value.kind !== 'quantity') {
      problems.push(
        budgetProblem(
          'schedule-link-on-global',
          `The global ${global.name} is fed by the schedule, so it must hold a number, not another global`,
          global.name,
        ),
      );
    }
  }

  const fringes = new Map<string, Fringe>();
  for (const fringe of setup.fringes) {
    if (fringes.has(fringe.id)) {
      problems.push(
        budgetProblem(
          'duplicate-fringe',
          `There are two fringes with the id ${fringe.id}`,
          fringe.id,
        ),
      );
      continue;
    }
    const problem = checkFringe(fringe);
    if (problem) problems.push(problem);
    fringes.set(fringe.id, fringe);
  }

  const factors = new Map<string, ConversionFactor>();
  for (const rate of setup.exchangeRates) {
    if (factors.has(rate.currency)) {
      problems.push(
        budgetProblem(
          'duplicate-exchange-rate',
          `There are two exchange rates for ${rate.currency}`,
          rate.currency,
        ),
      );
    } else if (!isValidRate(rate)) {
      problems.push(
        budgetProblem(
          'invalid-exchange-rate',
          `The exchange rate for ${rate.currency} must be a positive number with up to six decimals`,
          rate.currency,
        ),
      );
    } else if (rate.currency === setup.currency && rate.perUnitMicros !== RATE_SCALE) {
      problems.push(
        budgetProblem(
          'invalid-exchange-rate',
          `The budget is in ${setup.currency}, so its own rate can only be 1`,
          rate.currency,
        ),
      );
    } else factors.set(rate.currency, conversionFactor(rate, setup.currency));
  }

  if (setup.percentageItems.length > MAX_PERCENTAGE_ITEMS) {
    problems.push(
      budgetProblem(
        'too-many-percentage-items',
        `A budget has at most ${MAX_PERCENTAGE_ITEMS} items below the subtotal`,
      ),
    );
  }
  const earlierItems = new Set<string>();
  for (const item of setup.percentageItems) {
    if (earlierItems.has(item.id)) {
      problems.push(
        budgetProblem(
          'duplicate-percentage-item',
          `There are two items with the id ${item.id} below the subtotal`,
          item.id,
        ),
      );
      continue;
    }
    if (!isPercentage(item.rateBp)) {
      problems.push(
        budgetProblem(
          'invalid-percentage-item',
          `${item.name} needs a rate between 0 % and 100 %`,
          item.id,
        ),
      );
    }
    if (item.base.sections.some((section) => !BUDGET_SECTIONS.includes(section))) {
      problems.push(
        budgetProblem('invalid-percentage-item', `${item.name} names an unknown section`, item.id),
      );
    }
    for (const other of item.base.items) {
      if (!earlierItems.has(other)) {
        problems.push(
          budgetProblem(
            'invalid-percentage-item',
            `${item.name} is a percentage of ${other}, which is not an item listed before it`,
            item.id,
          ),
        );
      }
    }
    earlierItems.add(item.id);
  }

  return {
    context: { setup, globals: resolved.values, fringes, accounts, fringeAccounts, factors },
    problems,
  };
};
