import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import { BUDGET_SECTION_LABELS, BUDGET_SECTIONS, type BudgetSection } from './budget-section.js';
import type { BudgetAccount } from './budget-account.js';
import type { AccountTotals, ComputedPercentageItem, SectionTotals } from './budget-totals.js';

export type TopSheetRow = {
  readonly accountNumber: string;
  readonly name: string;
  readonly lines: MinorUnits;
  readonly fringes: MinorUnits;
  readonly total: MinorUnits;
};

export type TopSheetSection = {
  readonly section: BudgetSection;
  readonly label: string;
  readonly rows: readonly TopSheetRow[];
  readonly total: MinorUnits;
};

/**
 * The top sheet: one row per account grouped by section (in chart order, with section totals), then the
 * subtotal, the percentage items below it and the grand total.
 */
export type TopSheet = {
  readonly currency: CurrencyCode;
  readonly sections: readonly TopSheetSection[];
  readonly subtotal: MinorUnits;
  readonly items: readonly ComputedPercentageItem[];
  readonly grandTotal: MinorUnits;
};

export const buildTopSheet = (input: {
  readonly currency: CurrencyCode;
  readonly chart: readonly BudgetAccount[];
  readonly accounts: ReadonlyMap<string, AccountTotals>;
  readonly sections: Readonly<Record<BudgetSection, SectionTotals>>;
  readonly subtotal: MinorUnits;
  readonly items: readonly ComputedPercentageItem[];
  readonly grandTotal: MinorUnits;
}): TopSheet => {
  const rowsBySection = new Map<BudgetSection, TopSheetRow[]>(
    BUDGET_SECTIONS.map((section) => [section, []]),
  );
  for (const account of input.chart) {
    const totals = input.accounts.get(account.number);
    if (!totals) continue;
    rowsBySection.get(account.section)?.push({
      accountNumber: account.number,
      name: account.name,
      lines: totals.lines,
      fringes: totals.fringes,
      total: totals.total,
    });
  }
  return {
    currency: input.currency,
    sections: BUDGET_SECTIONS.map((section) => ({
      section,
      label: BUDGET_SECTION_LABELS[section],
      rows: rowsBySection.get(section) ?? [],
      total: input.sections[section].total,
    })),
    subtotal: input.subtotal,
    items: input.items,
    grandTotal: input.grandTotal,
  };
};
