import type { ReactNode } from 'react';
import type { ComputedLineDto } from '@greenlight/contract';
import { describeScheduleLink, formatQuantity, type Quantity } from '@greenlight/domain';
import { formatAmount } from '../../ui/money';
import { cellDisplayText } from './cell-edit';
import { formatFigure } from './figures';
import { GRID_COLUMNS, type ColumnId } from './grid-columns';
import type { GridRow } from './grid-rows';

type GridRowViewProps = {
  readonly row: GridRow;
  readonly index: number;
  readonly top: number;
  readonly currency: string;
  readonly editable: boolean;
  /** The active cell's column when it is on this row. */
  readonly activeCol: number | null;
  readonly editingCol: number | null;
  readonly editor: ReactNode;
  readonly pending: boolean;
  readonly cellId: (row: number, col: number) => string;
  readonly fringeNames: ReadonlyMap<string, string>;
  readonly globalValues: ReadonlyMap<string, number>;
  readonly onToggleAccount: (accountNumber: string) => void;
  readonly onAddLine: (accountNumber: string) => void;
  readonly onCellClick: (col: number) => void;
  readonly onCellDoubleClick: (col: number) => void;
};

/** One row of the grid, placed at its offset in the scrolled body. */
export const GridRowView = (props: GridRowViewProps) => {
  const { row, index, top } = props;
  const style = { transform: `translateY(${top}px)` };
  const rowIndex = index + 2;
  switch (row.kind) {
    case 'section':
      return (
        <div
          role="row"
          aria-rowindex={rowIndex}
          className="budget-row budget-row--section"
          style={style}
        >
          <div role="rowheader" className="budget-row__span">
            {row.label}
          </div>
        </div>
      );
    case 'section-total':
      return (
        <div
          role="row"
          aria-rowindex={rowIndex}
          className="budget-row budget-row--section-total"
          style={style}
          data-testid="section-total"
          data-section={row.section}
        >
          <div role="rowheader" className="budget-row__label">
            Total {row.label.toLowerCase()}
          </div>
          <div role="gridcell" className="budget-row__total num">
            {formatFigure(row.total, props.currency)}
          </div>
        </div>
      );
    case 'account':
      return <AccountRow {...props} row={row} style={style} rowIndex={rowIndex} />;
    case 'line':
      return <LineRow {...props} line={row.line} style={style} rowIndex={rowIndex} />;
  }
};

type AccountRowProps = GridRowViewProps & {
  readonly row: Extract<GridRow, { kind: 'account' }>;
  readonly style: { readonly transform: string };
  readonly rowIndex: number;
};

const AccountRow = ({
  row,
  style,
  rowIndex,
  currency,
  editable,
  onToggleAccount,
  onAddLine,
}: AccountRowProps) => {
  const { account } = row;
  const isFringes = account.role === 'fringes';
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={
        isFringes
          ? 'budget-row budget-row--account budget-row--fringe-account'
          : 'budget-row budget-row--account'
      }
      style={style}
      data-testid="account-row"
      data-account={account.number}
    >
      <div role="rowheader" className="budget-row__label">
        {isFringes ? (
          <span className="budget-row__toggle-space" />
        ) : (
          <button
            type="button"
            className="budget-row__toggle"
            aria-expanded={!row.collapsed}
            aria-label={`${row.collapsed ? 'Unfold' : 'Fold'} account ${account.number}`}
            onClick={() => onToggleAccount(account.number)}
            tabIndex={-1}
          >
            {row.collapsed ? '▸' : '▾'}
          </button>
        )}
        <span className="budget-row__number">{account.number}</span>
        <span className="budget-row__name">{account.name}</span>
        <span className="budget-row__count">
          {isFringes
            ? 'fringes of the section’s lines'
            : `${row.lineCount} ${row.lineCount === 1 ? 'line' : 'lines'}`}
        </span>
        {editable && !isFringes ? (
          <button
            type="button"
            className="budget-row__add"
            onClick={() => onAddLine(account.number)}
            aria-label={`Add a line to account ${account.number} ${account.name}`}
            data-testid="add-line-to-account"
            tabIndex={-1}
          >
            + Line
          </button>
        ) : null}
      </div>
      <div role="gridcell" className="budget-row__fringes num" title="Fringes">
        {row.fringes === 0 ? '' : formatFigure(row.fringes, currency)}
      </div>
      <div role="gridcell" className="budget-row__total num" data-testid="account-total">
        {formatFigure(row.total, currency)}
      </div>
    </div>
  );
};

