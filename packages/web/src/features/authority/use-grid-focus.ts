import { useState, type KeyboardEvent } from 'react';

export type GridPosition = { readonly row: number; readonly col: number };

const MOVES: Readonly<
  Record<string, (p: GridPosition, rows: number, cols: number) => GridPosition>
> = {
  ArrowUp: (p) => ({ ...p, row: Math.max(0, p.row - 1) }),
  ArrowDown: (p, rows) => ({ ...p, row: Math.min(rows - 1, p.row + 1) }),
  ArrowLeft: (p) => ({ ...p, col: Math.max(0, p.col - 1) }),
  ArrowRight: (p, _rows, cols) => ({ ...p, col: Math.min(cols - 1, p.col + 1) }),
  Home: (p) => ({ ...p, col: 0 }),
  End: (p, _rows, cols) => ({ ...p, col: cols - 1 }),
};

/**
 * A roving tab stop for a grid of buttons: Tab enters and leaves the grid in one step, the arrow keys (and
 * Home/End along a row) move between cells. Cells carry `data-grid-row` and `data-grid-col`.
 */
export const useGridFocus = (rows: number, cols: number) => {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const move = MOVES[event.key];
    const target = event.target as HTMLElement;
    const row = Number(target.dataset['gridRow']);
    const col = Number(target.dataset['gridCol']);
    if (!move || Number.isNaN(row) || Number.isNaN(col)) return;
    event.preventDefault();
    const next = move({ row, col }, rows, cols);
    setActive(next);
    event.currentTarget
      .querySelector<HTMLElement>(`[data-grid-row="${next.row}"][data-grid-col="${next.col}"]`)
      ?.focus();
  };

  const tabIndexOf = (row: number, col: number): 0 | -1 =>
    row === active.row && col === active.col ? 0 : -1;

  return { onKeyDown, tabIndexOf, setActive };
};
