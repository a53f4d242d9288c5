import { SHEET_COLOR } from './breakdown-sheet-style.js';
import { columnWidths } from './column-widths.js';
import type { SheetCanvas } from './sheet-canvas.js';

// The call sheet's pen: a cursor down the page, and the few things a call sheet is drawn with (a line of
// text, a section heading, a compact table). Everything is measured before it is drawn and pages are
// started here, so pdfkit's own page break never fires (see CONTEXT.md).

export const CALL_SHEET_SIZE = {
  title: 14,
  big: 20,
  label: 6,
  text: 7.5,
  small: 7,
  heading: 8,
} as const;
const SIZE = CALL_SHEET_SIZE;
const PAD = 1.5;

export type CallSheetColumn = {
  readonly label: string;
  readonly weight: number;
  readonly right?: boolean;
};

export type TextOptions = {
  readonly size?: number;
  readonly bold?: boolean;
  readonly colour?: string;
  readonly align?: 'left' | 'right' | 'center';
  /** Lines the text may wrap to before "…". Default 6. */
  readonly lines?: number;
  readonly link?: string | null;
};

export type CallSheetWriter = {
  readonly canvas: SheetCanvas;
  /** Where the next thing is drawn. */
  y: number;
  /** Draws text in a box; returns its height. */
  readonly text: (
    value: string,
    x: number,
    top: number,
    width: number,
    options?: TextOptions,
  ) => number;
  /** Starts a new page (with the band) unless `height` more fits on this one. */
  readonly ensure: (height: number) => void;
  readonly newPage: () => void;
  /** A section heading, kept with its table's header and first row. */
  readonly heading: (label: string) => void;
  readonly table: (
    columns: readonly CallSheetColumn[],
    rows: readonly (readonly string[])[],
    empty: string,
    options?: { readonly totals?: readonly string[]; readonly maxLines?: number },
  ) => void;
};

export const createCallSheetWriter = (
  canvas: SheetCanvas,
  drawBand: (writer: CallSheetWriter) => void,
): CallSheetWriter => {
  const { doc, fonts, left, width } = canvas;
  const text: CallSheetWriter['text'] = (value, x, top, w, options = {}) => {
    const size = options.size ?? SIZE.text;
    doc.font(options.bold ? fonts.bold : fonts.regular).fontSize(size);
    const full = doc.heightOfString(value || ' ', { width: w });
    const height = Math.min(full, size * 1.25 * (options.lines ?? 6));
    doc.fillColor(options.colour ?? SHEET_COLOR.text).text(value, x, top, {
      width: w,
      height,
      ellipsis: true,
      align: options.align ?? 'left',
      ...(options.link ? { link: options.link, underline: false } : {}),
    });
    return height;
  };
  const writer: CallSheetWriter = {
    canvas,
    y: canvas.top,
    text,
    ensure: (height) => {
      if (writer.y + height > canvas.bottom) writer.newPage();
    },
    newPage: () => {
      doc.addPage();
      writer.y = canvas.top;
      drawBand(writer);
    },
    heading: (label) => {
      writer.ensure(SIZE.heading * 1.4 + 40);
      writer.y += 3;
      text(label.toUpperCase(), left, writer.y, width, {
        size: SIZE.heading,
        bold: true,
        colour: SHEET_COLOR.label,
        lines: 1,
      });
      writer.y += SIZE.heading * 1.4;
      rule(writer.y, 0.6);
      writer.y += 2;
    },
    table: (columns, rows, empty, options = {}) => {
      const maxLines = options.maxLines ?? 2;
      const widths = columnWidths(
        columns.map((c) => ({ key: c.label, label: c.label, width: c.weight })),
        width,
      );
      const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
      const cell = (i: number) => ({ x: (xs[i] ?? left) + PAD, width: (widths[i] ?? 0) - 2 * PAD });
      const header = (): void => {
        const height = SIZE.label * 1.3 + 2 * PAD;
        doc.rect(left, writer.y, width, height).fill(SHEET_COLOR.labelFill);
        columns.forEach((c, i) =>
          text(c.label, cell(i).x, writer.y + PAD, cell(i).width, {
            size: SIZE.label,
            bold: true,
            colour: SHEET_COLOR.label,
            align: c.right ? 'right' : 'left',
            lines: 1,
          }),
        );
        writer.y += height;
      };
      writer.ensure(40);
      header();
      if (rows.length === 0) {
        const height = text(empty, left + PAD, writer.y + PAD, width - 2 * PAD, {
          colour: SHEET_COLOR.label,
        });
        writer.y += height + 2 * PAD;
        return;
      }
      const draw = (row: readonly string[], bold: boolean): void => {
        doc.font(bold ? fonts.bold : fonts.regular).fontSize(SIZE.text);
        const tallest = Math.max(
          ...row.map((value, i) => doc.heightOfString(value || ' ', { width: cell(i).width })),
        );
        const height = Math.min(tallest, SIZE.text * 1.25 * maxLines) + 2 * PAD;
        if (writer.y + height > canvas.bottom) {
          writer.newPage();
          header();
        }
        row.forEach((value, i) =>
          text(value, cell(i).x, writer.y + PAD, cell(i).width, {
            bold,
            align: columns[i]?.right ? 'right' : 'left',
            lines: maxLines,
          }),
        );
        writer.y += height;
        rule(writer.y, 0.3);
      };
      for (const row of rows) draw(row, false);
      if (options.totals !== undefined) draw(options.totals, true);
    },
  };
  const rule = (at: number, lineWidth: number): void => {
    doc
      .moveTo(left, at)
      .lineTo(left + width, at)
      .lineWidth(lineWidth)
      .strokeColor(SHEET_COLOR.rule)
      .stroke();
  };
  return writer;
};
