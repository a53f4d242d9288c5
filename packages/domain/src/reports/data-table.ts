// A table as data for spreadsheet exports (CSV, XLSX): like a report model, but every cell keeps its
// type so a spreadsheet can sum page counts and money instead of showing them as text. The domain
// decides what the columns are; @greenlight/spreadsheet decides how each kind is written.

/**
 * How a column's cells are typed:
 * - `text`: strings as they are;
 * - `integer`: whole numbers (a page, a count, a cast number);
 * - `eighths`: a length in integer eighths of a page (11 = `1 3/8`);
 * - `money`: integer minor units of `currency` (1234567 USD = $12,345.67);
 * - `date`: a calendar date as `YYYY-MM-DD`.
 */
export type DataColumnKind = 'text' | 'integer' | 'eighths' | 'money' | 'date';

export type DataColumn = {
  /** The key of this column's cell in each row. */
  readonly key: string;
  readonly label: string;
  readonly kind: DataColumnKind;
  /** ISO 4217 code of a `money` column; two minor digits are assumed without one. */
  readonly currency?: string;
};

/** One row: cell value by column key. A missing key or `null` is an empty cell. */
export type DataRow = Readonly<Record<string, string | number | null>>;

export type DataTable = {
  /** Names the table: the worksheet name in a workbook. */
  readonly title: string;
  readonly columns: readonly DataColumn[];
  readonly rows: readonly DataRow[];
};
