/**
 * A sheet as the text of its cells, row by row, the way a person would type them: what the readers
 * return and the importers parse. Row i is spreadsheet row i + 1 (empty rows are kept, so row numbers in
 * messages match what the user sees); an empty cell is ''.
 */
export type SheetRows = readonly (readonly string[])[];

/** Why a file could not be read at all; `row` (1-based) when the problem has a place. */
export type SheetReadError = { readonly message: string; readonly row: number | null };

/** The rows read, or what stopped the reader. */
export type SheetReadResult =
  | { readonly ok: true; readonly rows: SheetRows }
  | { readonly ok: false; readonly error: SheetReadError };
