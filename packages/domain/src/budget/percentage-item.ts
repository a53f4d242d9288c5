import type { BasisPoints } from './basis-points.js';
import type { BudgetSection } from './budget-section.js';

/** What sits below the subtotal of the four sections. */
export const PERCENTAGE_ITEM_KINDS = [
  'contingency',
  'completion-bond',
  'insurance',
  'overhead',
  'other',
] as const;
export type PercentageItemKind = (typeof PERCENTAGE_ITEM_KINDS)[number];

export const PERCENTAGE_ITEM_KIND_LABELS: Readonly<Record<PercentageItemKind, string>> = {
  contingency: 'Contingency',
  'completion-bond': 'Completion bond',
  insurance: 'Insurance',
  overhead: 'Overhead',
  other: 'Other',
};

/**
 * The base of a percentage item: the totals of some sections plus the amounts of some earlier items
 * (a bond on the subtotal plus contingency). An item may only name items listed before it, so there is
 * never a cycle.
 */
export type PercentageBase = {
  readonly sections: readonly BudgetSection[];
  readonly items: readonly string[];
};

/** Contingency, completion bond, insurance or overhead: `rateBp` (at most 100 %) of its base. */
export type PercentageItem = {
  readonly id: string;
  readonly kind: PercentageItemKind;
  readonly name: string;
  readonly rateBp: BasisPoints;
  readonly base: PercentageBase;
};
