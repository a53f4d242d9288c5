/** The active cell of the grid: a row of the flat row list and a column. */
export type Cell = { readonly row: number; readonly col: number };

export type GridShape = {
  readonly rowCount: number;
  readonly colCount: number;
  /** Only detail lines hold cells; section, account and total rows are skipped over. */
  readonly navigable: (row: number) => boolean;
  /** How many rows PageUp/PageDown move. */
  readonly pageRows: number;
};

/** The parts of a keyboard event the grid reads (a plain object, so the model is tested without a DOM). */
export type GridKey = {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
};

/** What a key does to a grid that is not editing. */
export type GridCommand =
  | { readonly kind: 'move'; readonly to: Cell }
  /** Start editing: with the cell's value (`initial` null) or replacing it with what was typed. */
  | { readonly kind: 'edit'; readonly initial: string | null }
  | { readonly kind: 'add-line' }
  | { readonly kind: 'remove-line' }
  | { readonly kind: 'none' };

/** The nearest navigable row from `from` going `step` (±1), `from` itself included; null past the end. */
export const nearestNavigable = (shape: GridShape, from: number, step: 1 | -1): number | null => {
  for (let row = from; row >= 0 && row < shape.rowCount; row += step) {
    if (shape.navigable(row)) return row;
  }
  return null;
};

const clampRow = (shape: GridShape, target: number, step: 1 | -1, current: number): number => {
  const bounded = Math.max(0, Math.min(shape.rowCount - 1, target));
  return (
    nearestNavigable(shape, bounded, step) ??
    nearestNavigable(shape, bounded, step === 1 ? -1 : 1) ??
    current
  );
};

/** The row after (or before) `row`, skipping what is not a line; the same row at either end. */
const stepRow = (shape: GridShape, row: number, step: 1 | -1): number =>
  nearestNavigable(shape, row + step, step) ?? row;

/** Where Tab (forward) or Shift+Tab goes: along the row, wrapping to the next or previous line. */
export const tabFrom = (active: Cell, shape: GridShape, backwards: boolean): Cell => {
  if (!backwards) {
    if (active.col < shape.colCount - 1) return { ...active, col: active.col + 1 };
    const next = nearestNavigable(shape, active.row + 1, 1);
    return next === null ? active : { row: next, col: 0 };
  }
  if (active.col > 0) return { ...active, col: active.col - 1 };
  const previous = nearestNavigable(shape, active.row - 1, -1);
  return previous === null ? active : { row: previous, col: shape.colCount - 1 };
};

/** Where Enter after an edit goes: down a line (up with Shift), staying in the column. */
export const enterFrom = (active: Cell, shape: GridShape, backwards: boolean): Cell => ({
  ...active,
  row: stepRow(shape, active.row, backwards ? -1 : 1),
});

const isPrintable = (key: GridKey): boolean =>
  key.key.length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey;

/**
 * The spreadsheet keys: arrows, Tab/Shift+Tab, Home/End (Ctrl for the first/last line), PageUp/PageDown;
 * Enter or F2 edits the cell, typing replaces it, Backspace/Delete start it empty; Insert adds a line,
 * Ctrl+Delete removes the active one.
 */
export const gridCommand = (active: Cell, key: GridKey, shape: GridShape): GridCommand => {
  const ctrl = key.ctrlKey === true || key.metaKey === true;
  const move = (to: Cell): GridCommand =>
    to.row === active.row && to.col === active.col ? { kind: 'none' } : { kind: 'move', to };
  switch (key.key) {
    case 'ArrowDown':
      return move({
        ...active,
        row: ctrl
          ? clampRow(shape, shape.rowCount - 1, -1, active.row)
          : stepRow(shape, active.row, 1),
      });
    case 'ArrowUp':
      return move({
        ...active,
        row: ctrl ? clampRow(shape, 0, 1, active.row) : stepRow(shape, active.row, -1),
      });
    case 'ArrowRight':
      return move({
        ...active,
        col: ctrl ? shape.colCount - 1 : Math.min(shape.colCount - 1, active.col + 1),
      });
    case 'ArrowLeft':
      return move({ ...active, col: ctrl ? 0 : Math.max(0, active.col - 1) });
    case 'Tab':
      return move(tabFrom(active, shape, key.shiftKey === true));
    case 'Home':
      return move(
        ctrl ? { row: clampRow(shape, 0, 1, active.row), col: 0 } : { ...active, col: 0 },
      );
    case 'End':
      return move(
        ctrl
          ? { row: clampRow(shape, shape.rowCount - 1, -1, active.row), col: shape.colCount - 1 }
          : { ...active, col: shape.colCount - 1 },
      );
    case 'PageDown':
      return move({ ...active, row: clampRow(shape, active.row + shape.pageRows, 1, active.row) });
    case 'PageUp':
      return move({ ...active, row: clampRow(shape, active.row - shape.pageRows, -1, active.row) });
    case 'Enter':
    case 'F2':
      return { kind: 'edit', initial: null };
    case 'Insert':
      return { kind: 'add-line' };
    case 'Delete':
    case 'Backspace':
      return ctrl ? { kind: 'remove-line' } : { kind: 'edit', initial: '' };
    default:
      return isPrintable(key) ? { kind: 'edit', initial: key.key } : { kind: 'none' };
  }
};

/** What a key does inside a cell's editor: commit and move, cancel, or nothing (the editor has it). */
export type EditorCommand =
  | { readonly kind: 'commit'; readonly then: 'down' | 'up' | 'right' | 'left' }
  | { readonly kind: 'cancel' }
  | { readonly kind: 'none' };

export const editorCommand = (key: GridKey): EditorCommand => {
  switch (key.key) {
    case 'Enter':
      return { kind: 'commit', then: key.shiftKey === true ? 'up' : 'down' };
    case 'Tab':
      return { kind: 'commit', then: key.shiftKey === true ? 'left' : 'right' };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      return { kind: 'none' };
  }
};

/** The cell to go to after a commit. */
export const cellAfterCommit = (
  active: Cell,
  then: Extract<EditorCommand, { kind: 'commit' }>['then'],
  shape: GridShape,
): Cell => {
  switch (then) {
    case 'down':
      return enterFrom(active, shape, false);
    case 'up':
      return enterFrom(active, shape, true);
    case 'right':
      return tabFrom(active, shape, false);
    case 'left':
      return tabFrom(active, shape, true);
  }
};
