import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import type { ComputedBudget } from './computed-budget.js';
import type { PercentageItemKind } from './percentage-item.js';

/**
 * The top sheet in figures (minor units): the shape `greenlight budget compute FILE --json` prints.
 * Contingency and completion bond are the sums of the items of those kinds; other items (insurance,
 * overhead) count in the grand total only.
 */
export type BudgetSummary = {
  readonly currency: CurrencyCode;
  readonly aboveTheLine: MinorUnits;
  readonly belowTheLine: MinorUnits;
  readonly post: MinorUnits;
  readonly other: MinorUnits;
  readonly subtotal: MinorUnits;
  readonly contingency: MinorUnits;
  readonly completionBond: MinorUnits;
  readonly grandTotal: MinorUnits;
};

export const budgetSummary = (computed: ComputedBudget): BudgetSummary => {
  const itemsOf = (kind: PercentageItemKind): MinorUnits =>
    computed.percentageItems
      .filter((item) => item.kind === kind)
      .reduce((sum, item) => sum + item.amount, 0) as MinorUnits;
  return {
    currency: computed.currency,
    aboveTheLine: computed.sections['above-the-line'].total,
    belowTheLine: computed.sections['below-the-line'].total,
    post: computed.sections.post.total,
    other: computed.sections.other.total,
    subtotal: computed.subtotal,
    contingency: itemsOf('contingency'),
    completionBond: itemsOf('completion-bond'),
    grandTotal: computed.grandTotal,
  };
};
