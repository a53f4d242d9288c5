import type { BreakdownSheet } from '@greenlight/domain';
import { SHEET_COLOR, SHEET_SPACE, SHEET_TEXT } from './breakdown-sheet-style.js';
import type { SheetCanvas } from './sheet-canvas.js';
import { drawTextLine } from './draw-text-line.js';

export type SheetHeaderContext = {
  readonly productionTitle: string;
  readonly scriptTitle: string | null;
  /** 1-based position of the sheet in the set, and the set's size: "Sheet 3 of 12". */
  readonly sheetNumber: number;
  readonly sheetCount: number;
  /** A continuation page of a sheet with more elements than one page holds: no synopsis. */
  readonly continued: boolean;
};

type Field = {
  readonly label: string;
  readonly value: string;
  /** Relative share of the row's width. */
  readonly weight: number;
  readonly size: number;
  readonly maxLines: number;
  readonly bold?: boolean;
};

/**
 * The top of a breakdown sheet page: the dark band (production and script, "BREAKDOWN SHEET" with
 * the sheet's number, the scene number boxed on the right), then the grid of header fields a first
 * AD reads (scene, INT/EXT, day or night, pages, script page; set and shooting location; synopsis).
 * Returns the y below it.
 */
export const drawBreakdownSheetHeader = (
  canvas: SheetCanvas,
  sheet: BreakdownSheet | null,
  context: SheetHeaderContext,
): number => {
  drawBand(canvas, sheet, context);
  let y = canvas.top + SHEET_SPACE.bandHeight + SHEET_SPACE.afterBand;
  if (sheet === null) return y;
  const rows: Field[][] = [
    [
      field('Scene', sheet.sceneNumber, { bold: true }),
      field('INT/EXT', sheet.intExt ?? '—'),
      field('Day/Night', sheet.time ?? '—', { weight: 1.4 }),
      field('Pages', sheet.pages),
      field('Script page', String(sheet.pageStart)),
    ],
    [
      field('Set', sheet.set, { weight: 3, maxLines: SHEET_SPACE.setMaxLines }),
      field('Location', sheet.shootingLocation ?? '', {
        weight: 2.4,
        maxLines: SHEET_SPACE.setMaxLines,
      }),
    ],
  ];
  if (!context.continued) {
    rows.push([
      field('Synopsis', sheet.synopsis ?? '', {
        size: SHEET_TEXT.synopsis,
        maxLines: SHEET_SPACE.synopsisMaxLines,
      }),
    ]);
  }
  const gridTop = y;
  for (const row of rows) y += drawFieldRow(canvas, row, y);
  // A firmer frame around the whole grid, so it reads as one block.
  canvas.doc
    .rect(canvas.left, gridTop, canvas.width, y - gridTop)
    .lineWidth(0.9)
    .strokeColor(SHEET_COLOR.frame)
    .stroke();
  return y + SHEET_SPACE.afterFields;
};

const field = (
  label: string,
  value: string,
  options: { weight?: number; size?: number; maxLines?: number; bold?: boolean } = {},
): Field => ({
  label,
  value,
  weight: options.weight ?? 1,
  size: options.size ?? SHEET_TEXT.fieldValue,
  maxLines: options.maxLines ?? 1,
  bold: options.bold ?? false,
});

