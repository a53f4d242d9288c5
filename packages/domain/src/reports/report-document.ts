import type { Instant } from '../shared/calendar-date.js';
import type { CurrencyCode } from '../shared/money.js';

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

/**
 * How a chart's series or bar is drawn: spent, committed, the budget, over budget (red), under budget
 * (green). A renderer maps each to its colour, so every report's charts read the same way.
 */
export type ReportChartTone = 'actual' | 'committed' | 'budget' | 'over' | 'under' | 'neutral';

/** Lines over a run of points (weeks): every series has one value per x label, in minor units. */
export type ReportLineChart = {
  readonly kind: 'line';
  readonly title: string;
  readonly currency: CurrencyCode;
  readonly xLabels: readonly string[];
  readonly series: readonly {
    readonly label: string;
    readonly tone: ReportChartTone;
    readonly dashed?: boolean;
    readonly values: readonly number[];
  }[];
};

/** One bar per category, drawn from zero (up or down), with its value printed beside it. */
export type ReportBarChart = {
  readonly kind: 'bar';
  readonly title: string;
  readonly currency: CurrencyCode;
  readonly bars: readonly {
    readonly label: string;
    readonly value: number;
    readonly valueLabel: string;
    readonly tone: ReportChartTone;
  }[];
};

/** A chart drawn above a section's table; the table holds the same figures, to read and to copy. */
export type ReportChart = ReportLineChart | ReportBarChart;

export type ReportSection = {
  readonly heading: string;
  /** Drawn between the heading and the table. */
  readonly chart?: ReportChart;
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
