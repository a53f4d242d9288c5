import { formatBasisPoints } from '../budget/basis-points.js';
import { BUDGET_SECTION_LABELS } from '../budget/budget-section.js';
import { BUDGET_UNIT_LABELS } from '../budget/budget-unit.js';
import type { BudgetGlobal } from '../budget/budget-global.js';
import type { ComputedBudget } from '../budget/computed-budget.js';
import { budgetOf, computedLines } from '../budget/computed-budget-lines.js';
import type { ComputedLine } from '../budget/computed-line.js';
import { formatExchangeRate } from '../budget/exchange-rate.js';
import type { Fringe } from '../budget/fringe.js';
import { formatQuantity } from '../budget/quantity.js';
import { describeScheduleLink } from '../budget/schedule-link.js';
import type { Instant } from '../shared/calendar-date.js';
import { formatMoney, type CurrencyCode, type MinorUnits } from '../shared/money.js';
import { createDateTimeFormatter } from './format-date-time-in-zone.js';
import type { ReportColumn, ReportDocument, ReportRow, ReportSection } from './report-document.js';

export type BudgetReportMeta = {
  /** What the budget is for: the production's title, or the file it came from. */
  readonly title: string;
  /** A version label (`Draft 3`, `Approved`), shown under the title when given. */
  readonly version?: string;
  readonly generatedAt: Instant;
  /** The production's IANA zone, for the generated-at time. */
  readonly timeZone: string;
};

const NONE = '—';

const TOP_SHEET_COLUMNS: readonly ReportColumn[] = [
  { key: 'acct', label: 'Acct', width: 2 },
  { key: 'name', label: 'Account', width: 9 },
  { key: 'lines', label: 'Lines', align: 'right', width: 4 },
  { key: 'fringes', label: 'Fringes', align: 'right', width: 4 },
  { key: 'total', label: 'Total', align: 'right', width: 4 },
];

const DETAIL_COLUMNS: readonly ReportColumn[] = [
  { key: 'description', label: 'Description', width: 9 },
  { key: 'amount', label: 'Amount', align: 'right', width: 4.5 },
  { key: 'units', label: 'Units', width: 2 },
  { key: 'x', label: 'X', align: 'right', width: 1.5 },
  { key: 'rate', label: 'Rate', align: 'right', width: 3.5 },
  { key: 'total', label: 'Total', align: 'right', width: 3.5 },
  { key: 'fringes', label: 'Fringes', align: 'right', width: 3.5 },
];

/**
 * A budget for print: the top sheet (each section's accounts with lines, fringes and total, then the
 * section totals, subtotal, percentage items and grand total), the globals and fringes it was worked out
 * with, and the detail: each account's lines, every line followed by the fringes it carries, and each
 * fringe account's fringes by kind. Amounts are in the budget currency except a line's rate, which is in
 * the line's own currency.
 */