const drawBand = (
  canvas: SheetCanvas,
  sheet: BreakdownSheet | null,
  context: SheetHeaderContext,
): void => {
  const { doc, fonts, left, width, top } = canvas;
  const { bandHeight, sceneBoxWidth, bandPadding } = SHEET_SPACE;
  doc.rect(left, top, width, bandHeight).fill(SHEET_COLOR.band);

  // The scene number, boxed in white at the right: what a first AD looks for when flipping pages.
  const boxX = left + width - sceneBoxWidth - 6;
  const boxY = top + 6;
  const boxHeight = bandHeight - 12;
  const sideWidth = (boxX - left - bandPadding * 2) / 2;
  if (sheet !== null) {
    doc.rect(boxX, boxY, sceneBoxWidth, boxHeight).fill('#ffffff');
    drawTextLine(canvas, 'SCENE', boxX, boxY + 4, sceneBoxWidth, {
      font: fonts.bold,
      size: SHEET_TEXT.sceneLabel,
      colour: SHEET_COLOR.label,
      align: 'center',
      spacing: 0.8,
    });
    drawTextLine(canvas, sheet.sceneNumber, boxX + 3, boxY + 13, sceneBoxWidth - 6, {
      font: fonts.bold,
      size: SHEET_TEXT.sceneNumber,
      colour: SHEET_COLOR.text,
      align: 'center',
    });
  }

  const x = left + bandPadding;
  drawTextLine(canvas, context.productionTitle, x, top + 10, sideWidth, {
    font: fonts.bold,
    size: SHEET_TEXT.production,
    colour: SHEET_COLOR.bandText,
  });
  if (context.scriptTitle !== null && context.scriptTitle !== context.productionTitle) {
    drawTextLine(canvas, context.scriptTitle, x, top + 29, sideWidth, {
      font: fonts.regular,
      size: SHEET_TEXT.scriptTitle,
      colour: SHEET_COLOR.bandMuted,
    });
  }

  const centreX = x + sideWidth;
  drawTextLine(canvas, 'BREAKDOWN SHEET', centreX, top + 10, sideWidth, {
    font: fonts.bold,
    size: SHEET_TEXT.sheetTitle,
    colour: SHEET_COLOR.bandText,
    align: 'center',
    spacing: 1.2,
  });
  const counter =
    context.sheetCount === 0
      ? 'No scenes'
      : `Sheet ${context.sheetNumber} of ${context.sheetCount}${context.continued ? ' (continued)' : ''}`;
  drawTextLine(canvas, counter, centreX, top + 29, sideWidth, {
    font: fonts.regular,
    size: SHEET_TEXT.sheetCounter,
    colour: SHEET_COLOR.bandMuted,
    align: 'center',
  });
};

/** One row of the field grid; returns its height. */
const drawFieldRow = (canvas: SheetCanvas, fields: readonly Field[], y: number): number => {
  const { doc, fonts, left, width } = canvas;
  const { fieldPaddingX, fieldPaddingY, labelToValue } = SHEET_SPACE;
  const total = fields.reduce((sum, f) => sum + f.weight, 0);
  const widths = fields.map((f) => (width * f.weight) / total);
  doc.font(fonts.bold).fontSize(SHEET_TEXT.fieldLabel);
  const labelHeight = doc.currentLineHeight(true);
  const valueHeights = fields.map((f, i) => {
    doc.font(f.bold ? fonts.bold : fonts.regular).fontSize(f.size);
    const lineHeight = doc.currentLineHeight(true) + SHEET_TEXT.lineGap;
    const measured =
      f.value === ''
        ? lineHeight
        : doc.heightOfString(f.value, {
            width: (widths[i] ?? 0) - 2 * fieldPaddingX,
            lineGap: SHEET_TEXT.lineGap,
          });
    return Math.min(Math.max(measured, lineHeight), lineHeight * f.maxLines);
  });
  const height = fieldPaddingY * 2 + labelHeight + labelToValue + Math.max(...valueHeights);

  let x = left;
  fields.forEach((f, i) => {
    const w = widths[i] ?? 0;
    doc.rect(x, y, w, height).lineWidth(0.5).strokeColor(SHEET_COLOR.rule).stroke();
    drawTextLine(
      canvas,
      f.label.toUpperCase(),
      x + fieldPaddingX,
      y + fieldPaddingY,
      w - 2 * fieldPaddingX,
      {
        font: fonts.bold,
        size: SHEET_TEXT.fieldLabel,
        colour: SHEET_COLOR.label,
        spacing: 0.6,
      },
    );
    if (f.value !== '') {
      doc
        .font(f.bold ? fonts.bold : fonts.regular)
        .fontSize(f.size)
        .fillColor(SHEET_COLOR.text)
        .text(f.value, x + fieldPaddingX, y + fieldPaddingY + labelHeight + labelToValue, {
          width: w - 2 * fieldPaddingX,
          lineGap: SHEET_TEXT.lineGap,
          // Pins the value to its cell: a long synopsis is cut with "…", never moved to a new page.
          height: (valueHeights[i] ?? 0) + 0.5,
          ellipsis: true,
        });
    }
    x += w;
  });
  return height;
};
