import type { BasisPoints } from './basis-points.js';
import type { BudgetUnit } from './budget-unit.js';
import type { MinorUnits } from '../shared/money.js';

/**
 * A fringe: a cost that rides on the lines assigned to it (payroll taxes, union pension and health,
 * health and welfare per day). Every amount is in the budget currency and every fringe is computed per
 * line, once, so editing a line changes only that line's fringes.
 *
 * - `percentage`: `rateBp` of the **fringeable part** of the line total: the part between `threshold`
 *   (none below it) and `cap` (none above it). The cap is per line, Movie Magic's "cutoff": a payroll
 *   tax with an annual wage base is exact for a person budgeted on one line; a person spread over several
 *   lines gets the cap on each, so put them on one line, or lower the cap, when that matters. A negative
 *   line (a credit) gets the negative of the fringe its opposite would.
 * - `flat-per-unit`: `amount` for every unit of the line (quantity × multiplier), for lines counted in
 *   `unit` only: $45 a day on a line of 20 days × 2 people is $1,800.
 */
export type Fringe =
  | {
      readonly id: string;
      readonly name: string;
      readonly kind: 'percentage';
      readonly rateBp: BasisPoints;
      readonly cap: MinorUnits | null;
      readonly threshold: MinorUnits | null;
    }
  | {
      readonly id: string;
      readonly name: string;
      readonly kind: 'flat-per-unit';
      readonly amount: MinorUnits;
      readonly unit: BudgetUnit;
    };

export type FringeKind = Fringe['kind'];
