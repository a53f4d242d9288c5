import {
  conversionFactor,
  convertToBudgetCurrency,
  isValidRate,
  type ConversionFactor,
  type ExchangeRate,
} from '../budget/exchange-rate.js';
import { countsAsActual, countsAsCommitment } from '../cost/cost-ledger.js';
import type { SpendingDocument } from '../cost/spending-document.js';
import { dayNumber, workweekStartDayNumber } from '../labour/day-number.js';
import { addDays, type Weekday } from '../schedule/calendar/date-arithmetic.js';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { CurrencyCode, MinorUnits } from '../shared/money.js';
import type { SpendWeek } from './progress-report.js';

export type WeeklySpendOptions = {
  readonly currency: CurrencyCode;
  readonly exchangeRates: readonly ExchangeRate[];
  readonly asOf: CalendarDate;
  /** The production's week start (1 = Monday … 7 = Sunday). */
  readonly weekStartsOn: Weekday;
};

type Relief = { readonly day: number; readonly amount: number };

const addAt = (sums: number[], index: number, amount: number): void => {
  sums[index] = (sums[index] ?? 0) + amount;
};

/**
 * Spending over time, week by week, from the week of the earliest document to the week of the report date:
 * at the end of each week, what the ledger said that day (`postSpendingDocuments` as of it, which the
 * property test checks week by week). Documents are taken with the status they have now: a purchase order
 * closed since counts as closed in every week, as the cost report of an earlier date would.
 *
 * Linear in the documents, not weeks × documents: an actual counts from its document's date; a purchase-order line commits its open amount from the order's date, and each invoice
 * relieving it changes that open amount from the invoice's date (converted and rounded as the ledger does:
 * once per line, on what is open).
 */
export const weeklySpend = (
  documents: readonly SpendingDocument[],
  options: WeeklySpendOptions,
): SpendWeek[] => {
  const counted = documents.filter((d) => d.date <= options.asOf);
  if (counted.length === 0) return [];
  // A year has few distinct dates and many documents on each: work each date's day number out once.
  const days = new Map<string, number>();
  const dayOf = (date: CalendarDate): number => {
    let day = days.get(date);
    if (day === undefined) {
      day = dayNumber(date);
      days.set(date, day);
    }
    return day;
  };
  let firstDay = Infinity;
  for (const d of counted) firstDay = Math.min(firstDay, dayOf(d.date));
  const startDay = workweekStartDayNumber(firstDay, options.weekStartsOn);
  const weekCount = Math.floor((dayNumber(options.asOf) - startDay) / 7) + 1;
  const weekOf = (date: CalendarDate): number => Math.floor((dayOf(date) - startDay) / 7);
  const weekOfDay = (day: number): number => Math.floor((day - startDay) / 7);
  const actuals = new Array<number>(weekCount).fill(0);
  const commitments = new Array<number>(weekCount).fill(0);

  const factors = new Map<string, ConversionFactor | undefined>();
  const factorFor = (currency: CurrencyCode): ConversionFactor | null | undefined => {
    if (currency === options.currency) return null;
    if (!factors.has(currency)) {
      const rate = options.exchangeRates.find((r) => r.currency === currency);
      factors.set(
        currency,
        rate !== undefined && isValidRate(rate)
          ? conversionFactor(rate, options.currency)
          : undefined,
      );
    }
    return factors.get(currency);
  };

  // An actual counts from its document's date, converted line by line as the ledger converts it; a document
  // without a rate, or too large to convert, is left out whole, as the ledger leaves it.
  for (const d of counted) {
    if (!countsAsActual(d)) continue;
    const factor = factorFor(d.currency);
    if (factor === undefined) continue;
    let total = 0;
    let whole = true;
    for (const line of d.lines) {
      const amount = factor === null ? line.amount : convertToBudgetCurrency(line.amount, factor);
      if (amount === null) {
        whole = false;
        break;
      }
      total += amount;
    }
    if (whole) addAt(actuals, weekOf(d.date), total);
  }

  // What counted invoices relieve of each purchase-order line, by date (in the order's currency).
  const reliefs = new Map<string, Map<string, Relief[]>>();
  for (const d of counted) {
    if (d.purchaseOrderId === null || !countsAsActual(d)) continue;
    let byLine = reliefs.get(d.purchaseOrderId);
    for (const line of d.lines) {
      if (line.liquidates === null) continue;
      if (byLine === undefined) {
        byLine = new Map();
        reliefs.set(d.purchaseOrderId, byLine);
      }
      const list = byLine.get(line.liquidates.purchaseOrderLineId) ?? [];
      list.push({ day: dayOf(d.date), amount: line.liquidates.amount });
      byLine.set(line.liquidates.purchaseOrderLineId, list);
    }
  }

  for (const order of counted) {
    // A closed order commits nothing, at any date; one without a rate is left out, as the ledger leaves it.
    if (!countsAsCommitment(order)) continue;
    const factor = factorFor(order.currency);
    if (factor === undefined) continue;
    const convert = (amount: number): number | null =>
      amount === 0 ? 0 : factor === null ? amount : convertToBudgetCurrency(amount, factor);
    if (order.lines.some((line) => convert(line.amount) === null)) continue;
    const orderDay = dayOf(order.date);
    const byLine = reliefs.get(order.id);
    for (const line of order.lines) {
      const events = byLine?.get(line.id) ?? [];
      if (events.length > 1) events.sort((a, b) => a.day - b.day);
      let relieved = 0;
      let index = 0;
      // Invoices dated before the order relieve it from the day it counts.
      while (index < events.length && (events[index]?.day ?? Infinity) <= orderDay) {
        relieved += events[index]?.amount ?? 0;
        index += 1;
      }
      let open = convert(Math.max(0, line.amount - relieved)) ?? 0;
      addAt(commitments, weekOfDay(orderDay), open);
      for (; index < events.length; index += 1) {
        const event = events[index];
        if (event === undefined) break;
        relieved += event.amount;
        const next = convert(Math.max(0, line.amount - relieved)) ?? 0;
        addAt(commitments, weekOfDay(event.day), next - open);
        open = next;
      }
    }
  }

  const weeks: SpendWeek[] = [];
  let spent = 0;
  let committed = 0;
  for (let week = 0; week < weekCount; week += 1) {
    spent += actuals[week] ?? 0;
    committed += commitments[week] ?? 0;
    const start = addDays(options.asOf, startDay + week * 7 - dayNumber(options.asOf));
    const end = addDays(start, 6);
    weeks.push({
      weekStarting: start,
      through: end < options.asOf ? end : options.asOf,
      actuals: spent as MinorUnits,
      actualsAndCommitments: (spent + committed) as MinorUnits,
    });
  }
  return weeks;
};
