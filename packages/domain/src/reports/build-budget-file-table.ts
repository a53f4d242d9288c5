import type { Budget } from '../budget/budget.js';
import type { BudgetSection } from '../budget/budget-section.js';
import { BUDGET_UNIT_LABELS } from '../budget/budget-unit.js';
import { computeBudget } from '../budget/compute-budget.js';
import type { ComputedBudget } from '../budget/computed-budget.js';
import { computedLines } from '../budget/computed-budget-lines.js';
import type { DetailLine, LineAmount } from '../budget/detail-line.js';
import { isValidRate, formatExchangeRate, type ExchangeRate } from '../budget/exchange-rate.js';
import type { Fringe } from '../budget/fringe.js';
import type { BudgetGlobal } from '../budget/budget-global.js';
import type { BudgetAccount } from '../budget/budget-account.js';
import type { PercentageItem } from '../budget/percentage-item.js';
import { describeScheduleLink, type ScheduleLink } from '../budget/schedule-link.js';
import type { MinorUnits } from '../shared/money.js';
import { moneyCell, percentCell, quantityCell } from './budget-file-cells.js';
import { formatBudgetFileName, formatBudgetFileNames } from './budget-file-names.js';
import {
  BUDGET_FILE_COLUMNS,
  type BudgetFileCell,
  type BudgetFileRow,
  type BudgetFileTable,
} from './budget-file-table.js';

/** How the file names the sections: the short forms on every studio top sheet. */
export const BUDGET_FILE_SECTION_WORDS: Readonly<Record<BudgetSection, string>> = {
  'above-the-line': 'ATL',
  'below-the-line': 'BTL',
  post: 'Post',
  other: 'Other',
};

/** The Kind of a fringe row. */
export const BUDGET_FILE_FRINGE_KINDS: Readonly<Record<Fringe['kind'], string>> = {
  percentage: 'percentage',
  'flat-per-unit': 'flat',
};

/** The Kind of an account row that collects its section's fringes; other accounts leave it empty. */
export const BUDGET_FILE_FRINGES_ACCOUNT = 'fringes';

/** Whether a bare word in a Base cell would be read as a section rather than an item id. */
export const isBudgetFileSectionWord = (word: string): boolean => sectionOfWord(word) !== null;

/** A section from the words people write for it (`ATL`, `Above the line`, `post-production`…). */
export const sectionOfWord = (word: string): BudgetSection | null => {
  const key = word
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  switch (key) {
    case 'atl':
    case 'above the line':
      return 'above-the-line';
    case 'btl':
    case 'below the line':
      return 'below-the-line';
    case 'post':
    case 'post production':
    case 'postproduction':
      return 'post';
    case 'other':
      return 'other';
    default:
      return null;
  }
};

const name = (text: string): string => formatBudgetFileName(text);
const text = (value: string): BudgetFileCell => (value === '' ? null : value);

/**
 * Whether a name in the Amount column could be read as a number: it starts (after spaces) with a
 * digit, a sign or a decimal point. Broader than any number reader, so escaping these is always enough.
 */
const looksNumeric = (name: string): boolean => /^\s*[-+.,\d]/.test(name);

/** A global name in an Amount cell: escaped when it would otherwise read as a number. */
const amountCell = (amount: LineAmount | BudgetGlobal['value']): BudgetFileCell =>
  amount.kind === 'quantity'
    ? quantityCell(amount.quantity)
    : formatBudgetFileName(amount.name, looksNumeric(amount.name));

const scheduleCell = (link: ScheduleLink | null): BudgetFileCell =>
  link === null ? null : describeScheduleLink(link);

type Totals = {
  readonly grand: MinorUnits | null;
  readonly lines: ReadonlyMap<DetailLine, { total: MinorUnits; fringes: MinorUnits }>;
  readonly accounts: ComputedBudget['accounts'] | null;
  readonly fringes: ComputedBudget['fringeTotals'] | null;
  readonly items: readonly MinorUnits[] | null;
};

const NO_TOTALS: Totals = {
  grand: null,
  lines: new Map(),
  accounts: null,
  fringes: null,
  items: null,
};

const totalsOf = (budget: Budget): Totals => {
  const computed = computeBudget(budget);
  if (!computed.ok) return NO_TOTALS;
  const lines = new Map<DetailLine, { total: MinorUnits; fringes: MinorUnits }>();
  for (const line of computedLines(computed.value)) {
    lines.set(line.line, { total: line.total, fringes: line.fringeTotal });
  }
  return {
    grand: computed.value.grandTotal,
    lines,
    accounts: computed.value.accounts,
    fringes: computed.value.fringeTotals,
    items: computed.value.percentageItems.map((item) => item.amount),
  };
};

/**
 * The budget as the rows of a budget file, in this order: the budget (its currency), exchange rates,
 * globals, fringes, accounts and detail lines, percentage items. When every line sits in chart order,
 * each account row is followed by its lines, so the file reads like a budget's detail; otherwise all the
 * accounts come first, then the lines in budget order. Either way the importer gives back the same
 * budget: accounts and lines keep their own order.
 *
 * Totals (grand total, account, fringe, line and item totals) are filled in when the budget computes,
 * and left empty when it does not; the importer never reads them.
 */
