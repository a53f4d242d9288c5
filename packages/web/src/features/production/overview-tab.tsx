import { useState } from 'react';
import type { ActionResultDto } from '@greenlight/contract';
import {
  nextStage,
  PRODUCTION_KIND_LABELS,
  PRODUCTION_STAGE_LABELS,
  PRODUCTION_STAGES,
  type ProductionStage,
} from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { Link } from '../../router/router';
import { ErrorMessage } from '../../ui/feedback';
import { formatDay } from '../../ui/format-time';
import { ActionResultNotice } from '../approvals/action-result-notice';
import { useShellData } from '../shell/shell-data';
import { useProduction } from './production-context';

const TRACK: readonly ProductionStage[] = PRODUCTION_STAGES.filter((s) => s !== 'cancelled');

/** Where the production stands, and the button that moves it on (the greenlight, out of development). */
export const OverviewTab = () => {
  const { production, reload } = useProduction();
  const client = useClient();
  const { portfolio, refresh } = useShellData();
  const entry = portfolio.data?.productions.find((p) => p.production.id === production.id);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ to: ProductionStage; result: ActionResultDto } | null>(
    null,
  );
  const [confirmCancel, setConfirmCancel] = useState(false);
  const next = nextStage(production.stage);
  const cancellable = production.stage !== 'completed' && production.stage !== 'cancelled';

  const move = async (to: ProductionStage) => {
    setBusy(true);
    setError(null);
    setResult(null);
    setConfirmCancel(false);
    try {
      const trimmed = note.trim();
      const outcome = await client.call('changeStage', {
        params: { productionId: production.id },
        body: { to, ...(trimmed ? { note: trimmed } : {}) },
      });
      setResult({ to, result: outcome });
      setNote('');
      reload();
      refresh();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  const currentIndex = TRACK.indexOf(production.stage);
  return (
    <div className="overview">
      <section className="panel" aria-labelledby="stage-heading">
        <h2 id="stage-heading">Stage</h2>
        <ol className="stage-track" aria-label="Production stages">
          {TRACK.map((stage, i) => {
            const state =
              production.stage === 'cancelled'
                ? 'future'
                : i < currentIndex
                  ? 'done'
                  : i === currentIndex
                    ? 'current'
                    : 'future';
            return (
              <li
                key={stage}
                className={`stage-track__step stage-track__step--${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                {PRODUCTION_STAGE_LABELS[stage]}
              </li>
            );
          })}
        </ol>
        {production.stage === 'cancelled' ? (
          <p className="notice notice--error">This production was cancelled.</p>
        ) : null}
        {result ? (
          <ActionResultNotice
            result={result.result}
            doneText={`Moved to ${PRODUCTION_STAGE_LABELS[result.to].toLowerCase()}.`}
          />
        ) : null}
        {error ? <ErrorMessage>{error}</ErrorMessage> : null}
        {next !== null || cancellable ? (
          <div className="stage-actions">
            <div className="field">
              <label htmlFor="stage-note">Note for the record (optional)</label>
              <textarea
                id="stage-note"
                rows={2}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                maxLength={2000}
              />
            </div>
            <div className="form__actions">
              {next !== null ? (
                <button
                  type="button"
                  className={
                    production.stage === 'development'
                      ? 'button button--greenlight'
                      : 'button button--primary'
                  }
                  disabled={busy}
                  onClick={() => void move(next)}
                  data-testid="advance-stage"
                >
                  {production.stage === 'development'
                    ? 'Greenlight'
                    : `Advance to ${PRODUCTION_STAGE_LABELS[next].toLowerCase()}`}
                </button>
              ) : null}
              {cancellable && !confirmCancel ? (
                <button
                  type="button"
                  className="button button--danger-ghost"
                  disabled={busy}
                  onClick={() => setConfirmCancel(true)}
                >
                  Cancel production
                </button>
              ) : null}
              {confirmCancel ? (
                <span className="confirm" role="group" aria-label="Confirm cancellation">
                  <span>Stop this production for good?</span>
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    onClick={() => void move('cancelled')}
                  >
                    Yes, cancel it
                  </button>
                  <button
                    type="button"
                    className="button button--ghost"
                    onClick={() => setConfirmCancel(false)}
                  >
                    Keep it
                  </button>
                </span>
              ) : null}
            </div>
            {production.stage === 'development' ? (
              <p className="field__hint">
                Greenlighting moves the production into pre-production: the commitment to make it.
                If you may only ask for it, the request goes to whoever decides.
              </p>
            ) : null}
          </div>
        ) : null}
      </section>
      <section className="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Details</h2>
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{PRODUCTION_KIND_LABELS[production.kind]}</dd>
          <dt>Currency</dt>
          <dd>{production.currency}</dd>
          <dt>Time zone</dt>
          <dd>{production.timeZone}</dd>
          <dt>Started</dt>
          <dd>{formatDay(production.createdAt, production.timeZone)}</dd>
          {production.kind === 'series' ? (
            <>
              <dt>Seasons</dt>
              <dd>{production.seasons.length}</dd>
            </>
          ) : null}
          {entry ? (
            <>
              <dt>Pending approvals</dt>
              <dd>
                <Link to={`/productions/${production.id}/approvals`}>{entry.pendingApprovals}</Link>
                {entry.awaitingMe > 0 ? (
                  <span className="muted"> ({entry.awaitingMe} awaiting you)</span>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
      </section>
    </div>
  );
};
