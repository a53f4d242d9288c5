import type {
  BudgetRecord,
  BudgetVersionRecord,
  FinancingSourceRecord,
  Repositories,
} from '@greenlight/db';
import type { CurrencyCode, ExchangeRate, Production } from '@greenlight/domain';

/**
 * What the financing plan is measured against: the production budget (the main one), its approved version
 * (the budget in force) and, while none is approved, its latest version; the currency and exchange rates
 * financing is converted with; and the sources of the plan.
 */
export type FinancingContext = {
  readonly budget: BudgetRecord | null;
  readonly approved: BudgetVersionRecord | null;
  /** The approved version, else the main budget's latest version, else null. */
  readonly current: BudgetVersionRecord | null;
  /** The current version's currency, else the production's. */
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
  readonly sources: readonly FinancingSourceRecord[];
};

export const loadFinancingContext = async (
  repos: Repositories,
  production: Production,
): Promise<FinancingContext> => {
  const budget = await repos.budgets.findMain(production.id);
  const versions =
    budget === null
      ? []
      : (await repos.budgets.listVersions(production.id)).filter((v) => v.budgetId === budget.id);
  const approved = versions.find((v) => v.status === 'approved') ?? null;
  const current = approved ?? versions.at(-1) ?? null;
  return {
    budget,
    approved,
    current,
    currency: current?.currency ?? production.currency,
    exchangeRates: current?.setup.exchangeRates ?? [],
    sources: await repos.financing.listSources(production.id),
  };
};
