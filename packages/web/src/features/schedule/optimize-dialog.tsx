import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { OptimizeBoardResponseDto, OptimizeJobDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { ErrorMessage } from '../../ui/feedback';
import { formatAmount } from '../../ui/money';
import { OptimizeComparison } from './optimize-comparison';

/** How often the dialog asks the server how the search is going. */
const POLL_MS = 400;

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
  | { readonly step: 'running'; readonly job: OptimizeJobDto | null; readonly limit: number }
  | { readonly step: 'done'; readonly proposal: OptimizeBoardResponseDto };

/**
 * Runs the optimizer on the board: a time limit, then live progress while the server searches in the
 * background (the time used, the best board so far: its cast cost and the rules it still breaks) with a Stop
 * button that keeps the best found, then the proposal against the board as it is, to accept or discard.
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
  const [stopping, setStopping] = useState(false);
  const running = phase.step === 'running';
  const jobId = phase.step === 'running' ? (phase.job?.id ?? null) : null;
  // The dialog may close while a search runs: polling stops, and the run is stopped on the server.
  const open = useRef(true);
  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );

  useEffect(() => {
    if (jobId === null) return;
    let live = true;
    const timer = window.setInterval(() => {
      client
        .call('optimizeJob', { params: { productionId, jobId } })
        .then((job) => {
          if (!live) return;
          if (job.status === 'running') {
            setPhase((current) => (current.step === 'running' ? { ...current, job } : current));
          } else if (job.proposal !== null) {
            setPhase({ step: 'done', proposal: job.proposal });
          } else {
            setPhase({ step: 'setup', error: job.error?.message ?? 'The optimizer failed' });
          }
        })
        .catch((error: unknown) => {
          if (live) setPhase({ step: 'setup', error: describeError(error) });
        });
    }, POLL_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [client, productionId, jobId]);

  useEffect(() => {
    if (jobId === null) return;
    return () => {
      if (!open.current) {
        void client.call('stopOptimizeJob', { params: { productionId, jobId } }).catch(() => {});
      }
    };
  }, [client, productionId, jobId]);

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
    setStopping(false);
    setPhase({ step: 'running', job: null, limit });
    try {
      const job = await client.call('startOptimizeJob', {
        params: { productionId, boardId },
        body: { timeLimitSeconds: limit },
      });
      setPhase({ step: 'running', job, limit });
    } catch (error) {
      setPhase({ step: 'setup', error: describeError(error) });
    }
  };

  const stop = () => {
    if (jobId === null) return;
    setStopping(true);
    client.call('stopOptimizeJob', { params: { productionId, jobId } }).catch((error: unknown) => {
      setPhase({ step: 'setup', error: describeError(error) });
    });
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
              Reorders the scenes so the board keeps the rules in Calendar &amp; rules (cast and
              location availability, scene order, same-day scenes, pages and hours a day,
              turnaround), then cuts hold days — the days cast are paid to wait between their first
              and last day — and company moves.
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
              <OptimizeProgress job={phase.job} limit={phase.limit} currency={currency} />
            ) : null}
            {phase.step === 'setup' && phase.error ? (
              <ErrorMessage>{phase.error}</ErrorMessage>
            ) : null}
            <div className="modal__actions">
              {running ? (
                <button
                  type="button"
                  className="button"
                  onClick={stop}
                  disabled={jobId === null || stopping}
                  data-testid="stop-optimizer"
                >
                  {stopping ? 'Stopping…' : 'Stop and show the best so far'}
                </button>
              ) : (
                <button type="button" className="button" onClick={onClose}>
                  Cancel
                </button>
              )}
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

/** The search as it goes: the share of the time limit used, and the best board found so far. */
const OptimizeProgress = ({
  job,
  limit,
  currency,
}: {
  readonly job: OptimizeJobDto | null;
  readonly limit: number;
  readonly currency: string;
}) => {
  const elapsedSeconds = (job?.elapsedMs ?? 0) / 1000;
  const share = Math.min(1, elapsedSeconds / limit);
  const best = job?.progress ?? null;
  return (
    <div className="import-progress" role="status" data-testid="optimize-progress">
      <span className="import-progress__bar" aria-hidden="true">
        <span className="import-progress__fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
      </span>
      <span>
        {job === null ? 'Starting the optimizer…' : 'Searching for a cheaper order…'}{' '}
        {elapsedSeconds.toFixed(0)} s of up to {limit} s
      </span>
      {best !== null ? (
        <span className="optimize-dialog__best" data-testid="optimize-best">
          Best so far: {formatAmount(best.cost, currency)} for the cast and moves
          {best.conflicts > 0
            ? `, ${best.conflicts} rule${best.conflicts === 1 ? '' : 's'} still broken`
            : ''}
        </span>
      ) : null}
    </div>
  );
};
