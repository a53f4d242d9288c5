import {
  currencyCode,
  splitBudgetFileNames,
  type Budget,
  type BudgetAccount,
  type BudgetFileColumn,
  type BudgetFileRecord,
  type BudgetGlobal,
  type CurrencyCode,
  type DetailLine,
  type ExchangeRate,
  type Fringe,
  type PercentageItem,
} from '@greenlight/domain';
import { recordOfWord } from './budget-file-words.js';
import type { BudgetFileDiagnostic } from './budget-file-diagnostic.js';
import { readBudgetFileHeader } from './budget-file-header.js';
import { budgetProblemDiagnostics, type BudgetRowIndex } from './budget-problem-diagnostics.js';
import { budgetRow } from './budget-row.js';
import { parseAccountRecord } from './parse-account-record.js';
import { parseCurrencyText } from './parse-currency-text.js';
import { parseFringeRecord } from './parse-fringe-record.js';
import { parseGlobalRecord } from './parse-global-record.js';
import { parseItemRecord } from './parse-item-record.js';
import { parseLineRecord } from './parse-line-record.js';
import { parseRateRecord } from './parse-rate-record.js';
import { quoted } from './parsed-value.js';

/** Ten times the 10,000 lines a budget is built to handle; a guard against reading something else. */
export const MAX_BUDGET_FILE_ROWS = 100_000;

export type BudgetFileParseResult = {
  /** The budget, when every row could be read; null when any row has an error. */
  readonly budget: Budget | null;
  /**
   * Every problem, each on its row: what could not be read (then `budget` is null), rows with cells
   * in columns their record does not use (warnings), and what stops the budget engine from working the
   * budget out (errors; `budget` is still given, so it can be stored and fixed).
   */
  readonly diagnostics: readonly BudgetFileDiagnostic[];
};

/** The columns a record cannot do without: a file with such rows but not the column is refused at once. */
const NEEDED: Readonly<Record<BudgetFileRecord, readonly BudgetFileColumn[]>> = {
  budget: ['Currency'],
  rate: ['Currency', 'Rate'],
  global: ['ID', 'Amount'],
  fringe: ['ID', 'Kind', 'Rate'],
  account: ['Acct', 'Section'],
  line: ['Acct', 'Amount', 'Units', 'Rate'],
  item: ['ID', 'Kind', 'Rate'],
};

const blank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

const error = (message: string, line?: number, column?: BudgetFileColumn, index?: number) =>
  ({
    severity: 'error',
    message,
    ...(line === undefined ? {} : { line }),
    ...(index === undefined ? {} : { column: index + 1 }),
    ...(column === undefined ? {} : { field: column }),
  }) satisfies BudgetFileDiagnostic;

/**
 * Reads the rows of a budget file (README "Budget files"; `readCsvRows` / `readXlsxRows` turn a file
 * into rows) back into a `Budget`: the header row names the columns (any order; unknown columns are
 * ignored), then one record per row, blank rows skipped. Every value is read exactly (money in minor
 * units, quantities in thousandths, percentages in basis points) and nothing is rounded. Total and
 * Fringe total are never read: they are worked out again.
 *
 * Never throws on content. Every problem becomes a diagnostic with its row, column and column name; a
 * file with problems reports them all. The budget is then checked by the engine and its problems are
 * reported on their rows too.
 */
