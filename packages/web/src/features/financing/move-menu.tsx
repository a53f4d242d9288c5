import { useEffect, useId, useRef, useState } from 'react';
import type { FinancingSourceDto } from '@greenlight/contract';
import { FINANCING_STATUS_LABELS, type FinancingStatus } from '@greenlight/domain';

type MoveMenuProps = {
  readonly source: FinancingSourceDto;
  readonly busy: boolean;
  readonly onMove: (to: FinancingStatus) => void;
};

/**
 * The moves the server allows a source, behind one "Move" button. Closing a deal is marked: it is the
 * executive producer's decision and may go for approval.
 */
export const MoveMenu = ({ source, busy, onMove }: MoveMenuProps) => {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  if (source.moves.length === 0) return <span className="muted">Final</span>;
  const forward = source.moves.filter((m) => m.to !== 'withdrawn');
  const withdraw = source.moves.find((m) => m.to === 'withdrawn');
  return (
    <div
      className="move-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-controls={id}
        disabled={busy}
        onClick={() => setOpen((o) => !o)}
        aria-label={`Move ${source.name}`}
        data-testid="move-source"
      >
        Move <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <ul className="move-menu__list" id={id} aria-label={`Move ${source.name} to`}>
          {[...forward, ...(withdraw ? [withdraw] : [])].map((move) => (
            <li key={move.to}>
              <button
                type="button"
                className={
                  move.to === 'withdrawn'
                    ? 'move-menu__item move-menu__item--withdraw'
                    : 'move-menu__item'
                }
                data-testid={`move-to-${move.to}`}
                onClick={() => {
                  setOpen(false);
                  onMove(move.to);
                }}
              >
                <span className={`move-menu__dot move-menu__dot--${move.to}`} aria-hidden="true" />
                {move.to === 'withdrawn' ? 'Withdraw' : FINANCING_STATUS_LABELS[move.to]}
                {move.action === 'financing.close-deal' ? (
                  <span className="move-menu__note">closes the deal</span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};
