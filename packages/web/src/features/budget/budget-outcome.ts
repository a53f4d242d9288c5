import type { ActionResultDto } from '@greenlight/contract';

/** The outcome of the last change on the Budget tab, shown in the corner toast. */
export type BudgetOutcome =
  | { readonly kind: 'result'; readonly result: ActionResultDto; readonly doneText: string }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'conflict'; readonly message: string };

/** Where a view of the Budget tab reports what became of a change. */
export type ReportBudgetOutcome = (outcome: BudgetOutcome) => void;
