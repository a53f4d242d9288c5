import type { ExchangeRate } from '../budget/exchange-rate.js';
import { cashFlow } from '../financing/cash-flow.js';
import { financingGap } from '../financing/financing-gap.js';
import type { FinancingSource } from '../financing/financing-source.js';
import { addDays } from '../schedule/calendar/date-arithmetic.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import type { CashPosition } from './progress-report.js';

export type CashPositionInput = {
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
  readonly sources: readonly FinancingSource[];
  /** The financing plan's week 1, which dates the drawdown schedules; null when the plan has none. */
  readonly firstWeek: CalendarDate | null;
  readonly asOf: CalendarDate;
  readonly spentToDate: MinorUnits;
  readonly committedToDate: MinorUnits;
  readonly estimatedFinalCost: MinorUnits;
};

/**
 * The cash position on a date. Money counted on is the closed financing (closed and drawn deals); what of it
 * has come in is its drawdown schedule up to the week holding the date, converted as the Financing tab's cash
 * flow converts it. A drawdown week counts once it has started. A source the budget has no rate for, or a
 * schedule drawing more than its deal, leaves the figures it touches null with the reason in `problem`.
 */
export const cashPosition = (input: CashPositionInput): CashPosition => {
  const gap = financingGap({
    budgetTotal: input.estimatedFinalCost,
    currency: input.currency,
    exchangeRates: input.exchangeRates,
    sources: input.sources,
  });
  const flow = cashFlow({
    currency: input.currency,
    spending: [],
    sources: input.sources,
    exchangeRates: input.exchangeRates,
  });
  const firstWeek = input.firstWeek;
  const undated = flow.ok && firstWeek === null && flow.value.totalDrawdowns > 0;
  const drawnToDate =
    !flow.ok || undated
      ? null
      : (flow.value.weeks
          .filter((w) => firstWeek !== null && addDays(firstWeek, (w.week - 1) * 7) <= input.asOf)
          .reduce((sum, w) => sum + w.drawdowns, 0) as MinorUnits);
  const problem = !gap.ok
    ? gap.error.message
    : !flow.ok
      ? flow.error.message
      : undated
        ? 'The financing plan has no first week, so its drawdowns cannot be dated'
        : null;
  return {
    closedFinancing: gap.ok ? gap.value.closed : null,
    drawnToDate,
    spentToDate: input.spentToDate,
    committedToDate: input.committedToDate,
    cashInHand: drawnToDate === null ? null : ((drawnToDate - input.spentToDate) as MinorUnits),
    estimatedFinalCost: input.estimatedFinalCost,
    fundingShortfall: gap.ok ? gap.value.gap : null,
    problem,
  };
};
