/**
 * Page geometry of a printed screenplay in lines and characters of 12-point Courier (10 characters and
 * 6 lines to the inch). Pagination and page eighths are computed on it.
 */
export type ScriptLayout = {
  readonly linesPerPage: number;
  /** Characters per line of action, scene headings, transitions, centered text and lyrics. */
  readonly actionWidth: number;
  readonly characterWidth: number;
  readonly dialogueWidth: number;
  readonly parentheticalWidth: number;
  /** Dual dialogue prints two columns side by side, each this fraction of the single-column widths. */
  readonly dualWidthFactor: number;
};

/**
 * US Letter with the usual margins (1.5 in left, 1 in elsewhere): 55 lines a page and the wrap widths
 * that afterwriting's print profile uses, which match what Final Draft prints closely enough for
 * eighths (domain conventions §1.3).
 */
export const US_LETTER_LAYOUT: ScriptLayout = {
  linesPerPage: 55,
  actionWidth: 61,
  characterWidth: 33,
  dialogueWidth: 36,
  parentheticalWidth: 26,
  dualWidthFactor: 0.75,
};
