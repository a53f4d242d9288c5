import { fromMajorUnits, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import type { BasisPoints } from './basis-points.js';
import type { BudgetAccount } from './budget-account.js';
import type { BudgetGlobal } from './budget-global.js';
import type { BudgetSection } from './budget-section.js';
import type { BudgetUnit } from './budget-unit.js';
import type { Budget } from './budget.js';
import type { Fringe } from './fringe.js';
import type { PercentageItem } from './percentage-item.js';

/** A fringe in a template: amounts in whole units of whatever currency the budget is made in. */
export type TemplateFringe =
  | {
      readonly id: string;
      readonly name: string;
      readonly kind: 'percentage';
      readonly rateBp: BasisPoints;
      readonly capMajor: number | null;
      readonly thresholdMajor: number | null;
    }
  | {
      readonly id: string;
      readonly name: string;
      readonly kind: 'flat-per-unit';
      readonly amountMajor: number;
      readonly unit: BudgetUnit;
    };

export type BudgetTemplateId = 'feature-film' | 'episodic-tv';

/**
 * A starting chart of accounts with default fringes, globals and percentage items. A template, not a
 * standard: numbering differs between studios and sources (domain-conventions §7), and a production edits
 * its own copy.
 */
export type BudgetTemplate = {
  readonly id: BudgetTemplateId;
  readonly name: string;
  readonly accounts: readonly BudgetAccount[];
  readonly fringes: readonly TemplateFringe[];
  readonly globals: readonly BudgetGlobal[];
  readonly percentageItems: readonly PercentageItem[];
};

/** An account row of a template. */
export const templateAccount = (
  number: string,
  name: string,
  section: BudgetSection,
  role: BudgetAccount['role'] = 'lines',
): BudgetAccount => ({ number, name, section, role });

const money = (major: number | null, currency: CurrencyCode): MinorUnits | null =>
  major === null ? null : fromMajorUnits(major, currency);

/** An empty budget (no lines, no exchange rates) from a template, in `currency`. */
export const budgetFromTemplate = (template: BudgetTemplate, currency: CurrencyCode): Budget => ({
  currency,
  exchangeRates: [],
  globals: template.globals,
  fringes: template.fringes.map((fringe): Fringe =>
    fringe.kind === 'percentage'
      ? {
          id: fringe.id,
          name: fringe.name,
          kind: 'percentage',
          rateBp: fringe.rateBp,
          cap: money(fringe.capMajor, currency),
          threshold: money(fringe.thresholdMajor, currency),
        }
      : {
          id: fringe.id,
          name: fringe.name,
          kind: 'flat-per-unit',
          amount: fromMajorUnits(fringe.amountMajor, currency),
          unit: fringe.unit,
        },
  ),
  accounts: template.accounts,
  lines: [],
  percentageItems: template.percentageItems,
});
