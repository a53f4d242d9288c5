import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BudgetSetupDto, ComputedLineDto, DetailLineDto } from '@greenlight/contract';
import {
  applyCellText,
  cellEditText,
  matchOption,
  sameLine,
  toDetailLine,
  type CellContext,
} from './cell-edit';
import { CellEditor, type EditingCell } from './cell-editor';
import {
  COLUMN_COUNT,
  COLUMN_TITLES,
  GRID_COLUMNS,
  columnAt,
  type EditableColumnId,
} from './grid-columns';
import { GridRowView } from './grid-row-view';
import { GridStatus } from './grid-status';
import { GridToolbar } from './grid-toolbar';
import {
  cellAfterCommit,
  gridCommand,
  nearestNavigable,
  type Cell,
  type EditorCommand,
  type GridShape,
} from './grid-navigation';
import { gridRows } from './grid-rows';
import { newLine } from './new-line';
import type { BudgetEditor } from './use-budget-editor';
import { useGridWindow } from './use-grid-window';
import { rowsPerPage, scrollTopToReveal, visibleRows } from './windowing';

/** Every row is this tall (the CSS says so too): the windowing counts on it. */
export const ROW_HEIGHT = 28;
const HEADER_HEIGHT = 30;

type BudgetGridProps = {
  readonly editor: BudgetEditor;
  readonly setup: BudgetSetupDto;
  readonly currency: string;
  readonly editable: boolean;
  /** Each global's value, references followed, for the amount column's tooltips. */
  readonly globals: readonly { readonly name: string; readonly value: number }[];
};

/** The active cell by line, so it stays on its line when rows are added, folded or filtered. */
type ActiveCell = { readonly lineId: string; readonly col: number };

/**
 * The detail lines as a spreadsheet: accounts by section with their totals, only the rows in view rendered.
 * The scroll container holds the focus and names the active cell (`aria-activedescendant`); arrows, Tab and
 * Enter move it, typing or Enter edits, Enter/Tab commits and Escape cancels. A draft only: anything else
 * is shown read-only.
 */
