import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { StripDto } from '@greenlight/contract';
import { formatEighths, moveStrip, moveStripDown, moveStripUp } from '@greenlight/domain';
import type { BoardLayout, BoardRow } from './board-rows';
import { pagesText } from './day-break-label';
import { StripContent } from './strip-content';
import { stripLabel, stripShortName } from './strip-label';
import { dropStrip, movedText, sameOrder, type DropPlace } from './strip-moves';

type StripboardProps = {
  readonly layout: BoardLayout;
  readonly strips: readonly StripDto[];
  readonly maxPages: string;
  readonly selectedId: string | null;
  readonly onSelect: (stripId: string) => void;
  readonly onChange: (strips: readonly StripDto[], doneText: string) => void;
};

type DropTarget = { readonly id: string; readonly place: DropPlace };

/** The drop target id of the unscheduled line. */
const UNSCHEDULED = 'unscheduled';

const placeOf = (event: DragEvent<HTMLElement>): DropPlace => {
  const rect = event.currentTarget.getBoundingClientRect();
  return event.clientY < rect.top + rect.height / 2 ? 'before' : 'after';
};

const rowClass = (row: BoardRow): string => {
  switch (row.kind) {
    case 'scene':
      return row.scene === null ? 'strip strip--scene strip--omitted' : 'strip strip--scene';
    case 'day-break':
      return row.day.overLimit ? 'strip strip--break strip--over' : 'strip strip--break';
    case 'banner':
      return 'strip strip--banner';
    case 'off-day':
      return 'strip strip--off';
  }
};

/**
 * The production board: one strip per scene in shooting order, black day breaks with the day's length,
 * banners and off days. Strips move by dragging, or from the keyboard: Alt+↑/↓ moves the focused strip,
 * ↑/↓ moves the focus, Delete removes a break, banner or off day.
 */
