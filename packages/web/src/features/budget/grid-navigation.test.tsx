import { describe, expect, it } from 'vitest';
import { cellAfterCommit, editorCommand, gridCommand, type GridShape } from './grid-navigation';

// Rows: 0 section, 1 account, 2-4 lines, 5 account, 6 line, 7 section total.
const LINES = new Set([2, 3, 4, 6]);
const shape: GridShape = { rowCount: 8, colCount: 8, navigable: (r) => LINES.has(r), pageRows: 3 };
const press = (
  row: number,
  col: number,
  key: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey', boolean>> = {},
) => gridCommand({ row, col }, { key, ...mods }, shape);

describe('moving the active cell', () => {
  it('moves with the arrows, skipping account and total rows, and stops at the ends', () => {
    expect(press(4, 2, 'ArrowDown')).toEqual({ kind: 'move', to: { row: 6, col: 2 } });
    expect(press(6, 2, 'ArrowUp')).toEqual({ kind: 'move', to: { row: 4, col: 2 } });
    expect(press(6, 2, 'ArrowDown')).toEqual({ kind: 'none' });
    expect(press(2, 0, 'ArrowUp')).toEqual({ kind: 'none' });
    expect(press(2, 0, 'ArrowLeft')).toEqual({ kind: 'none' });
    expect(press(2, 7, 'ArrowRight')).toEqual({ kind: 'none' });
    expect(press(2, 3, 'ArrowRight')).toEqual({ kind: 'move', to: { row: 2, col: 4 } });
  });

  it('tabs along the row and wraps to the next or previous line', () => {
    expect(press(3, 6, 'Tab')).toEqual({ kind: 'move', to: { row: 3, col: 7 } });
    expect(press(4, 7, 'Tab')).toEqual({ kind: 'move', to: { row: 6, col: 0 } });
    expect(press(6, 0, 'Tab', { shiftKey: true })).toEqual({
      kind: 'move',
      to: { row: 4, col: 7 },
    });
    expect(press(6, 7, 'Tab')).toEqual({ kind: 'none' });
  });

  it('jumps with Home/End, Ctrl for the first and last line, and pages', () => {
    expect(press(3, 4, 'Home')).toEqual({ kind: 'move', to: { row: 3, col: 0 } });
    expect(press(3, 4, 'End')).toEqual({ kind: 'move', to: { row: 3, col: 7 } });
    expect(press(3, 4, 'End', { ctrlKey: true })).toEqual({ kind: 'move', to: { row: 6, col: 7 } });
    expect(press(6, 4, 'Home', { ctrlKey: true })).toEqual({
      kind: 'move',
      to: { row: 2, col: 0 },
    });
    // Three rows down from 3 is row 6; three down from 4 is past the end: the last line.
    expect(press(3, 1, 'PageDown')).toEqual({ kind: 'move', to: { row: 6, col: 1 } });
    expect(press(6, 1, 'PageUp')).toEqual({ kind: 'move', to: { row: 3, col: 1 } });
  });
});

describe('editing', () => {
  it('starts with Enter or F2 keeping the value, typing replaces it, Backspace empties it', () => {
    expect(press(2, 1, 'Enter')).toEqual({ kind: 'edit', initial: null });
    expect(press(2, 1, 'F2')).toEqual({ kind: 'edit', initial: null });
    expect(press(2, 1, '7')).toEqual({ kind: 'edit', initial: '7' });
    expect(press(2, 1, 'Backspace')).toEqual({ kind: 'edit', initial: '' });
    expect(press(2, 1, 'c', { ctrlKey: true })).toEqual({ kind: 'none' });
  });

  it('adds a line with Insert and removes one with Ctrl+Delete', () => {
    expect(press(2, 1, 'Insert')).toEqual({ kind: 'add-line' });
    expect(press(2, 1, 'Delete', { ctrlKey: true })).toEqual({ kind: 'remove-line' });
  });

  it('commits with Enter (down) or Tab (right), Shift going back, and cancels with Escape', () => {
    expect(editorCommand({ key: 'Enter' })).toEqual({ kind: 'commit', then: 'down' });
    expect(editorCommand({ key: 'Enter', shiftKey: true })).toEqual({ kind: 'commit', then: 'up' });
    expect(editorCommand({ key: 'Tab' })).toEqual({ kind: 'commit', then: 'right' });
    expect(editorCommand({ key: 'Tab', shiftKey: true })).toEqual({ kind: 'commit', then: 'left' });
    expect(editorCommand({ key: 'Escape' })).toEqual({ kind: 'cancel' });
    expect(editorCommand({ key: 'ArrowLeft' })).toEqual({ kind: 'none' });
    expect(cellAfterCommit({ row: 4, col: 4 }, 'down', shape)).toEqual({ row: 6, col: 4 });
    expect(cellAfterCommit({ row: 4, col: 7 }, 'right', shape)).toEqual({ row: 6, col: 0 });
  });
});