export const BudgetGrid = ({ editor, setup, currency, editable, globals }: BudgetGridProps) => {
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { scrollTop, viewportHeight, onScroll } = useGridWindow(scrollRef);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState<ActiveCell | null>(null);
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null);
  const committed = useRef<EditingCell | null>(null);

  const rows = useMemo(
    () =>
      gridRows({
        accounts: setup.accounts,
        lines: editor.lines,
        topSheet: editor.topSheet,
        collapsed,
        filter,
      }),
    [setup.accounts, editor.lines, editor.topSheet, collapsed, filter],
  );
  const rowOf = useMemo(() => {
    const index = new Map<string, number>();
    rows.forEach((row, i) => {
      if (row.kind === 'line') index.set(row.line.id, i);
    });
    return index;
  }, [rows]);
  const context: CellContext = useMemo(
    () => ({
      budgetCurrency: currency,
      currencies: [currency, ...setup.exchangeRates.map((r) => r.currency)],
      globalNames: setup.globals.map((g) => g.name),
      fringeIds: setup.fringes.map((f) => f.id),
    }),
    [currency, setup.exchangeRates, setup.globals, setup.fringes],
  );

  const geometry = {
    scrollTop,
    viewportHeight,
    rowHeight: ROW_HEIGHT,
    headerHeight: HEADER_HEIGHT,
    rowCount: rows.length,
  };
  const shape: GridShape = {
    rowCount: rows.length,
    colCount: COLUMN_COUNT,
    navigable: (row) => rows[row]?.kind === 'line',
    pageRows: rowsPerPage(geometry),
  };
  const activeRow = active === null ? -1 : (rowOf.get(active.lineId) ?? -1);
  const activeCell: Cell | null =
    activeRow === -1 || active === null ? null : { row: activeRow, col: active.col };
  const range = visibleRows(geometry);
  const cellId = (row: number, col: number) => `${gridId}-r${row}-c${col}`;

  const lineAt = (row: number): ComputedLineDto | null => {
    const found = rows[row];
    return found?.kind === 'line' ? found.line : null;
  };

  /** Makes `cell` active and scrolls it into view under the sticky header. */
  const goTo = (cell: Cell) => {
    const line = lineAt(cell.row);
    if (line === null) return;
    setActive({ lineId: line.id, col: cell.col });
    const element = scrollRef.current;
    if (element !== null) {
      const top = scrollTopToReveal(cell.row, { ...geometry, scrollTop: element.scrollTop });
      if (top !== element.scrollTop) element.scrollTop = top;
    }
  };

  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });

  const startEditing = (cell: Cell, initial: string | null) => {
    const line = lineAt(cell.row);
    const column = columnAt(cell.col);
    if (!editable || line === null || column === undefined || column.id === 'total') return;
    const current = cellEditText(toDetailLine(line), column.id);
    // A list cell picks the option the typed letter starts; the fringe list opens as it is.
    const text =
      initial === null || column.id === 'fringes'
        ? current
        : column.id === 'unit' || column.id === 'currency'
          ? (matchOption(column.id, initial, context) ?? current)
          : initial;
    setEditing({ lineId: line.id, col: cell.col, text, error: null, replaced: initial !== null });
  };

  const addLineTo = (accountNumber: string) => {
    if (!editable) return;
    const line = newLine(
      accountNumber,
      currency,
      editor.lines.map((l) => l.id),
    );
    void editor.addLine(line);
    setCollapsed((old) => {
      if (!old.has(accountNumber)) return old;
      const copy = new Set(old);
      copy.delete(accountNumber);
      return copy;
    });
    setFilter('');
    setActive({ lineId: line.id, col: 0 });
    setEditing({ lineId: line.id, col: 0, text: '', error: null, replaced: true });
  };

  const removeLine = (lineId: string) => {
    const line = editor.lines.find((l) => l.id === lineId);
    setConfirmingRemoval(null);
    if (line === undefined) return;
    // The cursor moves to the next line (or the one before) before this one goes.
    const row = rowOf.get(lineId) ?? -1;
    const next = nearestNavigable(shape, row + 1, 1) ?? nearestNavigable(shape, row - 1, -1);
    const nextLine = next === null ? null : lineAt(next);
    setActive(nextLine === null ? null : { lineId: nextLine.id, col: active?.col ?? 0 });
    void editor.removeLine(lineId, `Deleted the line “${line.description || 'untitled'}”`);
    focusGrid();
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || editing !== null) return;
    if (activeCell === null) {
      const first = nearestNavigable(shape, 0, 1);
      if (first !== null && event.key.startsWith('Arrow')) {
        event.preventDefault();
        goTo({ row: first, col: 0 });
      }
      return;
    }
    const command = gridCommand(activeCell, event, shape);
    switch (command.kind) {
      case 'none':
        return;
      case 'move':
        event.preventDefault();
        goTo(command.to);
        return;
      case 'edit':
        if (!editable) return;
        event.preventDefault();
        startEditing(activeCell, command.initial);
        return;
      case 'add-line': {
        const line = lineAt(activeCell.row);
        if (!editable || line === null) return;
        event.preventDefault();
        addLineTo(line.accountNumber);
        return;
      }
      case 'remove-line': {
        const line = lineAt(activeCell.row);
        if (!editable || line === null) return;
        event.preventDefault();
        setConfirmingRemoval(line.id);
      }
    }
  };

  const commit = (then: Extract<EditorCommand, { kind: 'commit' }>['then'] | null) => {
    // A blur right after Enter sees the same edit again: it is committed once.
    if (editing === null || committed.current === editing) return;
    committed.current = editing;
    const row = rowOf.get(editing.lineId);
    const line = row === undefined ? null : lineAt(row);
    const column = columnAt(editing.col);
    if (row === undefined || line === null || column === undefined || column.id === 'total') {
      setEditing(null);
      return;
    }
    const before = toDetailLine(line);
    const result = applyCellText(before, column.id, editing.text, context);
    if (!result.ok) {
      setEditing({ ...editing, error: result.error });
      return;
    }
    setEditing(null);
    if (then !== null) goTo(cellAfterCommit({ row, col: editing.col }, then, shape));
    focusGrid();
    if (sameLine(before, result.line)) return;
    void save(result.line, column.id, editing);
  };

  const save = async (line: DetailLineDto, columnId: EditableColumnId, typed: EditingCell) => {
    const saved = await editor.updateLine(
      line,
      `Changed the ${GRID_COLUMNS[typed.col]?.label.toLowerCase() ?? columnId} of “${line.description || 'untitled'}”`,
    );
    // Refused: back into the cell with what was typed, and why.
    if (!saved.ok) {
      setActive({ lineId: line.id, col: typed.col });
      setEditing({ ...typed, error: saved.error });
    }
  };

  const onEditorKey = (command: EditorCommand) => {
    if (command.kind === 'commit') commit(command.then);
    else if (command.kind === 'cancel') {
      setEditing(null);
      focusGrid();
    }
  };

  const toggleAccount = (accountNumber: string) =>
    setCollapsed((old) => {
      const copy = new Set(old);
      if (copy.has(accountNumber)) copy.delete(accountNumber);
      else copy.add(accountNumber);
      return copy;
    });

  const fringeNames = new Map(setup.fringes.map((f) => [f.id, f.name]));
  const globalValues = new Map(globals.map((g) => [g.name, g.value]));
  const activeLine = activeCell === null ? null : lineAt(activeCell.row);
  const lineAccounts = setup.accounts.filter((a) => a.role === 'lines');
  const removal =
    confirmingRemoval === null ? null : editor.lines.find((l) => l.id === confirmingRemoval);

  return (
    <div className="budget-grid" data-testid="budget-grid" data-editable={editable}>
      <GridToolbar
        filter={filter}
        onFilter={setFilter}
        editable={editable}
        activeLine={activeLine}
        accounts={lineAccounts}
        onAdd={addLineTo}
        onRemove={(id) => setConfirmingRemoval(id)}
        onCollapseAll={() => setCollapsed(new Set(setup.accounts.map((a) => a.number)))}
        onExpandAll={() => setCollapsed(new Set())}
        lineCount={editor.lines.length}
      />
      {removal ? (
        <div
          className="notice notice--warning budget-grid__confirm"
          role="alertdialog"
          aria-label="Delete the line"
        >
          <span>
            Delete the line “{removal.description || 'untitled'}” from account{' '}
            {removal.accountNumber}?
          </span>
          <button
            type="button"
            className="button button--danger button--small"
            onClick={() => removeLine(removal.id)}
            data-testid="confirm-remove-line"
          >
            Delete
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => {
              setConfirmingRemoval(null);
              focusGrid();
            }}
          >
            Keep it
          </button>
        </div>
      ) : null}
      <div
        ref={scrollRef}
        className="budget-grid__scroller"
        role="grid"
        aria-label="Budget detail lines"
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMN_COUNT}
        aria-readonly={!editable}
        aria-activedescendant={
          activeCell === null || editing !== null
            ? undefined
            : cellId(activeCell.row, activeCell.col)
        }
        tabIndex={0}
        onScroll={onScroll}
        onKeyDown={onGridKeyDown}
        onFocus={(event) => {
          if (event.target !== event.currentTarget || activeCell !== null) return;
          const first = nearestNavigable(shape, range.start, 1) ?? nearestNavigable(shape, 0, 1);
          const line = first === null ? null : lineAt(first);
          if (line !== null) setActive({ lineId: line.id, col: 0 });
        }}
        data-testid="budget-grid-scroller"
      >
        <div className="budget-grid__header" role="row" aria-rowindex={1}>
          {GRID_COLUMNS.map((column) => (
            <div
              key={column.id}
              role="columnheader"
              className={column.numeric ? 'budget-grid__th num' : 'budget-grid__th'}
              title={COLUMN_TITLES[column.id]}
            >
              {column.id === 'total' ? `Total (${currency})` : column.label}
            </div>
          ))}
        </div>
        <div className="budget-grid__body" style={{ height: rows.length * ROW_HEIGHT }}>
          {rows.slice(range.start, range.end).map((row, offset) => {
            const index = range.start + offset;
            return (
              <GridRowView
                key={row.key}
                row={row}
                index={index}
                top={index * ROW_HEIGHT}
                currency={currency}
                editable={editable}
                activeCol={activeCell?.row === index ? activeCell.col : null}
                cellId={cellId}
                pending={row.kind === 'line' && editor.pendingLineIds.has(row.line.id)}
                fringeNames={fringeNames}
                globalValues={globalValues}
                onToggleAccount={toggleAccount}
                onAddLine={addLineTo}
                onCellClick={(col) => {
                  if (row.kind !== 'line') return;
                  if (editing !== null) commit(null);
                  setActive({ lineId: row.line.id, col });
                }}
                onCellDoubleClick={(col) => startEditing({ row: index, col }, null)}
                editingCol={
                  editing !== null && row.kind === 'line' && editing.lineId === row.line.id
                    ? editing.col
                    : null
                }
                editor={
                  editing !== null && row.kind === 'line' && editing.lineId === row.line.id ? (
                    <CellEditor
                      editing={editing}
                      line={row.line}
                      currencies={context.currencies}
                      fringes={setup.fringes}
                      onChange={(text) => setEditing({ ...editing, text, error: null })}
                      onCommand={onEditorKey}
                      openUp={index * ROW_HEIGHT - scrollTop > viewportHeight / 2}
                      onBlur={(to) => {
                        // Within the grid (a cell clicked, Enter, Escape, the next checkbox) the grid handles it.
                        if (to instanceof Node && scrollRef.current?.contains(to)) return;
                        commit(null);
                      }}
                    />
                  ) : null
                }
              />
            );
          })}
        </div>
      </div>
      <GridStatus
        saveState={editor.saveState}
        editError={editing?.error ?? null}
        editable={editable}
        activeLine={activeLine}
        activeCol={activeCell?.col ?? null}
        currency={currency}
      />
    </div>
  );
};