export const buildBudgetReport = (
  computed: ComputedBudget,
  meta: BudgetReportMeta,
): ReportDocument => {
  const generated = createDateTimeFormatter(meta.timeZone)(meta.generatedAt);
  const currency = computed.currency;
  const money = (amount: number): string => formatMoney(amount as MinorUnits, currency);
  const budget = budgetOf(computed);
  const lines = computedLines(computed);

  const topSheet: ReportSection[] = computed.topSheet.sections.map((section) => ({
    heading: `Top sheet · ${section.label}`,
    columns: TOP_SHEET_COLUMNS,
    rows: section.rows.map((row): ReportRow => ({
      acct: row.accountNumber,
      name: row.name,
      lines: money(row.lines),
      fringes: money(row.fringes),
      total: money(row.total),
    })),
    totals: { name: `Total ${section.label.toLowerCase()}`, total: money(section.total) },
    emptyText: 'No accounts in this section.',
  }));

  const summary: ReportSection = {
    heading: 'Top sheet · Totals',
    columns: [
      { key: 'name', label: '', width: 9 },
      { key: 'rate', label: 'Rate', align: 'right', width: 2 },
      { key: 'base', label: 'Of', align: 'right', width: 4 },
      { key: 'total', label: 'Total', align: 'right', width: 4 },
    ],
    rows: [
      ...computed.topSheet.sections.map((section): ReportRow => ({
        name: section.label,
        total: money(section.total),
      })),
      { name: 'Subtotal', total: money(computed.subtotal) },
      ...computed.topSheet.items.map((item): ReportRow => ({
        name: item.name,
        rate: formatBasisPoints(item.rateBp),
        base: money(item.base),
        total: money(item.amount),
      })),
    ],
    totals: { name: 'Grand total', total: money(computed.grandTotal) },
  };

  const globals: ReportSection = {
    heading: 'Globals',
    columns: [
      { key: 'name', label: 'Name', width: 4 },
      { key: 'description', label: 'Description', width: 8 },
      { key: 'value', label: 'Value', align: 'right', width: 3 },
      { key: 'schedule', label: 'From the schedule', width: 4 },
    ],
    rows: budget.globals.map((global): ReportRow => ({
      name: global.name,
      description: global.description,
      value: globalValue(global),
      schedule: global.scheduleLink === null ? '' : describeScheduleLink(global.scheduleLink),
    })),
    emptyText: 'No globals.',
  };

  const fringes: ReportSection = {
    heading: 'Fringes',
    columns: [
      { key: 'name', label: 'Fringe', width: 7 },
      { key: 'rate', label: 'Rate', align: 'right', width: 4 },
      { key: 'cap', label: 'Cap per line', align: 'right', width: 3.5 },
      { key: 'threshold', label: 'Threshold', align: 'right', width: 3.5 },
      { key: 'total', label: 'Total', align: 'right', width: 3.5 },
    ],
    rows: budget.fringes.map((fringe): ReportRow => ({
      name: fringe.name,
      rate: fringeRate(fringe, currency),
      cap: fringe.kind === 'percentage' && fringe.cap !== null ? money(fringe.cap) : '',
      threshold:
        fringe.kind === 'percentage' && fringe.threshold !== null ? money(fringe.threshold) : '',
      total: money(computed.fringeTotals.get(fringe.id) ?? 0),
    })),
    emptyText: 'No fringes.',
  };

  const fringeNames = new Map(budget.fringes.map((fringe) => [fringe.id, fringe]));
  const byAccount = new Map<string, ComputedLine[]>();
  const fringesCollected = new Map<string, Map<string, number>>();
  for (const line of lines) {
    const own = byAccount.get(line.line.accountNumber) ?? [];
    own.push(line);
    byAccount.set(line.line.accountNumber, own);
    if (line.fringeAccountNumber !== line.line.accountNumber) {
      const collected = fringesCollected.get(line.fringeAccountNumber) ?? new Map<string, number>();
      for (const { fringeId, amount } of line.fringes) {
        collected.set(fringeId, (collected.get(fringeId) ?? 0) + amount);
      }
      fringesCollected.set(line.fringeAccountNumber, collected);
    }
  }

  const detail: ReportSection[] = [];
  for (const account of budget.accounts) {
    const heading = `${account.number} ${account.name} · ${BUDGET_SECTION_LABELS[account.section]}`;
    if (account.role === 'fringes') {
      const collected = [...(fringesCollected.get(account.number) ?? new Map<string, number>())];
      if (collected.length === 0) continue;
      detail.push({
        heading,
        columns: DETAIL_COLUMNS,
        rows: collected.map(([fringeId, amount]): ReportRow => ({
          description: fringeNames.get(fringeId)?.name ?? fringeId,
          fringes: money(amount),
        })),
        totals: {
          description: `Total ${account.number}`,
          fringes: money(collected.reduce((sum, [, amount]) => sum + amount, 0)),
        },
      });
      continue;
    }
    const accountLines = byAccount.get(account.number) ?? [];
    if (accountLines.length === 0) continue;
    const rows: ReportRow[] = [];
    let linesTotal = 0;
    let fringesTotal = 0;
    let carried: string | null = null;
    for (const computedLine of accountLines) {
      rows.push(lineRow(computedLine, currency, budget.exchangeRates));
      linesTotal += computedLine.total;
      for (const { fringeId, amount } of computedLine.fringes) {
        const fringe = fringeNames.get(fringeId);
        rows.push({
          description: `    + ${fringe?.name ?? fringeId}${fringe ? ` (${fringeRate(fringe, currency)})` : ''}`,
          fringes: money(amount),
        });
        fringesTotal += amount;
      }
      if (computedLine.fringeAccountNumber !== account.number && computedLine.fringes.length > 0) {
        carried = computedLine.fringeAccountNumber;
      }
    }
    detail.push({
      heading: carried === null ? heading : `${heading} · fringes carried to ${carried}`,
      columns: DETAIL_COLUMNS,
      rows,
      totals: {
        description: `Total ${account.number}`,
        total: money(linesTotal),
        fringes: money(fringesTotal),
      },
    });
  }

  return {
    title: 'Budget',
    subtitle: meta.version === undefined ? meta.title : `${meta.title} · ${meta.version}`,
    generatedAt: meta.generatedAt,
    meta: [
      { label: 'Generated', value: generated },
      { label: 'Currency', value: currency },
      {
        label: 'Exchange rates',
        value:
          budget.exchangeRates.length === 0
            ? NONE
            : budget.exchangeRates
                .map(
                  (rate) =>
                    `1 ${rate.currency} = ${formatExchangeRate(rate.perUnitMicros)} ${currency}`,
                )
                .join(', '),
      },
      { label: 'Detail lines', value: String(computed.lineCount) },
      { label: 'Grand total', value: money(computed.grandTotal) },
    ],
    sections: [
      ...topSheet,
      summary,
      globals,
      fringes,
      ...(detail.length === 0
        ? [
            {
              heading: 'Detail',
              columns: DETAIL_COLUMNS,
              rows: [],
              emptyText: 'No detail lines yet.',
            },
          ]
        : detail),
    ],
    footer: `${meta.title} · Budget · generated ${generated}`,
  };
};

