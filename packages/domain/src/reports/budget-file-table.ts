// The budget file (README "Budget files"): one table in which every row is a record of a budget (its
// currency, an exchange rate, a global, a fringe, an account, a detail line or a percentage item). The
// domain decides the columns and writes each value as exact text; @greenlight/spreadsheet decides how a
// cell is stored in CSV and XLSX, and @greenlight/importers reads the rows back into a `Budget`.

/** The columns, in file order: the line columns a line producer works in first, the setup ones after. */
export const BUDGET_FILE_COLUMNS = [
  'Record',
  'Acct',
  'ID',
  'Description',
  'Amount',
  'Units',
  'X',
  'Rate',
  'Currency',
  'Fringes',
  'Total',
  'Fringe total',
  'Section',
  'Kind',
  'Cap',
  'Threshold',
  'Base',
  'Schedule',
] as const;
export type BudgetFileColumn = (typeof BUDGET_FILE_COLUMNS)[number];

/** Worked out on export for the reader's benefit and worked out again on import: never read. */
export const BUDGET_FILE_COMPUTED_COLUMNS: readonly BudgetFileColumn[] = ['Total', 'Fringe total'];

/** What a row is, in its `Record` cell. */
export const BUDGET_FILE_RECORDS = [
  'budget',
  'rate',
  'global',
  'fringe',
  'account',
  'line',
  'item',
] as const;
export type BudgetFileRecord = (typeof BUDGET_FILE_RECORDS)[number];

/**
 * One cell of the budget file:
 * - a string is text, written and read back exactly (descriptions, names, words);
 * - `number` is a number given as its exact decimal text (`-1250.00`, `2.5`, `1.085`), so money and
 *   quantities never pass through a float here; `places` is how many decimals to show (a currency's
 *   minor digits), null for as many as the value has;
 * - `percent` is a percentage as the decimal text of its percent (`7.65` for 7.65 %);
 * - null is an empty cell.
 */
export type BudgetFileCell =
  | string
  | { readonly kind: 'number'; readonly text: string; readonly places: number | null }
  | { readonly kind: 'percent'; readonly text: string }
  | null;

export type BudgetFileRow = Readonly<Partial<Record<BudgetFileColumn, BudgetFileCell>>>;

export type BudgetFileTable = {
  /** The worksheet name in a workbook. */
  readonly title: string;
  readonly columns: readonly BudgetFileColumn[];
  readonly rows: readonly BudgetFileRow[];
};

/**
 * A cell as the text a person would type into it, which is what the importer reads: a number as its
 * decimal text, a percentage with its `%` sign, an empty cell as ''.
 */
export const budgetFileCellText = (cell: BudgetFileCell | undefined): string => {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'string') return cell;
  return cell.kind === 'number' ? cell.text : `${cell.text}%`;
};
