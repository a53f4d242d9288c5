import type { BudgetFileColumn } from '@greenlight/domain';
import type { Diagnostic } from '../diagnostic.js';

/**
 * A diagnostic about a budget file: `line` is the spreadsheet row (1-based, the header is row 1, as
 * Excel numbers them), `column` the 1-based column, and `field` the column's name (`Rate`), for a
 * message such as "row 12, Rate: …". Rows are records, so a CSV cell with a line break still counts as
 * one row.
 */
export type BudgetFileDiagnostic = Diagnostic & { readonly field?: BudgetFileColumn };
