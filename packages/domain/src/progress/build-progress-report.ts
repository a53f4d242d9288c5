import type { ExchangeRate } from '../budget/exchange-rate.js';
import type { CostReport } from '../cost/cost-report.js';
import type { SpendingDocument } from '../cost/spending-document.js';
import type { FinancingSource } from '../financing/financing-source.js';
import type { Weekday } from '../schedule/calendar/date-arithmetic.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { MinorUnits } from '../shared/money.js';
import { cashPosition } from './cash-position.js';
import { largestVariances } from './largest-variances.js';
import { progressHeadline } from './progress-headline.js';
import type { ProgressReport } from './progress-report.js';
import { scheduleStatus, type ScheduledShootDay, type ScheduleReports } from './schedule-status.js';
import { sectionVariances } from './section-variances.js';
import { weeklySpend } from './weekly-spend.js';

/** How many accounts the largest-variance lists show each way, unless asked otherwise. */
export const DEFAULT_VARIANCE_COUNT = 5;

export type ProgressReportInput = {
  /** The cost report as of the report date (`buildCostReport`): the figures every other part agrees with. */
  readonly costReport: CostReport;
  /** The spending documents the cost report was built from, for the spend over time. */
  readonly documents: readonly SpendingDocument[];
  /** The budget's rate table, as the cost report converted with it. */
  readonly exchangeRates: readonly ExchangeRate[];
  /** The production's week start (1 = Monday … 7 = Sunday). */
  readonly weekStartsOn: Weekday;
  /** The financing plan: its sources and the first week that dates their drawdowns; null without one. */
  readonly financing: {
    readonly sources: readonly FinancingSource[];
    readonly firstWeek: CalendarDate | null;
  } | null;
  /** The shooting board's shoot days; null when there is no shooting board. */
  readonly shootDays: readonly ScheduledShootDay[] | null;
  /**
   * The daily production reports up to the report date (the latest built for the report date); null or
   * missing: none yet, and the board alone says which days are shot.
   */
  readonly productionReports?: ScheduleReports | null;
  readonly varianceCount?: number;
};

/**
 * The weekly progress report for the executive producer and the financiers, as of the cost report's date:
 * its totals, the spend week by week (the last week's actuals are the documents' actuals to date), the
 * accounts furthest over and under budget, the variance by section (adding up to the total variance), the
 * cash position against the closed financing and the shoot against its schedule, with a headline.
 */
export const buildProgressReport = (input: ProgressReportInput): ProgressReport => {
  const report = input.costReport;
  const g = report.grandTotal;
  const spend = weeklySpend(input.documents, {
    currency: report.currency,
    exchangeRates: input.exchangeRates,
    asOf: report.asOf,
    weekStartsOn: input.weekStartsOn,
  });
  const datedActuals = spend.at(-1)?.actuals ?? 0;
  const { over, under } = largestVariances(report, input.varianceCount ?? DEFAULT_VARIANCE_COUNT);
  const totals: ProgressReport['totals'] = {
    budget: g.budget,
    actualsToDate: g.actualsToDate,
    commitments: g.commitments,
    estimatedFinalCost: g.estimatedFinalCost,
    variance: g.variance,
    changeSinceLastReport: g.changeSinceLastReport,
    spentBp: g.budget === 0 ? null : Math.round((g.actualsToDate / g.budget) * 10_000),
  };
  const cash =
    input.financing === null
      ? null
      : cashPosition({
          currency: report.currency,
          exchangeRates: input.exchangeRates,
          sources: input.financing.sources,
          firstWeek: input.financing.firstWeek,
          asOf: report.asOf,
          spentToDate: g.actualsToDate,
          committedToDate: (g.actualsToDate + g.commitments) as MinorUnits,
          estimatedFinalCost: g.estimatedFinalCost,
        });
  const schedule = scheduleStatus(input.shootDays, report.asOf, input.productionReports ?? null);
  return {
    currency: report.currency,
    asOf: report.asOf,
    previousAsOf: report.previousAsOf,
    headline: progressHeadline({
      currency: report.currency,
      asOf: report.asOf,
      totals,
      previousAsOf: report.previousAsOf,
      overBudget: over,
      cash,
      schedule,
    }),
    totals,
    spend,
    undatedActuals: (g.actualsToDate - datedActuals) as MinorUnits,
    overBudget: over,
    underBudget: under,
    sections: sectionVariances(report),
    cash,
    schedule,
  };
};
