import type { BreakdownSheetCategory, BreakdownSheetItem } from '@greenlight/domain';
import { SHEET_COLOR, SHEET_SPACE, SHEET_TEXT } from './breakdown-sheet-style.js';
import { drawTextLine } from './draw-text-line.js';
import { readableTextColour } from './readable-text-colour.js';
import type { SheetCanvas } from './sheet-canvas.js';

/** When a box that does not fit may be split: only a long list, and into parts worth reading. */
const SPLIT = { minItems: 10, minFirstPart: 4, minLastPart: 2 } as const;

type Box = {
  readonly category: BreakdownSheetCategory;
  readonly heights: readonly number[];
  readonly height: number;
};

/**
 * The sheet's lower half: one box per category, titled on a band of the category's colour, listing
 * its items, in two columns that read like a newspaper's (down the left, then down the right), so the
 * categories keep their breakdown order.
 *
 * When every box fits on the page, the boxes are shared between the columns so the taller column is
 * as short as it can be. Otherwise they flow: down the left column, down the right, then onto a new
 * page (`newPage` starts one, draws the repeated header and returns where content may start). A box
 * that does not fit where it is moves on whole, unless it is a long list (split where it stands rather
 * than leave most of a page empty) or taller than a whole column; a split box continues under its
 * title repeated with "(continued)".
 */
export const drawCategoryBoxes = (
  canvas: SheetCanvas,
  categories: readonly BreakdownSheetCategory[],
  top: number,
  newPage: () => number,
): void => {
  if (categories.length === 0) {
    drawTextLine(canvas, 'No elements tagged in this scene.', canvas.left, top, canvas.width, {
      font: canvas.fonts.regular,
      size: SHEET_TEXT.empty,
      colour: SHEET_COLOR.label,
    });
    return;
  }
  const columnWidth = (canvas.width - SHEET_SPACE.columnGap) / 2;
  const columnX = (c: number): number => canvas.left + c * (columnWidth + SHEET_SPACE.columnGap);
  const boxes = categories.map((category): Box => {
    const heights = category.items.map((item) => itemHeight(canvas, item, columnWidth));
    return { category, heights, height: boxHeight(heights, heights.length) };
  });

  const split = balancedSplit(boxes, canvas.bottom - top);
  if (split !== null) {
    [boxes.slice(0, split), boxes.slice(split)].forEach((column, c) => {
      let y = top;
      for (const box of column) {
        drawBox(
          canvas,
          box.category,
          box.category.items,
          box.heights,
          columnX(c),
          y,
          columnWidth,
          false,
        );
        y += box.height + SHEET_SPACE.boxGap;
      }
    });
    return;
  }

  let pageTop = top;
  let c = 0;
  let y = top;
  const nextColumn = (): void => {
    if (c === 0) {
      c = 1;
    } else {
      pageTop = newPage();
      c = 0;
    }
    y = pageTop;
  };
  for (const box of boxes) {
    let items = box.category.items;
    let heights = box.heights;
    let continued = false;
    while (items.length > 0) {
      const x = columnX(c);
      const whole = boxHeight(heights, heights.length);
      if (y + whole <= canvas.bottom) {
        drawBox(canvas, box.category, items, heights, x, y, columnWidth, continued);
        y += whole + SHEET_SPACE.boxGap;
        break;
      }
      const count = itemsThatFit(heights, canvas.bottom - y);
      const splitsWell =
        heights.length >= SPLIT.minItems &&
        count >= SPLIT.minFirstPart &&
        heights.length - count >= SPLIT.minLastPart;
      const tallerThanColumn = whole > canvas.bottom - pageTop;
      if (count > 0 && (splitsWell || tallerThanColumn)) {
        drawBox(canvas, box.category, items.slice(0, count), heights, x, y, columnWidth, continued);
        items = items.slice(count);
        heights = heights.slice(count);
        continued = true;
      }
      nextColumn();
    }
  }
};

/**
 * Where to cut the list of boxes into a left and a right column so the taller column is shortest, or
 * null when they cannot all fit in `room`. On a tie the left column takes more, as a reader expects.
 */
