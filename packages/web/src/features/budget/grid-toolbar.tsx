import type { BudgetSetupDto, ComputedLineDto } from '@greenlight/contract';

type GridToolbarProps = {
  readonly filter: string;
  readonly onFilter: (text: string) => void;
  readonly editable: boolean;
  readonly activeLine: ComputedLineDto | null;
  readonly accounts: BudgetSetupDto['accounts'];
  readonly onAdd: (accountNumber: string) => void;
  readonly onRemove: (lineId: string) => void;
  readonly onCollapseAll: () => void;
  readonly onExpandAll: () => void;
  readonly lineCount: number;
};

/** Find, add and delete lines, fold the accounts. */
export const GridToolbar = ({
  filter,
  onFilter,
  editable,
  activeLine,
  accounts,
  onAdd,
  onRemove,
  onCollapseAll,
  onExpandAll,
  lineCount,
}: GridToolbarProps) => {
  const target = activeLine?.accountNumber ?? accounts[0]?.number;
  return (
    <div className="budget-grid__toolbar">
      <input
        type="search"
        className="budget-grid__find"
        placeholder="Find a line…"
        aria-label="Find a line"
        value={filter}
        onChange={(event) => onFilter(event.target.value)}
      />
      <span className="muted budget-grid__count">
        {lineCount.toLocaleString('en-US')} {lineCount === 1 ? 'line' : 'lines'}
      </span>
      <span className="budget-grid__spacer" />
      <button type="button" className="button button--ghost button--small" onClick={onCollapseAll}>
        Fold all
      </button>
      <button type="button" className="button button--ghost button--small" onClick={onExpandAll}>
        Unfold all
      </button>
      {editable ? (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={target === undefined}
            onClick={() => target !== undefined && onAdd(target)}
            title={target === undefined ? undefined : `Add a line to account ${target} (Insert)`}
            data-testid="add-line"
          >
            Add line
          </button>
          <button
            type="button"
            className="button button--danger-ghost button--small"
            disabled={activeLine === null}
            onClick={() => activeLine !== null && onRemove(activeLine.id)}
            title="Delete the active line (Ctrl+Delete)"
            data-testid="remove-line"
          >
            Delete line
          </button>
        </>
      ) : null}
    </div>
  );
};