export const parseBudgetRows = (rows: readonly (readonly string[])[]): BudgetFileParseResult => {
  const headerCells = rows[0] ?? [];
  if (blank(headerCells)) {
    return failed(
      error(
        'The file is empty, or its first row is: the first row must be the header (Record, Acct, ID, Description, …)',
        1,
      ),
    );
  }
  const { header, diagnostics } = readBudgetFileHeader(headerCells);
  const recordIndex = header.get('Record');
  if (recordIndex === undefined) {
    return failed(
      error(
        'The first row must be the header of a budget file, with a Record column (budget, rate, global, fringe, account, line or item)',
        1,
      ),
    );
  }
  if (rows.length - 1 > MAX_BUDGET_FILE_ROWS) {
    return failed(error(`The file has more than ${MAX_BUDGET_FILE_ROWS} rows`));
  }

  const records: { cells: readonly string[]; number: number; record: BudgetFileRecord }[] = [];
  rows.forEach((cells, index) => {
    if (index === 0 || blank(cells)) return;
    const word = cells[recordIndex] ?? '';
    const record = recordOfWord(word);
    if (record === null) {
      diagnostics.push(
        error(
          word.trim() === ''
            ? 'The Record cell is empty: say what the row is (budget, rate, global, fringe, account, line or item)'
            : `${quoted(word)} is not a kind of record (budget, rate, global, fringe, account, line or item)`,
          index + 1,
          'Record',
          recordIndex,
        ),
      );
    } else records.push({ cells, number: index + 1, record });
  });

  // Without a column its rows need, every such row would report the same thing: say it once.
  const kinds = new Set(records.map((r) => r.record));
  for (const kind of kinds) {
    for (const column of NEEDED[kind]) {
      if (!header.has(column)) {
        diagnostics.push(error(`The file has ${kind} rows but no ${column} column`, 1, column));
      }
    }
  }
  if (diagnostics.some((d) => d.line === 1)) {
    return { budget: null, diagnostics };
  }

  const budgetRecords = records.filter((r) => r.record === 'budget');
  const first = budgetRecords[0];
  if (first === undefined) {
    diagnostics.push(
      error("There is no budget row: add a row with Record budget and the budget's Currency"),
    );
  }
  for (const extra of budgetRecords.slice(1)) {
    diagnostics.push(
      error(
        `There is already a budget row (row ${first?.number}); a file holds one budget`,
        extra.number,
        'Record',
        recordIndex,
      ),
    );
  }
  let currency: CurrencyCode | null = null;
  if (first) {
    const row = budgetRow(first.cells, first.number, 'budget', header, diagnostics);
    row.ignoreOthers(['Currency']);
    currency = row.value('Currency', parseCurrencyText, null);
  }
  // With no usable currency the other rows are still read, as if in US dollars, to report their
  // problems too; the budget is not given back.
  const budgetCurrency = currency ?? currencyCode('USD');

  const takenIds = new Set<string>();
  for (const { cells, record } of records) {
    if (record !== 'line') continue;
    const id = splitBudgetFileNames(cells[header.get('ID') ?? -1] ?? '')[0];
    if (id) takenIds.add(id.name);
  }
  const newLineId = (rowNumber: number): string => {
    let id = `row-${rowNumber}`;
    for (let n = 2; takenIds.has(id); n += 1) id = `row-${rowNumber}-${n}`;
    takenIds.add(id);
    return id;
  };

  const exchangeRates: ExchangeRate[] = [];
  const globals: BudgetGlobal[] = [];
  const fringes: Fringe[] = [];
  const accounts: BudgetAccount[] = [];
  const lines: DetailLine[] = [];
  const percentageItems: PercentageItem[] = [];
  const index = {
    line: new Map<string, number[]>(),
    global: new Map<string, number[]>(),
    fringe: new Map<string, number[]>(),
    account: new Map<string, number[]>(),
    rate: new Map<string, number[]>(),
    item: new Map<string, number[]>(),
  };
  const note = (kind: keyof typeof index, id: string, rowNumber: number): void => {
    const found = index[kind].get(id);
    if (found) found.push(rowNumber);
    else index[kind].set(id, [rowNumber]);
  };

  for (const { cells, number, record } of records) {
    const row = budgetRow(cells, number, record, header, diagnostics);
    switch (record) {
      case 'budget':
        break;
      case 'rate': {
        const rate = parseRateRecord(row);
        exchangeRates.push(rate);
        note('rate', rate.currency, number);
        break;
      }
      case 'global': {
        const global = parseGlobalRecord(row);
        globals.push(global);
        note('global', global.name, number);
        break;
      }
      case 'fringe': {
        const fringe = parseFringeRecord(row, budgetCurrency);
        fringes.push(fringe);
        note('fringe', fringe.id, number);
        break;
      }
      case 'account': {
        const account = parseAccountRecord(row);
        accounts.push(account);
        note('account', account.number, number);
        break;
      }
      case 'line': {
        const id = row.has('ID') ? row.name('ID').name : newLineId(number);
        lines.push(parseLineRecord(row, id, budgetCurrency));
        note('line', id, number);
        break;
      }
      case 'item': {
        const item = parseItemRecord(row);
        percentageItems.push(item);
        note('item', item.id, number);
        break;
      }
    }
  }
  if (currency === null || diagnostics.some((d) => d.severity === 'error')) {
    return { budget: null, diagnostics: byRow(diagnostics) };
  }

  const budget: Budget = {
    currency,
    exchangeRates,
    globals,
    fringes,
    accounts,
    lines,
    percentageItems,
  };
  const rowIndex: BudgetRowIndex = index;
  diagnostics.push(...budgetProblemDiagnostics(budget, rowIndex, header));
  return { budget, diagnostics: byRow(diagnostics) };
};

/** In row order, as the user reads the file; problems of the whole file first. Stable. */
const byRow = (diagnostics: readonly BudgetFileDiagnostic[]): BudgetFileDiagnostic[] =>
  [...diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

const failed = (diagnostic: BudgetFileDiagnostic): BudgetFileParseResult => ({
  budget: null,
  diagnostics: [diagnostic],
});
