import type { KeyboardEvent } from 'react';
import type { BudgetSetupDto, ComputedLineDto } from '@greenlight/contract';
import { BUDGET_UNIT_LABELS, BUDGET_UNITS } from '@greenlight/domain';
import { columnAt } from './grid-columns';
import { editorCommand, type EditorCommand } from './grid-navigation';

/** The cell being edited and what is typed in it so far. */
export type EditingCell = {
  readonly lineId: string;
  readonly col: number;
  readonly text: string;
  /** Why the last commit was refused (by the grid's checks or the server); the text stays. */
  readonly error: string | null;
  /** Typing started it, so the text replaced the value (a select then shows the option it picked). */
  readonly replaced: boolean;
};

type CellEditorProps = {
  readonly editing: EditingCell;
  readonly line: ComputedLineDto;
  readonly currencies: readonly string[];
  readonly fringes: BudgetSetupDto['fringes'];
  /** Open the fringe list upwards (the line is low in the viewport). */
  readonly openUp?: boolean;
  readonly onChange: (text: string) => void;
  readonly onCommand: (command: EditorCommand) => void;
  /** Focus left the editor for somewhere (the grid decides whether that commits). */
  readonly onBlur: (to: EventTarget | null) => void;
};

/** The editor in a cell: a text box, a list for the unit and currency, checkboxes for the fringes. */
export const CellEditor = ({
  editing,
  line,
  currencies,
  fringes,
  openUp = false,
  onChange,
  onCommand,
  onBlur,
}: CellEditorProps) => {
  const column = columnAt(editing.col);
  const label = `${column?.label ?? 'Cell'} of ${line.description || 'the new line'}`;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const command = editorCommand(event);
    if (command.kind === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    onCommand(command);
  };
  const invalid = editing.error === null ? undefined : true;
  // Why the value was refused, right under the cell that holds it.
  const bubble =
    editing.error === null ? null : (
      <span className="budget-cell__error" role="alert" data-testid="cell-error">
        {editing.error}
      </span>
    );

  if (column?.editor === 'select') {
    const options =
      column.id === 'unit'
        ? BUDGET_UNITS.map((unit) => ({ value: unit, label: BUDGET_UNIT_LABELS[unit] }))
        : currencies.map((currency) => ({ value: currency, label: currency }));
    return (
      <>
        <select
          className="budget-cell__input"
          aria-label={label}
          aria-invalid={invalid}
          value={editing.text}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={(event) => onBlur(event.relatedTarget)}
          autoFocus
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {bubble}
      </>
    );
  }

  if (column?.editor === 'fringes') {
    const chosen = new Set(editing.text.split(/[\s,]+/).filter(Boolean));
    const toggle = (id: string) => {
      const next = new Set(chosen);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      onChange(
        fringes
          .filter((f) => next.has(f.id))
          .map((f) => f.id)
          .join(', '),
      );
    };
    const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        event.stopPropagation();
        const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input')];
        const at = boxes.indexOf(event.target as HTMLInputElement);
        const next =
          boxes[Math.max(0, Math.min(boxes.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
        next?.focus();
        return;
      }
      onKeyDown(event);
    };
    return (
      <div
        className={
          openUp ? 'budget-fringe-editor budget-fringe-editor--up' : 'budget-fringe-editor'
        }
        role="group"
        aria-label={label}
        onKeyDown={onListKeyDown}
        onBlur={(event) => onBlur(event.relatedTarget)}
        data-testid="fringe-editor"
      >
        <p className="budget-fringe-editor__hint">Space ticks · Enter saves · Esc cancels</p>
        {fringes.length === 0 ? <p className="muted">This budget has no fringes.</p> : null}
        {fringes.map((fringe, i) => (
          <label key={fringe.id} className="budget-fringe-editor__option">
            <input
              type="checkbox"
              checked={chosen.has(fringe.id)}
              onChange={() => toggle(fringe.id)}
              autoFocus={i === 0}
            />
            {fringe.name}
          </label>
        ))}
      </div>
    );
  }

  return (
    <>
      <input
        type="text"
        className={column?.numeric ? 'budget-cell__input num' : 'budget-cell__input'}
        aria-label={label}
        aria-invalid={invalid}
        value={editing.text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={(event) => onBlur(event.relatedTarget)}
        onFocus={(event) => {
          // Enter/F2 keeps the value with the caret at its end; typing already replaced it.
          const end = event.currentTarget.value.length;
          event.currentTarget.setSelectionRange(end, end);
        }}
        autoComplete="off"
        spellCheck={column?.id === 'description'}
        autoFocus
      />
      {bubble}
    </>
  );
};
