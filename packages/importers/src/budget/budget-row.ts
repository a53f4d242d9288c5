import {
  splitBudgetFileNames,
  type BudgetFileColumn,
  type BudgetFileName,
  type BudgetFileRecord,
} from '@greenlight/domain';
import type { BudgetFileDiagnostic } from './budget-file-diagnostic.js';
import type { BudgetFileHeader } from './budget-file-header.js';
import type { Parsed } from './parsed-value.js';
import { quoted } from './parsed-value.js';

/** Read on export for people, never on import; so never reported as ignored either. */
const COMPUTED: ReadonlySet<BudgetFileColumn> = new Set(['Total', 'Fringe total']);

/**
 * One row of a budget file as its record parser sees it: cells by column name, and every problem
 * reported against the row and column it is in. Readers return a stand-in value after reporting an
 * error, so a row reports all its problems at once; `errors` says whether it had any. A class rather
 * than closures: a budget file has ten thousand rows.
 */
export class BudgetRow {
  /** How many errors this row has reported. */
  errors = 0;
  private readonly article: string;

  constructor(
    private readonly cells: readonly string[],
    /** The spreadsheet row number (the header is 1). */
    readonly number: number,
    readonly record: BudgetFileRecord,
    private readonly header: BudgetFileHeader,
    private readonly diagnostics: BudgetFileDiagnostic[],
  ) {
    this.article = /^[aeiou]/.test(record) ? 'An' : 'A';
  }

  /** The cell's text exactly as it is ('' when empty or the file has no such column). */
  text(column: BudgetFileColumn): string {
    const index = this.header.get(column);
    return index === undefined ? '' : (this.cells[index] ?? '');
  }

  has(column: BudgetFileColumn): boolean {
    return this.text(column).trim() !== '';
  }

  error(column: BudgetFileColumn | null, message: string): void {
    this.errors += 1;
    this.report('error', column, message);
  }

  /** The names in a list cell (`payroll; ph`). */
  names(column: BudgetFileColumn): BudgetFileName[] {
    return splitBudgetFileNames(this.text(column));
  }

  /** The one name in a cell (an id, an account number); '' after reporting an empty or listed cell. */
  name(column: BudgetFileColumn): BudgetFileName {
    const names = splitBudgetFileNames(this.text(column));
    const [first] = names;
    if (first === undefined) {
      this.empty(column);
      return { name: '', escaped: false };
    }
    if (names.length > 1) {
      this.error(
        column,
        `${quoted(this.text(column))} holds ${names.length} names separated by ";"; one is expected`,
      );
    }
    return first;
  }

  /** A required value read by `parse`; `fallback` after reporting. */
  value<T>(column: BudgetFileColumn, parse: (text: string) => Parsed<T>, fallback: T): T {
    const text = this.text(column);
    if (text.trim() === '') {
      this.empty(column);
      return fallback;
    }
    const result = parse(text);
    if (result.ok) return result.value;
    this.error(column, result.message);
    return fallback;
  }

  /** An optional value: null when the cell is empty. */
  optional<T>(column: BudgetFileColumn, parse: (text: string) => Parsed<T>): T | null {
    const text = this.text(column);
    if (text.trim() === '') return null;
    const result = parse(text);
    if (result.ok) return result.value;
    this.error(column, result.message);
    return null;
  }

  /** Warns, once for the row, about cells filled in columns this record does not use. */
  ignoreOthers(used: readonly BudgetFileColumn[]): void {
    const ignored: BudgetFileColumn[] = [];
    for (const column of this.header.keys()) {
      if (column === 'Record' || COMPUTED.has(column) || used.includes(column)) continue;
      if (this.has(column)) ignored.push(column);
    }
    if (ignored.length === 0) return;
    const one = ignored.length === 1;
    this.report(
      'warning',
      null,
      `${ignored.join(', ')} ${one ? 'is' : 'are'} not used on ${this.article.toLowerCase()} ${this.record} row and ${one ? 'was' : 'were'} ignored`,
    );
  }

  private empty(column: BudgetFileColumn): void {
    this.error(column, `${this.article} ${this.record} row needs a ${column}, and it is empty`);
  }

  private report(
    severity: 'error' | 'warning',
    column: BudgetFileColumn | null,
    message: string,
  ): void {
    const index = column === null ? undefined : this.header.get(column);
    this.diagnostics.push({
      severity,
      message,
      line: this.number,
      ...(index === undefined ? {} : { column: index + 1 }),
      ...(column === null ? {} : { field: column }),
    });
  }
}

export const budgetRow = (
  cells: readonly string[],
  number: number,
  record: BudgetFileRecord,
  header: BudgetFileHeader,
  diagnostics: BudgetFileDiagnostic[],
): BudgetRow => new BudgetRow(cells, number, record, header, diagnostics);
