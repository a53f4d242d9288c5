import type { Instant } from '../shared/calendar-date.js';

// A report as data, independent of any layout (ARCHITECTURE §5.3): the domain decides *what* a
// report says — every cell already formatted as text — and a renderer (today @greenlight/pdf)
// decides only how it looks. That keeps the wording testable without parsing PDFs.

export type ReportColumnAlign = 'left' | 'right';

export type ReportColumn = {
  /** The key of this column's cell in each row. */
  readonly key: string;
  readonly label: string;
  /** Defaults to 'left'. Amounts are 'right' so their digits line up. */
  readonly align?: ReportColumnAlign;
  /** Relative share of the table width (default 1); the renderer scales all widths to fit. */
  readonly width?: number;
};

/** One table row: cell text by column key. A missing key renders as an empty cell. */
export type ReportRow = Readonly<Record<string, string>>;

export type ReportSection = {
  readonly heading: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  /** A closing row set apart from the others (sums, counts). */
  readonly totals?: ReportRow;
  /** Shown instead of the table when `rows` is empty, so an empty report says so. */
  readonly emptyText?: string;
};

export type ReportMetaItem = { readonly label: string; readonly value: string };

export type ReportDocument = {
  readonly title: string;
  readonly subtitle?: string;
  /** When the report was made; passed in (the domain has no clock) and stamped into the file. */
  readonly generatedAt: Instant;
  /** Facts about the whole report, shown under the title: "Time zone: Europe/Warsaw". */
  readonly meta: readonly ReportMetaItem[];
  readonly sections: readonly ReportSection[];
  /** A line repeated at the foot of every page, beside the page number. */
  readonly footer?: string;
};
