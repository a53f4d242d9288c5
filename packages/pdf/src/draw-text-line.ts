import type { SheetCanvas } from './sheet-canvas.js';

export type LineStyle = {
  readonly font: string;
  readonly size: number;
  readonly colour: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly spacing?: number;
};

/** One line of text, cut with "…" when too long; never wraps, never breaks the page. */
export const drawTextLine = (
  canvas: SheetCanvas,
  text: string,
  x: number,
  y: number,
  width: number,
  style: LineStyle,
): void => {
  canvas.doc
    .font(style.font)
    .fontSize(style.size)
    .fillColor(style.colour)
    .text(text, x, y, {
      width,
      align: style.align ?? 'left',
      characterSpacing: style.spacing ?? 0,
      lineBreak: false,
      ellipsis: true,
      height: style.size * 1.5,
    });
};
