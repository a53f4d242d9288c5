import { DomainError } from '../shared/domain-error.js';
import type { MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import type { BudgetContext } from './budget-context.js';
import { MAX_BUDGET_MAGNITUDE } from './budget-limits.js';
import { budgetProblem, budgetValidationError } from './budget-problem.js';
import { BUDGET_SECTIONS, type BudgetSection } from './budget-section.js';
import type { AccountTotals, ComputedPercentageItem, SectionTotals } from './budget-totals.js';
import type { ComputedBudget } from './computed-budget.js';
import type { LineStore } from './line-store.js';
import { percentageOf } from './rounding.js';
import { buildTopSheet } from './top-sheet.js';

/**
 * The totals above the accounts: sections (sums of their accounts), the subtotal, each percentage item
 * (rounded once) and the grand total, plus the top sheet. Shared by the full compute and every line edit,
 * so both finish a budget the same way; it costs the number of accounts, not of lines.
 */
export const assembleBudget = (
  context: BudgetContext,
  store: LineStore,
  accounts: ReadonlyMap<string, AccountTotals>,
  fringeTotals: ReadonlyMap<string, MinorUnits>,
  magnitude: number,
): Result<ComputedBudget> => {
  if (magnitude > MAX_BUDGET_MAGNITUDE) {
    return err(
      budgetValidationError([
        budgetProblem('too-large', 'The budget comes to more than a budget can hold'),
      ]),
    );
  }
  const sums: Record<BudgetSection, { lines: number; fringes: number }> = {
    'above-the-line': { lines: 0, fringes: 0 },
    'below-the-line': { lines: 0, fringes: 0 },
    post: { lines: 0, fringes: 0 },
    other: { lines: 0, fringes: 0 },
  };
  for (const totals of accounts.values()) {
    const account = context.accounts.get(totals.accountNumber);
    if (!account) continue;
    sums[account.section].lines += totals.lines;
    sums[account.section].fringes += totals.fringes;
  }
  const sections = Object.fromEntries(
    BUDGET_SECTIONS.map((section) => {
      const { lines, fringes } = sums[section];
      return [section, { lines, fringes, total: lines + fringes } as SectionTotals];
    }),
  ) as Record<BudgetSection, SectionTotals>;
  const subtotal = BUDGET_SECTIONS.reduce((sum, section) => sum + sections[section].total, 0);

  const items: ComputedPercentageItem[] = [];
  const amounts = new Map<string, number>();
  for (const item of context.setup.percentageItems) {
    const base =
      [...new Set(item.base.sections)].reduce((sum, section) => sum + sections[section].total, 0) +
      [...new Set(item.base.items)].reduce((sum, id) => sum + (amounts.get(id) ?? 0), 0);
    // Rounding place `percentage-item`. The limits keep this a safe integer.
    const amount = percentageOf(base, item.rateBp);
    if (amount === null) {
      throw new DomainError('internal', `${item.name} left the safe integer range`);
    }
    amounts.set(item.id, amount);
    items.push({
      id: item.id,
      kind: item.kind,
      name: item.name,
      rateBp: item.rateBp,
      base: base as MinorUnits,
      amount: amount as MinorUnits,
    });
  }
  const grandTotal = (subtotal + items.reduce((sum, item) => sum + item.amount, 0)) as MinorUnits;

  return ok({
    currency: context.setup.currency,
    accounts,
    sections,
    fringeTotals,
    subtotal: subtotal as MinorUnits,
    percentageItems: items,
    grandTotal,
    topSheet: buildTopSheet({
      currency: context.setup.currency,
      chart: context.setup.accounts,
      accounts,
      sections,
      subtotal: subtotal as MinorUnits,
      items,
      grandTotal,
    }),
    lineCount: store.live,
    engine: { context, store, magnitude },
  });
};
