import { useEffect, useId, useState, type FormEvent } from 'react';
import type { OptimizeBoardResponseDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage } from '../../ui/feedback';
import { OptimizeComparison } from './optimize-comparison';

type OptimizeDialogProps = {
  readonly productionId: string;
  readonly boardId: string;
  readonly boardName: string;
  readonly currency: string;
  readonly onAccept: (proposal: OptimizeBoardResponseDto) => void;
  readonly onClose: () => void;
};

type Phase =
  | { readonly step: 'setup'; readonly error: string | null }
  | { readonly step: 'running'; readonly started: number; readonly limit: number }
  | { readonly step: 'done'; readonly proposal: OptimizeBoardResponseDto };

/**
 * Runs the optimizer on the board: a time limit, an indeterminate bar while it searches (the request
 * answers when the search ends), then the proposal against the board as it is, to accept or discard.
 */
export const OptimizeDialog = ({
  productionId,
  boardId,
  boardName,
  currency,
  onAccept,
  onClose,
}: OptimizeDialogProps) => {
  const client = useClient();
  const titleId = useId();
  const [seconds, setSeconds] = useState('5');
  const [phase, setPhase] = useState<Phase>({ step: 'setup', error: null });
  const [elapsed, setElapsed] = useState(0);
  const running = phase.step === 'running';

  useEffect(() => {
    if (phase.step !== 'running') return;
    const timer = window.setInterval(() => setElapsed(Date.now() - phase.started), 200);
    return () => window.clearInterval(timer);
  }, [phase]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !running) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [running, onClose]);

  const limit = Number(seconds);
  const validLimit = Number.isFinite(limit) && limit >= 0.2 && limit <= 60;

  const run = async (event: FormEvent) => {
    event.preventDefault();
    if (!validLimit) return;
    setElapsed(0);
    setPhase({ step: 'running', started: Date.now(), limit });
    try {
      const proposal = await client.call('optimizeBoard', {
        params: { productionId, boardId },
        body: { timeLimitSeconds: limit },
      });
      setPhase({ step: 'done', proposal });
    } catch (error) {
      setPhase({ step: 'setup', error: describeError(error) });
    }
  };

  return (
    <div className="modal-backdrop">
      <div
        className="modal optimize-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="optimize-dialog"
      >
        <div className="modal__header">
          <h2 id={titleId}>Optimize {boardName}</h2>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={onClose}
            disabled={running}
            aria-label="Close"
          >
            ×
          </button>
        </div>
        {phase.step === 'done' ? (
          <>
            <p className="muted">
              The cheapest order the optimizer found for the cast, packed into days. Nothing is
              saved until you accept it.
            </p>
            <OptimizeComparison proposal={phase.proposal} currency={currency} />
            <div className="modal__actions">
              <button type="button" className="button" onClick={onClose}>
                Discard
              </button>
              <button
                type="button"
                className="button button--primary"
                data-testid="accept-proposal"
                onClick={() => onAccept(phase.proposal)}
              >
                Accept the new order
              </button>
            </div>
          </>
        ) : (
          <form className="form" onSubmit={(event) => void run(event)}>
            <p className="muted">
              Reorders the scenes to cut hold days — the days cast are paid to wait between their
              first and last day — within the day length and the scene-order rules in the calendar
              settings.
            </p>
            <div className="field optimize-dialog__limit">
              <label htmlFor={`${titleId}-limit`}>Time limit (seconds)</label>
              <input
                id={`${titleId}-limit`}
                type="number"
                min={0.2}
                max={60}
                step="any"
                value={seconds}
                onChange={(event) => setSeconds(event.target.value)}
                disabled={running}
                aria-invalid={!validLimit || undefined}
                autoFocus
              />
              <p className="field__hint">
                Up to 60 seconds. Longer searches may find cheaper orders.
              </p>
            </div>
            {phase.step === 'running' ? (
              <div className="import-progress" role="status" data-testid="optimize-progress">
                <span className="import-progress__bar" aria-hidden="true">
                  <span className="import-progress__fill import-progress__fill--importing" />
                </span>
                Searching for a cheaper order… {(elapsed / 1000).toFixed(0)} s of up to{' '}
                {phase.limit} s
              </div>
            ) : null}
            {phase.step === 'setup' && phase.error ? (
              <ErrorMessage>{phase.error}</ErrorMessage>
            ) : null}
            <div className="modal__actions">
              <button type="button" className="button" onClick={onClose} disabled={running}>
                Cancel
              </button>
              <button
                type="submit"
                className="button button--primary"
                disabled={running || !validLimit}
                data-testid="run-optimizer"
              >
                {running ? 'Optimizing…' : 'Run the optimizer'}
              </button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
};