export const Stripboard = ({
  layout,
  strips,
  maxPages,
  selectedId,
  onSelect,
  onChange,
}: StripboardProps) => {
  const listRef = useRef<HTMLOListElement>(null);
  const refocusRef = useRef<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // A strip moved from the keyboard keeps the focus, wherever it went — also when the saved board comes
  // back from the server and the list is drawn again (the focus then falls to the page) — unless the user
  // has put the focus somewhere else since.
  useEffect(() => {
    const id = refocusRef.current;
    if (id === null) return;
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-strip-id]') ?? [];
    const target = [...items].find((item) => item.dataset['stripId'] === id);
    const active = document.activeElement;
    if (target === undefined || active === target) return;
    if (active === null || active === document.body) target.focus();
    else refocusRef.current = null;
  }, [strips]);

  const commit = (next: readonly StripDto[], row: BoardRow) => {
    if (sameOrder(next, strips)) return;
    const text = movedText(stripShortName(row), next, row.strip.id);
    setAnnouncement(text);
    onChange(next, text);
  };

  const remove = (row: BoardRow) => {
    const next = strips.filter((strip) => strip.id !== row.strip.id);
    const text = `Removed ${stripShortName(row)}`;
    setAnnouncement(text);
    onChange(next, text);
  };

  const focusSibling = (index: number, step: number) => {
    const items = listRef.current?.querySelectorAll<HTMLElement>('[data-strip-id]');
    items?.[index + step]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, row: BoardRow) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const up = event.key === 'ArrowUp';
      if (event.altKey) {
        refocusRef.current = row.strip.id;
        commit(up ? moveStripUp(strips, row.index) : moveStripDown(strips, row.index), row);
      } else focusSibling(row.index, up ? -1 : 1);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && row.kind !== 'scene') {
      event.preventDefault();
      focusSibling(row.index, row.index > 0 ? -1 : 1);
      remove(row);
    }
  };

  const endDrag = () => {
    setDragId(null);
    setDropTarget(null);
  };

  const onDrop = (event: DragEvent<HTMLLIElement>, row: BoardRow) => {
    event.preventDefault();
    const id = dragId ?? event.dataTransfer.getData('text/plain');
    const from = strips.findIndex((strip) => strip.id === id);
    const moved = layout.rows[from];
    endDrag();
    if (from < 0 || moved === undefined) return;
    commit(dropStrip(strips, from, row.index, placeOf(event)), moved);
  };

  const unscheduledProps: UnscheduledHeaderProps = {
    layout,
    dropping: dropTarget?.id === UNSCHEDULED,
    onDragOver: (event) => {
      if (dragId === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (dropTarget?.id !== UNSCHEDULED) setDropTarget({ id: UNSCHEDULED, place: 'after' });
    },
    onDrop: (event) => {
      event.preventDefault();
      const id = dragId ?? event.dataTransfer.getData('text/plain');
      const from = strips.findIndex((strip) => strip.id === id);
      const moved = layout.rows[from];
      endDrag();
      if (from < 0 || moved === undefined) return;
      // Straight after the last day's end: the top of the unscheduled strips.
      const lastEnd = layout.unscheduledFrom - 1;
      commit(
        lastEnd < 0 ? moveStrip(strips, from, 0) : dropStrip(strips, from, lastEnd, 'after'),
        moved,
      );
    },
  };

  return (
    <>
      <StripboardHead />
      <ol
        className={dragId === null ? 'stripboard' : 'stripboard stripboard--dragging'}
        ref={listRef}
        aria-label="Stripboard"
        aria-describedby="stripboard-keys"
        data-testid="stripboard"
      >
        {layout.rows.map((row) => {
          const target = dropTarget?.id === row.strip.id ? dropTarget.place : undefined;
          const scene = row.kind === 'scene' ? row.scene : null;
          return [
            row.index === layout.unscheduledFrom ? (
              <UnscheduledHeader key="unscheduled" {...unscheduledProps} />
            ) : null,
            <li
              key={row.strip.id}
              className={rowClass(row)}
              style={scene ? { background: scene.stripColour.colour } : undefined}
              data-testid={`strip-${row.kind}`}
              data-strip-id={row.strip.id}
              data-scene-number={scene?.number}
              data-strip-colour={scene?.stripColour.label}
              data-day-number={
                row.kind === 'day-break'
                  ? row.day.dayNumber
                  : row.kind === 'off-day'
                    ? undefined
                    : (row.dayNumber ?? 'unscheduled')
              }
              data-over-limit={row.kind === 'day-break' ? row.day.overLimit : undefined}
              data-selected={row.strip.id === selectedId}
              data-drop={target}
              data-dragging={row.strip.id === dragId || undefined}
              tabIndex={0}
              aria-label={stripLabel(row)}
              draggable
              onClick={() => onSelect(row.strip.id)}
              onFocus={() => onSelect(row.strip.id)}
              onKeyDown={(event) => onKeyDown(event, row)}
              onDragStart={(event) => {
                event.dataTransfer.setData('text/plain', row.strip.id);
                event.dataTransfer.effectAllowed = 'move';
                setDragId(row.strip.id);
              }}
              onDragOver={(event) => {
                if (dragId === null) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                const place = placeOf(event);
                if (dropTarget?.id !== row.strip.id || dropTarget.place !== place) {
                  setDropTarget({ id: row.strip.id, place });
                }
              }}
              onDrop={(event) => onDrop(event, row)}
              onDragEnd={endDrag}
            >
              <StripContent
                row={row}
                maxPages={maxPages}
                onRemove={row.kind === 'scene' && row.scene !== null ? null : () => remove(row)}
              />
            </li>,
          ];
        })}
        {layout.unscheduledFrom >= layout.rows.length ? (
          <UnscheduledHeader {...unscheduledProps} />
        ) : null}
      </ol>
      <p id="stripboard-keys" className="visually-hidden">
        Alt+Up and Alt+Down move the strip; Up and Down go to the next strip; Delete removes a day
        break, banner or off day.
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="stripboard-announcement">
        {announcement}
      </p>
    </>
  );
};

type UnscheduledHeaderProps = {
  readonly layout: BoardLayout;
  readonly dropping: boolean;
  readonly onDragOver: (event: DragEvent<HTMLLIElement>) => void;
  readonly onDrop: (event: DragEvent<HTMLLIElement>) => void;
};

/** The line under the last day: what is not scheduled yet. Dropping a strip here unschedules it. */
const UnscheduledHeader = ({ layout, dropping, onDragOver, onDrop }: UnscheduledHeaderProps) => (
  <li
    className="stripboard__unscheduled"
    data-testid="unscheduled-header"
    data-drop={dropping ? 'after' : undefined}
    aria-hidden="true"
    onDragOver={onDragOver}
    onDrop={onDrop}
  >
    {layout.unscheduledScenes === 0
      ? 'Unscheduled — none (drop a strip here to take it off the schedule)'
      : `Unscheduled — ${layout.unscheduledScenes} ${layout.unscheduledScenes === 1 ? 'scene' : 'scenes'} · ${pagesText(formatEighths(layout.unscheduledEighths))}`}
  </li>
);

/** The column heads of the board, lined up with the strips. */
const StripboardHead = () => (
  <div className="stripboard__head" aria-hidden="true">
    <span />
    <span className="strip__number">Sc.</span>
    <span className="strip__ie">I/E</span>
    <span>Set · synopsis</span>
    <span className="strip__dn">D/N</span>
    <span className="strip__pages">Pages</span>
    <span className="stripboard__head-cast">Cast</span>
  </div>
);