type LineRowProps = GridRowViewProps & {
  readonly line: ComputedLineDto;
  readonly style: { readonly transform: string };
  readonly rowIndex: number;
};

const LineRow = ({
  line,
  style,
  rowIndex,
  index,
  currency,
  activeCol,
  editingCol,
  editor,
  pending,
  cellId,
  fringeNames,
  globalValues,
  onCellClick,
  onCellDoubleClick,
}: LineRowProps) => {
  const classes = ['budget-row', 'budget-row--line'];
  if (activeCol !== null) classes.push('budget-row--active');
  if (editingCol !== null) classes.push('budget-row--editing');
  if (pending) classes.push('budget-row--pending');
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={classes.join(' ')}
      style={style}
      data-testid="budget-line"
      data-line-id={line.id}
    >
      {GRID_COLUMNS.map((column, col) => {
        const cellClasses = ['budget-cell', `budget-cell--${column.id}`];
        if (column.numeric) cellClasses.push('num');
        if (activeCol === col) cellClasses.push('budget-cell--active');
        if (editingCol === col) cellClasses.push('budget-cell--editing');
        return (
          <div
            key={column.id}
            id={cellId(index, col)}
            role="gridcell"
            aria-colindex={col + 1}
            aria-selected={activeCol === col}
            className={cellClasses.join(' ')}
            onClick={() => onCellClick(col)}
            onDoubleClick={() => onCellDoubleClick(col)}
            data-col={column.id}
          >
            {editingCol === col
              ? editor
              : cellContent(line, column.id, currency, fringeNames, globalValues)}
          </div>
        );
      })}
    </div>
  );
};

const cellContent = (
  line: ComputedLineDto,
  column: ColumnId,
  currency: string,
  fringeNames: ReadonlyMap<string, string>,
  globalValues: ReadonlyMap<string, number>,
): ReactNode => {
  switch (column) {
    case 'description':
      return (
        <>
          <span className="budget-cell__text">
            {line.description || <span className="budget-cell__placeholder">New line</span>}
          </span>
          {line.scheduleLink ? (
            <span
              className="budget-cell__linked"
              title={`Follows the schedule: ${describeScheduleLink(line.scheduleLink)}`}
            >
              sched
            </span>
          ) : null}
        </>
      );
    case 'amount': {
      if (line.amount.kind === 'quantity') return cellDisplayText(line, 'amount');
      const value = globalValues.get(line.amount.name);
      return (
        <span
          className="budget-cell__global"
          title={`The global ${line.amount.name}${value === undefined ? '' : ` = ${formatQuantity(value as Quantity)}`}`}
        >
          {line.amount.name}
        </span>
      );
    }
    case 'fringes': {
      if (line.fringeIds.length === 0) return '';
      const names = line.fringeIds.map((id) => fringeNames.get(id) ?? id).join(', ');
      return (
        <span title={names}>
          <span className="budget-cell__count">{line.fringeIds.length}</span>
          {formatFigure(line.fringeTotal, currency)}
        </span>
      );
    }
    case 'total':
      return line.currency === currency ? (
        formatFigure(line.total, currency)
      ) : (
        <span
          title={`${formatAmount(line.totalInLineCurrency, line.currency)} converted to ${currency}`}
        >
          {formatFigure(line.total, currency)}
        </span>
      );
    case 'currency':
      return (
        <span
          className={line.currency === currency ? 'budget-cell__muted' : 'budget-cell__foreign'}
        >
          {line.currency}
        </span>
      );
    default:
      return cellDisplayText(line, column);
  }
};
