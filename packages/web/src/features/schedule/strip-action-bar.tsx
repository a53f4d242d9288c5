import { useState } from 'react';
import type { StripDto } from '@greenlight/contract';
import { moveStripDown, moveStripToDay, moveStripUp } from '@greenlight/domain';
import type { BoardLayout } from './board-rows';
import { formatBoardDate } from './board-date';
import { stripShortName } from './strip-label';
import { movedText, sameOrder } from './strip-moves';

type StripActionBarProps = {
  readonly layout: BoardLayout;
  readonly strips: readonly StripDto[];
  readonly selectedId: string | null;
  readonly onChange: (strips: readonly StripDto[], doneText: string) => void;
};

const UNSCHEDULED = 'unscheduled';

/** The selected strip's moves without a mouse: up, down, and "Move to day…". */
export const StripActionBar = ({ layout, strips, selectedId, onChange }: StripActionBarProps) => {
  const [day, setDay] = useState('1');
  const row = layout.rows.find((r) => r.strip.id === selectedId);
  if (!row) {
    return (
      <div className="strip-actions strip-actions--idle" data-testid="strip-actions">
        <span className="muted">
          Drag strips to reorder them, or select one to move it with the keyboard (Alt+↑/↓) or to a
          day.
        </span>
      </div>
    );
  }
  const name = stripShortName(row);
  const apply = (next: readonly StripDto[]) => {
    if (!sameOrder(next, strips)) onChange(next, movedText(name, next, row.strip.id));
  };
  const lastDay = layout.days.length;
  return (
    <div
      className="strip-actions"
      data-testid="strip-actions"
      role="group"
      aria-label="Selected strip"
    >
      <strong className="strip-actions__name">
        {name.charAt(0).toUpperCase() + name.slice(1)}
      </strong>
      <button
        type="button"
        className="button button--small"
        onClick={() => apply(moveStripUp(strips, row.index))}
        disabled={row.index === 0}
        aria-label={`Move ${name} up`}
      >
        ↑ Up
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => apply(moveStripDown(strips, row.index))}
        disabled={row.index === strips.length - 1}
        aria-label={`Move ${name} down`}
      >
        ↓ Down
      </button>
      <label className="strip-actions__move">
        <span>Move to day</span>
        <select value={day} onChange={(event) => setDay(event.target.value)}>
          {layout.days.map((d) => (
            <option key={d.dayNumber} value={String(d.dayNumber)}>
              Day {d.dayNumber}
              {d.date === null ? '' : ` — ${formatBoardDate(d.date)}`} ({d.pages})
            </option>
          ))}
          <option value={UNSCHEDULED}>Unscheduled</option>
        </select>
      </label>
      <button
        type="button"
        className="button button--small button--primary"
        data-testid="move-to-day"
        onClick={() =>
          apply(moveStripToDay(strips, row.index, day === UNSCHEDULED ? lastDay + 1 : Number(day)))
        }
      >
        Move
      </button>
    </div>
  );
};
