import type { MinorUnits } from '../shared/money.js';

/**
 * The estimate to complete when nobody has entered one: what is left of the budget once actuals and
 * commitments are taken off, never below zero. So an untouched account is forecast to land on its budget,
 * and one that has already spent past it is forecast at what it has spent and committed: the default never
 * hides an overage and never invents one. Entered estimates (the accountant's or the department's forecast)
 * replace it.
 */
export const defaultEstimateToComplete = (
  budget: MinorUnits,
  actualsToDate: MinorUnits,
  commitments: MinorUnits,
): MinorUnits => Math.max(0, budget - actualsToDate - commitments) as MinorUnits;
