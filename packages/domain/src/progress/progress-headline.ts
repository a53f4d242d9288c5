import { formatCalendarDate } from '../reports/format-calendar-date.js';
import { formatEighths } from '../screenplay/format-eighths.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import { formatMoney, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import type {
  CashPosition,
  ProgressReport,
  ProgressVariance,
  ScheduleReportStanding,
  ScheduleStatus,
} from './progress-report.js';

export type HeadlineFacts = Pick<ProgressReport, 'totals' | 'previousAsOf' | 'asOf'> & {
  readonly currency: CurrencyCode;
  readonly overBudget: readonly ProgressVariance[];
  readonly cash: CashPosition | null;
  readonly schedule: ScheduleStatus;
};

/** A share in basis points as a percentage with one decimal: 4523 → "45.2%". */
export const formatShareBp = (bp: number): string => {
  const tenths = Math.round(bp / 10);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}%`;
};

const day = (date: CalendarDate | null): string => (date === null ? '' : formatCalendarDate(date));

/** Eighths ahead or behind in words: "1 4/8 pages behind", "3/8 pages ahead", "on schedule". */
export const standingWords = (eighthsAhead: number, daysAhead: number): string => {
  if (eighthsAhead === 0) return 'on schedule';
  const days = Math.abs(daysAhead);
  return `${formatEighths(Math.abs(eighthsAhead))} pages ${eighthsAhead > 0 ? 'ahead' : 'behind'} (${days} day${days === 1 ? '' : 's'})`;
};

/** "Day 3 of 4 shot; 1 4/8 pages behind (0.2 days).", from the latest production report. */
const standingSentence = (standing: ScheduleReportStanding): string =>
  `Day ${standing.dayNumber} of ${standing.totalDays} shot; ${standingWords(standing.eighthsAhead, standing.daysAhead)}.`;

/**
 * The report in a few sentences, for the top of the page and the e-mail it is sent with: the estimated final
 * cost against the budget, what is spent and committed, the movement since the last report, the largest
 * overage, the cash and the shoot. Each sentence stands alone, so a reader can stop after any of them.
 */
export const progressHeadline = (facts: HeadlineFacts): string[] => {
  const money = (amount: number): string => formatMoney(amount as MinorUnits, facts.currency);
  // How far from zero, as a plain number: the sentences say "over" or "fell" instead of a minus sign.
  const size = (amount: number): string => money(Math.abs(amount));
  const t = facts.totals;
  const lines: string[] = [];

  const share =
    t.budget === 0 ? '' : ` (${formatShareBp((Math.abs(t.variance) / t.budget) * 10_000)})`;
  lines.push(
    t.variance < 0
      ? `Estimated final cost ${money(t.estimatedFinalCost)}: ${size(t.variance)} over the budget of ${money(t.budget)}${share}.`
      : t.variance > 0
        ? `Estimated final cost ${money(t.estimatedFinalCost)}: ${money(t.variance)} under the budget of ${money(t.budget)}${share}.`
        : `Estimated final cost ${money(t.estimatedFinalCost)}: on the budget.`,
  );
  lines.push(
    `${money(t.actualsToDate)} spent to date${t.spentBp === null ? '' : ` (${formatShareBp(t.spentBp)} of the budget)`}; ${money(t.commitments)} more committed on open purchase orders.`,
  );
  if (t.changeSinceLastReport !== null && facts.previousAsOf !== null) {
    const since = `since the report of ${day(facts.previousAsOf)}`;
    lines.push(
      t.changeSinceLastReport > 0
        ? `The estimated final cost rose by ${money(t.changeSinceLastReport)} ${since}.`
        : t.changeSinceLastReport < 0
          ? `The estimated final cost fell by ${size(t.changeSinceLastReport)} ${since}.`
          : `The estimated final cost is unchanged ${since}.`,
    );
  }
  const largest = facts.overBudget[0];
  if (largest !== undefined) {
    lines.push(
      `Largest overage: ${largest.accountNumber} ${largest.name}, ${size(largest.variance)} over its budget.`,
    );
  }

  const cash = facts.cash;
  if (cash !== null) {
    if (cash.drawnToDate !== null && cash.cashInHand !== null) {
      const closed =
        cash.closedFinancing === null ? '' : ` of ${money(cash.closedFinancing)} closed financing`;
      lines.push(
        cash.cashInHand >= 0
          ? `${money(cash.drawnToDate)} drawn${closed}: ${money(cash.cashInHand)} in hand after spending.`
          : `${money(cash.drawnToDate)} drawn${closed}: spending is ${size(cash.cashInHand)} ahead of the drawdowns.`,
      );
    }
    if (cash.fundingShortfall !== null && cash.fundingShortfall > 0) {
      lines.push(
        `The closed financing is ${money(cash.fundingShortfall)} short of the estimated final cost.`,
      );
    }
  }

  const s = facts.schedule;
  if (s.standing !== null) {
    lines.push(standingSentence(s.standing));
    if (s.daysWithoutReport.length > 0) {
      const n = s.daysWithoutReport.length;
      lines.push(
        `No production report for ${n} shoot day${n === 1 ? '' : 's'} before ${day(facts.asOf)}: ${s.daysWithoutReport.map(day).join(', ')}; not counted as shot.`,
      );
    }
  } else if (s.state === 'before-shooting') {
    lines.push(
      `Shooting starts on ${day(s.firstShootDay)}: ${s.plannedDays} day${s.plannedDays === 1 ? '' : 's'} planned, wrapping on ${day(s.wrapDate)}.`,
    );
  } else if (s.state === 'shooting') {
    lines.push(`Day ${s.shotDays} of ${s.plannedDays} shot; wrap on ${day(s.wrapDate)}.`);
  } else if (s.state === 'wrapped') {
    lines.push(
      `Shooting wrapped on ${day(s.wrapDate)} after ${s.plannedDays} day${s.plannedDays === 1 ? '' : 's'}.`,
    );
  } else {
    lines.push('There is no shooting schedule yet.');
  }
  return lines;
};
