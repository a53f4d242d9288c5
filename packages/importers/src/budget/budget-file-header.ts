import { BUDGET_FILE_COLUMNS, type BudgetFileColumn } from '@greenlight/domain';
import type { BudgetFileDiagnostic } from './budget-file-diagnostic.js';

/** Where each known column is (0-based); columns the file does not have are absent. */
export type BudgetFileHeader = ReadonlyMap<BudgetFileColumn, number>;

const key = (label: string): string => label.trim().toLowerCase().replace(/\s+/g, ' ');

// Other names people give the same columns.
const SYNONYMS: Readonly<Record<string, BudgetFileColumn>> = {
  ...Object.fromEntries(BUDGET_FILE_COLUMNS.map((column) => [key(column), column])),
  account: 'Acct',
  'acct #': 'Acct',
  'acct no': 'Acct',
  'account number': 'Acct',
  name: 'Description',
  qty: 'Amount',
  quantity: 'Amount',
  unit: 'Units',
  multiplier: 'X',
  cur: 'Currency',
  type: 'Kind',
  'fringe ids': 'Fringes',
  'schedule link': 'Schedule',
};

/**
 * The header row: each known column by its name (ignoring case and extra spaces; `Account`, `Unit`,
 * `Multiplier`… are accepted too), in any order. Unknown columns are left alone (a production's own
 * notes); a column named twice is an error, since either could be the one meant.
 */
export const readBudgetFileHeader = (
  cells: readonly string[],
): { header: BudgetFileHeader; diagnostics: BudgetFileDiagnostic[] } => {
  const header = new Map<BudgetFileColumn, number>();
  const diagnostics: BudgetFileDiagnostic[] = [];
  cells.forEach((label, index) => {
    const column = Object.hasOwn(SYNONYMS, key(label)) ? SYNONYMS[key(label)] : undefined;
    if (column === undefined) return;
    const first = header.get(column);
    if (first !== undefined) {
      diagnostics.push({
        severity: 'error',
        message: `The header names the ${column} column twice (columns ${first + 1} and ${index + 1})`,
        line: 1,
        column: index + 1,
        field: column,
      });
      return;
    }
    header.set(column, index);
  });
  return { header, diagnostics };
};
