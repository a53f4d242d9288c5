import { DomainError } from '../shared/domain-error.js';

/** Why a budget cannot be computed. Budgets are user data: these come back as values, never thrown. */
export type BudgetProblemCode =
  | 'duplicate-account'
  | 'two-fringe-accounts'
  | 'unknown-account'
  | 'line-in-fringe-account'
  | 'duplicate-line'
  | 'unknown-line'
  | 'duplicate-global'
  | 'unknown-global'
  | 'global-cycle'
  | 'duplicate-fringe'
  | 'unknown-fringe'
  | 'invalid-fringe'
  | 'fringe-unit-mismatch'
  | 'duplicate-exchange-rate'
  | 'invalid-exchange-rate'
  | 'missing-exchange-rate'
  | 'duplicate-percentage-item'
  | 'invalid-percentage-item'
  | 'too-many-percentage-items'
  | 'schedule-link-on-global'
  | 'invalid-number'
  | 'too-large';

export type BudgetProblem = {
  readonly code: BudgetProblemCode;
  /** A sentence for people: names the line, account, global or fringe by what users see. */
  readonly message: string;
  /** The line id, account number, global name, fringe id, currency or item id concerned. */
  readonly subject: string | null;
};

export const budgetProblem = (
  code: BudgetProblemCode,
  message: string,
  subject: string | null = null,
): BudgetProblem => ({ code, message, subject });

/** The problems as one validation error: the first message, and every problem in `details.problems`. */
export const budgetValidationError = (problems: readonly BudgetProblem[]): DomainError => {
  const first = problems[0]?.message ?? 'The budget is not valid';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
  return new DomainError('validation', `${first}${more}`, { problems });
};

/** The problems inside an error from the budget engine (empty for any other error). */
export const budgetProblemsOf = (error: DomainError): readonly BudgetProblem[] => {
  const problems = error.details?.['problems'];
  return Array.isArray(problems) ? (problems as BudgetProblem[]) : [];
};
