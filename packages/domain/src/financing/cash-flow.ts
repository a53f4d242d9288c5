import { allocateLargestRemainder } from '../budget/allocate-largest-remainder.js';
import { convertWithRates, type ExchangeRate } from '../budget/exchange-rate.js';
import { DomainError } from '../shared/domain-error.js';
import { formatMoney, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  CLOSED_FINANCING_STATUSES,
  type FinancingSource,
  type FinancingStatus,
} from './financing-source.js';

export type CashFlowWeek = {
  /** 1 is the plan's first week. */
  readonly week: number;
  readonly spending: MinorUnits;
  readonly drawdowns: MinorUnits;
  readonly bySource: readonly { readonly sourceId: string; readonly amount: MinorUnits }[];
  /** Opening balance + every drawdown − every spending up to and including this week. */
  readonly balance: MinorUnits;
};

export type CashFlow = {
  readonly currency: CurrencyCode;
  readonly weeks: readonly CashFlowWeek[];
  /** The first week the balance falls below zero, or null when the cash never runs short. */
  readonly firstShortWeek: number | null;
  readonly lowestBalance: MinorUnits;
  readonly totalSpending: MinorUnits;
  readonly totalDrawdowns: MinorUnits;
};

/** A total spread over `weeks` weeks as evenly as whole minor units allow (largest remainder). */
export const spreadEvenly = (total: MinorUnits, weeks: number): MinorUnits[] =>
  allocateLargestRemainder(
    total,
    Array.from({ length: weeks }, () => 1),
  ) as MinorUnits[];

/**
 * Planned spending by week against the drawdowns of the sources in `statuses` (closed and drawn by
 * default: money the production can count on), with the running balance and the first week it goes
 * short. Spending is an input (from the cost report, or a spread of the budget by phase). A drawdown
 * schedule is converted into the budget currency cumulatively, so a fully drawn source comes to exactly
 * its converted amount; a schedule that draws more than the source is an error.
 */
export const cashFlow = (input: {
  readonly currency: CurrencyCode;
  /** Index 0 is week 1. */
  readonly spending: readonly MinorUnits[];
  readonly sources: readonly FinancingSource[];
  readonly exchangeRates: readonly ExchangeRate[];
  readonly statuses?: readonly FinancingStatus[];
  readonly openingBalance?: MinorUnits;
}): Result<CashFlow> => {
  const statuses = input.statuses ?? CLOSED_FINANCING_STATUSES;
  const byWeek = new Map<number, { sourceId: string; amount: MinorUnits }[]>();
  let lastWeek = input.spending.length;
  for (const source of input.sources) {
    if (!statuses.includes(source.status)) continue;
    const schedule = [...source.drawdowns].sort((a, b) => a.week - b.week);
    const bad = schedule.find((d) => !Number.isInteger(d.week) || d.week < 1 || d.amount < 0);
    if (bad) {
      return err(
        new DomainError(
          'validation',
          `${source.name} has a drawdown in week ${bad.week} of ${formatMoney(bad.amount, source.currency)}: weeks start at 1 and amounts are not negative`,
          { sourceId: source.id },
        ),
      );
    }
    const scheduled = schedule.reduce((sum, d) => sum + d.amount, 0);
    if (scheduled > source.amount) {
      return err(
        new DomainError(
          'validation',
          `${source.name} is scheduled to draw ${formatMoney(scheduled as MinorUnits, source.currency)}, more than its ${formatMoney(source.amount, source.currency)}`,
          { sourceId: source.id },
        ),
      );
    }
    let cumulative = 0;
    let convertedSoFar = 0;
    for (const drawdown of schedule) {
      cumulative += drawdown.amount;
      const converted = convertWithRates(
        cumulative as MinorUnits,
        source.currency,
        input.currency,
        input.exchangeRates,
      );
      if (!converted.ok) return converted;
      const amount = (converted.value - convertedSoFar) as MinorUnits;
      convertedSoFar = converted.value;
      const entries = byWeek.get(drawdown.week) ?? [];
      const same = entries.find((e) => e.sourceId === source.id);
      if (same) same.amount = (same.amount + amount) as MinorUnits;
      else entries.push({ sourceId: source.id, amount });
      byWeek.set(drawdown.week, entries);
      lastWeek = Math.max(lastWeek, drawdown.week);
    }
  }

  const weeks: CashFlowWeek[] = [];
  let balance: number = input.openingBalance ?? 0;
  let lowestBalance = balance;
  let firstShortWeek: number | null = null;
  let totalSpending = 0;
  let totalDrawdowns = 0;
  for (let week = 1; week <= lastWeek; week += 1) {
    const spending = input.spending[week - 1] ?? 0;
    const bySource = byWeek.get(week) ?? [];
    const drawdowns = bySource.reduce((sum, e) => sum + e.amount, 0);
    balance += drawdowns - spending;
    totalSpending += spending;
    totalDrawdowns += drawdowns;
    lowestBalance = Math.min(lowestBalance, balance);
    if (balance < 0 && firstShortWeek === null) firstShortWeek = week;
    weeks.push({
      week,
      spending: spending as MinorUnits,
      drawdowns: drawdowns as MinorUnits,
      bySource,
      balance: balance as MinorUnits,
    });
  }
  return ok({
    currency: input.currency,
    weeks,
    firstShortWeek,
    lowestBalance: lowestBalance as MinorUnits,
    totalSpending: totalSpending as MinorUnits,
    totalDrawdowns: totalDrawdowns as MinorUnits,
  });
};
