import type { ComputedLineDto } from '@greenlight/contract';
import { COLUMN_TITLES, columnAt } from './grid-columns';
import type { SaveState } from './use-budget-editor';

type GridStatusProps = {
  readonly saveState: SaveState;
  /** Why the cell being edited was not accepted; what was typed stays in it. */
  readonly editError: string | null;
  readonly editable: boolean;
  readonly activeLine: ComputedLineDto | null;
  readonly activeCol: number | null;
  readonly currency: string;
};

/** The bar under the grid: where the cursor is, the keys, and whether the changes are saved. */
export const GridStatus = ({
  saveState,
  editError,
  editable,
  activeLine,
  activeCol,
}: GridStatusProps) => {
  const column = activeCol === null ? undefined : columnAt(activeCol);
  return (
    <div className="budget-grid__status">
      <div className="budget-grid__where">
        {activeLine !== null && column !== undefined ? (
          <span data-testid="active-cell" data-line-id={activeLine.id} data-col={column.id}>
            <strong>{activeLine.accountNumber}</strong> · {activeLine.description || 'New line'} ·{' '}
            {COLUMN_TITLES[column.id]}
          </span>
        ) : (
          <span className="muted">Click a line or press ↓ to start.</span>
        )}
        <span className="budget-grid__keys muted">
          {editable
            ? '↑↓←→ Tab move · Enter or type to edit · Esc cancels · Insert adds a line · Ctrl+Delete deletes'
            : '↑↓←→ Tab move · read-only'}
        </span>
      </div>
      {editError !== null ? (
        <p className="budget-grid__error">{editError}</p>
      ) : saveState.kind === 'error' ? (
        <p className="budget-grid__error" role="alert" data-testid="save-error">
          {saveState.message}
          {saveState.conflict ? (
            <>
              {' '}
              <button
                type="button"
                className="link-button"
                onClick={() => window.location.reload()}
              >
                Reload
              </button>
            </>
          ) : null}
        </p>
      ) : (
        <p
          className="budget-grid__saved"
          role="status"
          data-testid="save-state"
          data-state={saveState.kind}
        >
          {saveState.kind === 'saving'
            ? 'Saving…'
            : saveState.kind === 'saved'
              ? 'All changes saved'
              : editable
                ? 'Changes save as you go'
                : ''}
        </p>
      )}
    </div>
  );
};