export const buildBudgetFileTable = (budget: Budget): BudgetFileTable => {
  const totals = totalsOf(budget);
  const currency = budget.currency;
  const money = (amount: number | null): BudgetFileCell =>
    amount === null ? null : moneyCell(amount, currency);

  const rows: BudgetFileRow[] = [
    { Record: 'budget', Currency: currency, Total: money(totals.grand) },
    ...budget.exchangeRates.map((rate: ExchangeRate): BudgetFileRow => ({
      Record: 'rate',
      Currency: rate.currency,
      Rate: isValidRate(rate)
        ? { kind: 'number', text: formatExchangeRate(rate.perUnitMicros), places: null }
        : String(rate.perUnitMicros / 1_000_000),
    })),
    ...budget.globals.map((global): BudgetFileRow => ({
      Record: 'global',
      ID: name(global.name),
      Description: text(global.description),
      Amount: amountCell(global.value),
      Schedule: scheduleCell(global.scheduleLink),
    })),
    ...budget.fringes.map((fringe): BudgetFileRow => {
      const common = {
        Record: 'fringe',
        ID: name(fringe.id),
        Description: text(fringe.name),
        Kind: BUDGET_FILE_FRINGE_KINDS[fringe.kind],
        Total: money(totals.fringes?.get(fringe.id) ?? null),
      };
      return fringe.kind === 'percentage'
        ? {
            ...common,
            Rate: percentCell(fringe.rateBp),
            Cap: money(fringe.cap),
            Threshold: money(fringe.threshold),
          }
        : { ...common, Rate: money(fringe.amount), Units: BUDGET_UNIT_LABELS[fringe.unit] };
    }),
  ];

  const accountRow = (account: BudgetAccount): BudgetFileRow => {
    const accountTotals = totals.accounts?.get(account.number);
    return {
      Record: 'account',
      Acct: name(account.number),
      Description: text(account.name),
      Section: BUDGET_FILE_SECTION_WORDS[account.section],
      Kind: account.role === 'fringes' ? BUDGET_FILE_FRINGES_ACCOUNT : null,
      Total: money(accountTotals?.total ?? null),
      'Fringe total': money(accountTotals?.fringes ?? null),
    };
  };
  const lineRow = (line: DetailLine): BudgetFileRow => {
    const lineTotals = totals.lines.get(line);
    return {
      Record: 'line',
      Acct: name(line.accountNumber),
      ID: name(line.id),
      Description: text(line.description),
      Amount: amountCell(line.amount),
      Units: BUDGET_UNIT_LABELS[line.unit],
      X: quantityCell(line.multiplier),
      Rate: moneyCell(line.rate, line.currency),
      Currency: line.currency,
      Fringes: text(formatBudgetFileNames(line.fringeIds)),
      Total: money(lineTotals?.total ?? null),
      'Fringe total': money(lineTotals?.fringes ?? null),
      Schedule: scheduleCell(line.scheduleLink),
    };
  };

  const grouped = linesByAccountInChartOrder(budget);
  if (grouped) {
    for (const account of budget.accounts) {
      rows.push(accountRow(account), ...(grouped.get(account.number) ?? []).map(lineRow));
    }
  } else {
    rows.push(...budget.accounts.map(accountRow), ...budget.lines.map(lineRow));
  }

  rows.push(
    ...budget.percentageItems.map((item: PercentageItem, index): BudgetFileRow => ({
      Record: 'item',
      ID: name(item.id),
      Description: text(item.name),
      Kind: item.kind,
      Rate: percentCell(item.rateBp),
      Base: text(
        [
          ...item.base.sections.map((section) => BUDGET_FILE_SECTION_WORDS[section] ?? section),
          ...item.base.items.map((id) => formatBudgetFileName(id, isBudgetFileSectionWord(id))),
        ].join('; '),
      ),
      Total: money(totals.items?.[index] ?? null),
    })),
  );
  return { title: 'Budget', columns: BUDGET_FILE_COLUMNS, rows };
};

/**
 * The lines of each account when writing each account's lines under it keeps the budget's line order
 * (every line in an account of the chart, accounts numbered once, lines in chart order); else null.
 */
const linesByAccountInChartOrder = (budget: Budget): Map<string, DetailLine[]> | null => {
  const byAccount = new Map<string, DetailLine[]>();
  for (const account of budget.accounts) {
    if (byAccount.has(account.number)) return null;
    byAccount.set(account.number, []);
  }
  for (const line of budget.lines) {
    const lines = byAccount.get(line.accountNumber);
    if (!lines) return null;
    lines.push(line);
  }
  let index = 0;
  for (const lines of byAccount.values()) {
    for (const line of lines) {
      if (budget.lines[index] !== line) return null;
      index += 1;
    }
  }
  return byAccount;
};
