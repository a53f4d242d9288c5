import type { MinorUnits } from '../shared/money.js';
import type { BasisPoints } from './basis-points.js';
import type { PercentageItemKind } from './percentage-item.js';

/** An account's total: its lines, plus the fringes totalled in it (see `BudgetAccount.role`). */
export type AccountTotals = {
  readonly accountNumber: string;
  readonly lines: MinorUnits;
  readonly fringes: MinorUnits;
  readonly total: MinorUnits;
};

export type SectionTotals = {
  readonly lines: MinorUnits;
  readonly fringes: MinorUnits;
  readonly total: MinorUnits;
};

export type ComputedPercentageItem = {
  readonly id: string;
  readonly kind: PercentageItemKind;
  readonly name: string;
  readonly rateBp: BasisPoints;
  /** The sum of the sections and earlier items it is a percentage of. */
  readonly base: MinorUnits;
  /** `rateBp` of `base`, rounded once. */
  readonly amount: MinorUnits;
};