const globalValue = (global: BudgetGlobal): string =>
  global.value.kind === 'quantity'
    ? formatQuantity(global.value.quantity)
    : `= ${global.value.name}`;

const fringeRate = (fringe: Fringe, currency: CurrencyCode): string =>
  fringe.kind === 'percentage'
    ? formatBasisPoints(fringe.rateBp)
    : `${formatMoney(fringe.amount, currency)} per ${BUDGET_UNIT_LABELS[fringe.unit].toLowerCase().replace(/s$/, '')}`;

/** A detail line: its amount (with the global it follows), unit, multiplier, rate and total. */
const lineRow = (
  computed: ComputedLine,
  currency: CurrencyCode,
  rates: readonly { readonly currency: CurrencyCode; readonly perUnitMicros: number }[],
): ReportRow => {
  const line = computed.line;
  const foreign = line.currency !== currency;
  const rate = rates.find((r) => r.currency === line.currency);
  const conversion =
    foreign && rate
      ? ` · ${formatMoney(computed.totalInLineCurrency, line.currency)} at ${formatExchangeRate(rate.perUnitMicros)}`
      : '';
  return {
    description: `${line.description}${conversion}`,
    amount:
      line.amount.kind === 'global'
        ? `${formatQuantity(computed.quantity)} (${line.amount.name})`
        : formatQuantity(computed.quantity),
    units: BUDGET_UNIT_LABELS[line.unit],
    x: formatQuantity(line.multiplier),
    rate: formatMoney(line.rate, line.currency),
    total: formatMoney(computed.total, currency),
  };
};
