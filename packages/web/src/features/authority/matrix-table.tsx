import { memo } from 'react';
import type { AuthorityMatrixDto } from '@greenlight/contract';
import {
  ACTION_AREA_LABELS,
  ACTION_AREAS,
  ACTION_CATALOG,
  roleLabel,
  ROLES,
  type ActionId,
  type Role,
} from '@greenlight/domain';
import { CELL_TEXT, cellState, type CellState } from './matrix-cell';
import { ROLE_SHORT_LABELS } from './role-short-labels';
import { useGridFocus, type GridPosition } from './use-grid-focus';

type MatrixTableProps = {
  readonly rules: AuthorityMatrixDto['rules'];
  /** The rules as saved, to mark the cells changed since. */
  readonly saved: AuthorityMatrixDto['rules'];
  readonly isSeries: boolean;
  readonly editable: boolean;
  readonly onCycle: (action: ActionId, role: Role) => void;
};

// Rows in the order they are shown: by area, then catalog order.
const ROWS = ACTION_AREAS.flatMap((area) => ACTION_CATALOG.filter((a) => a.area === area));
const ROW_INDEX = new Map<string, number>(ROWS.map((a, i) => [a.id, i]));

/**
 * Actions (rows, grouped by area) × roles (columns): who may do, ask for and approve each action. When
 * editable the cells are one tab stop; the arrow keys move between them and Enter or Space cycles one.
 */
export const MatrixTable = ({ rules, saved, isSeries, editable, onCycle }: MatrixTableProps) => {
  const grid = useGridFocus(ROWS.length, ROLES.length);
  return (
    <div className="table-wrap table-wrap--matrix">
      <table
        className="table matrix"
        data-testid="authority-matrix"
        onKeyDown={editable ? grid.onKeyDown : undefined}
      >
        <caption className="visually-hidden">Authority matrix: actions by role</caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__action-col">
              Action
            </th>
            {ROLES.map((role) => (
              <th key={role} scope="col" className="matrix__role-col">
                <abbr title={roleLabel(role, isSeries)}>{ROLE_SHORT_LABELS[role]}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        {ACTION_AREAS.map((area) => {
          const actions = ACTION_CATALOG.filter((a) => a.area === area);
          if (actions.length === 0) return null;
          return (
            <tbody key={area} className={`matrix__area area--${area}`}>
              <tr className="matrix__area-row">
                <th scope="colgroup" colSpan={ROLES.length + 1}>
                  {ACTION_AREA_LABELS[area]}
                </th>
              </tr>
              {actions.map((action) => (
                <tr key={action.id} data-testid={`matrix-row-${action.id}`}>
                  <th scope="row" className="matrix__action" title={action.description}>
                    {action.label}
                    {action.involvesMoney ? (
                      <span className="tag" title="Signing limits apply">
                        limit
                      </span>
                    ) : null}
                  </th>
                  {ROLES.map((role, col) => (
                    <MatrixCell
                      key={role}
                      row={ROW_INDEX.get(action.id) ?? 0}
                      col={col}
                      tabIndex={grid.tabIndexOf(ROW_INDEX.get(action.id) ?? 0, col)}
                      onFocusCell={grid.setActive}
                      actionId={action.id}
                      actionLabel={action.label}
                      role={role}
                      roleName={roleLabel(role, isSeries)}
                      state={cellState(rules[action.id], role)}
                      savedState={cellState(saved[action.id], role)}
                      editable={editable}
                      onCycle={onCycle}
                    />
                  ))}
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
};

type MatrixCellProps = {
  readonly row: number;
  readonly col: number;
  readonly tabIndex: 0 | -1;
  readonly onFocusCell: (position: GridPosition) => void;
  readonly actionId: ActionId;
  readonly actionLabel: string;
  readonly role: Role;
  readonly roleName: string;
  readonly state: CellState;
  readonly savedState: CellState;
  readonly editable: boolean;
  readonly onCycle: (action: ActionId, role: Role) => void;
};

const MatrixCell = memo(function MatrixCell({
  row,
  col,
  tabIndex,
  onFocusCell,
  actionId,
  actionLabel,
  role,
  roleName,
  state,
  savedState,
  editable,
  onCycle,
}: MatrixCellProps) {
  const changed = state !== savedState;
  const text = CELL_TEXT[state];
  const label = `${actionLabel}, ${roleName}: ${text.words}${changed ? ' (unsaved)' : ''}`;
  const content = (
    <span className="matrix__chips" aria-hidden="true">
      {text.short.map((word) => (
        <span key={word} className={`chip chip--${word.toLowerCase()}`}>
          {word}
        </span>
      ))}
    </span>
  );
  const className = `matrix__cell matrix__cell--${state}${changed ? ' matrix__cell--changed' : ''}`;
  return (
    <td className={className}>
      {editable ? (
        <button
          type="button"
          className="matrix__button"
          aria-label={label}
          title={`${roleName}: ${text.words}. Click to change.`}
          data-testid={`cell-${actionId}-${role}`}
          data-state={state}
          data-grid-row={row}
          data-grid-col={col}
          tabIndex={tabIndex}
          onFocus={() => onFocusCell({ row, col })}
          onClick={() => onCycle(actionId, role)}
        >
          {content}
        </button>
      ) : (
        <span
          className="matrix__static"
          role="img"
          aria-label={label}
          title={`${roleName}: ${text.words}`}
          data-testid={`cell-${actionId}-${role}`}
          data-state={state}
        >
          {content}
        </span>
      )}
    </td>
  );
});
