import type { BudgetStatus } from '../budget/budget-status.js';
import { DomainError } from '../shared/domain-error.js';
import { formatMoney, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';

export type GreenlightRefusal = {
  readonly code: 'no-approved-budget' | 'financing-short';
  readonly message: string;
};

export type GreenlightGate =
  | { readonly outcome: 'open' }
  | {
      readonly outcome: 'refused';
      readonly reasons: readonly GreenlightRefusal[];
      /** What closed financing lacks against the approved budget; null when there is no budget. */
      readonly shortfall: MinorUnits | null;
    };

/**
 * The greenlight rule: a production leaves development only with an approved budget that closed
 * financing (closed and drawn sources, in the budget currency: `financingGap(...).closed`) covers.
 * Who may greenlight, and who may override a refusal, is the authority matrix's to say; the gate only
 * says whether the money is there, and by how much it is not.
 */
export const greenlightGate = (input: {
  readonly currency: CurrencyCode;
  /** The budget in force (its status and grand total), or null when there is none. */
  readonly budget: { readonly status: BudgetStatus; readonly grandTotal: MinorUnits } | null;
  readonly closedFinancing: MinorUnits;
}): GreenlightGate => {
  const { budget, currency, closedFinancing } = input;
  if (budget === null || budget.status !== 'approved') {
    return {
      outcome: 'refused',
      reasons: [
        {
          code: 'no-approved-budget',
          message:
            budget === null
              ? 'There is no approved budget'
              : `The budget is ${budget.status}, not approved`,
        },
      ],
      shortfall: null,
    };
  }
  const shortfall = budget.grandTotal - closedFinancing;
  if (shortfall <= 0) return { outcome: 'open' };
  return {
    outcome: 'refused',
    reasons: [
      {
        code: 'financing-short',
        message: `Closed financing of ${formatMoney(closedFinancing, currency)} is short of the approved budget of ${formatMoney(budget.grandTotal, currency)} by ${formatMoney(shortfall as MinorUnits, currency)}`,
      },
    ],
    shortfall: shortfall as MinorUnits,
  };
};

/** An override of a refused gate: a decision of its own, recorded with its reason and what it overrode. */
export type GreenlightOverride = {
  readonly reason: string;
  readonly overridden: readonly GreenlightRefusal[];
  readonly shortfall: MinorUnits | null;
};

/**
 * The record of overriding a refused gate. The reason is required (it goes into the audit log); a gate
 * that is open has nothing to override. Whether the person may is the authority matrix's decision (the
 * final financial say), routed by the server.
 */
export const greenlightOverride = (
  gate: GreenlightGate,
  reason: string,
): Result<GreenlightOverride> => {
  if (gate.outcome === 'open') {
    return err(
      new DomainError('conflict', 'The greenlight gate is open: there is nothing to override'),
    );
  }
  if (reason.trim() === '') {
    return err(new DomainError('validation', 'An override of the greenlight gate needs a reason'));
  }
  return ok({ reason: reason.trim(), overridden: gate.reasons, shortfall: gate.shortfall });
};