const balancedSplit = (boxes: readonly Box[], room: number): number | null => {
  const columnHeight = (part: readonly Box[]): number =>
    part.reduce((sum, box) => sum + box.height, 0) +
    Math.max(part.length - 1, 0) * SHEET_SPACE.boxGap;
  let best: { split: number; height: number } | null = null;
  for (let split = boxes.length; split >= 0; split -= 1) {
    const height = Math.max(columnHeight(boxes.slice(0, split)), columnHeight(boxes.slice(split)));
    if (height <= room && (best === null || height < best.height)) best = { split, height };
  }
  return best?.split ?? null;
};

const itemTextWidth = (columnWidth: number): number => columnWidth - 2 * SHEET_SPACE.boxPaddingX;

const itemLineHeight = (canvas: SheetCanvas): number => {
  canvas.doc.font(canvas.fonts.regular).fontSize(SHEET_TEXT.item);
  return canvas.doc.currentLineHeight(true) + SHEET_TEXT.lineGap;
};

const itemHeight = (canvas: SheetCanvas, item: BreakdownSheetItem, columnWidth: number): number => {
  const lineHeight = itemLineHeight(canvas);
  const measured = canvas.doc.heightOfString(item.label, {
    width: itemTextWidth(columnWidth),
    lineGap: SHEET_TEXT.lineGap,
  });
  return Math.min(Math.max(measured, lineHeight), lineHeight * SHEET_SPACE.itemMaxLines);
};

const boxHeight = (heights: readonly number[], count: number): number =>
  SHEET_SPACE.boxTitleHeight +
  SHEET_SPACE.boxPaddingTop +
  heights.slice(0, count).reduce((sum, h) => sum + h, 0) +
  Math.max(count - 1, 0) * SHEET_SPACE.itemGap +
  SHEET_SPACE.boxPaddingBottom;

/** How many of the first items fit in a box of at most `room` points (0 when not even one). */
const itemsThatFit = (heights: readonly number[], room: number): number => {
  let count = 0;
  while (count < heights.length && boxHeight(heights, count + 1) <= room) count += 1;
  return count;
};

const drawBox = (
  canvas: SheetCanvas,
  category: BreakdownSheetCategory,
  items: readonly BreakdownSheetItem[],
  heights: readonly number[],
  x: number,
  y: number,
  width: number,
  continued: boolean,
): void => {
  const { doc, fonts } = canvas;
  const height = boxHeight(heights, items.length);
  const titleHeight = SHEET_SPACE.boxTitleHeight;
  const onColour =
    readableTextColour(category.colour) === 'light'
      ? SHEET_COLOR.onColourLight
      : SHEET_COLOR.onColourDark;

  doc.rect(x, y, width, titleHeight).fill(category.colour);
  const titleY = y + (titleHeight - SHEET_TEXT.boxTitle) / 2 - 1.5;
  const countWidth = 40;
  const title = `${category.label.toUpperCase()}${continued ? ' (CONTINUED)' : ''}`;
  drawTextLine(canvas, title, x + SHEET_SPACE.boxPaddingX, titleY, width - countWidth, {
    font: fonts.bold,
    size: SHEET_TEXT.boxTitle,
    colour: onColour,
    spacing: 0.5,
  });
  drawTextLine(
    canvas,
    String(category.items.length),
    x + width - countWidth - SHEET_SPACE.boxPaddingX,
    titleY,
    countWidth,
    { font: fonts.bold, size: SHEET_TEXT.boxTitle, colour: onColour, align: 'right' },
  );
  doc.rect(x, y, width, height).lineWidth(0.9).strokeColor(category.colour).stroke();

  let itemY = y + titleHeight + SHEET_SPACE.boxPaddingTop;
  doc.font(fonts.regular).fontSize(SHEET_TEXT.item).fillColor(SHEET_COLOR.text);
  items.forEach((item, i) => {
    const itemHeightNow = heights[i] ?? 0;
    doc.text(item.label, x + SHEET_SPACE.boxPaddingX, itemY, {
      width: itemTextWidth(width),
      lineGap: SHEET_TEXT.lineGap,
      height: itemHeightNow + 0.5,
      ellipsis: true,
    });
    itemY += itemHeightNow + SHEET_SPACE.itemGap;
  });
};
