import { useId, useState } from 'react';
import type { ApprovalRequestDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { Link } from '../../router/router';
import { formatAge } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { ApprovalStatusPill } from '../../ui/status-pills';
import { routedToNames } from './routed-to';

type Decision = 'approve' | 'reject' | 'escalate' | 'withdraw';

type ApprovalCardProps = {
  readonly request: ApprovalRequestDto;
  /** The request as the server returned it after a decision. */
  readonly onChanged: (updated: ApprovalRequestDto) => void;
  readonly showProduction: boolean;
  /** Milliseconds since the epoch, for "3 h ago". */
  readonly now: number;
};

const DONE: Readonly<Record<Decision, string>> = {
  approve: 'Approved.',
  reject: 'Rejected.',
  escalate: 'Escalated up the reporting line.',
  withdraw: 'Withdrawn.',
};

/** One approval request with the decisions the caller may take on it (the server says which). */
export const ApprovalCard = ({ request, onChanged, showProduction, now }: ApprovalCardProps) => {
  const client = useClient();
  const titleId = useId();
  const [busy, setBusy] = useState<Decision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const params = { requestId: request.id };

  const decide = async (decision: Decision) => {
    if (decision === 'reject' && reason.trim() === '') {
      setError('Say why you are rejecting it: the requester will see your reason.');
      return;
    }
    setBusy(decision);
    setError(null);
    try {
      const updated =
        decision === 'approve'
          ? await client.call('approve', { params, body: {} })
          : decision === 'reject'
            ? await client.call('reject', { params, body: { reason: reason.trim() } })
            : decision === 'escalate'
              ? await client.call('escalate', { params })
              : await client.call('withdraw', { params });
      setDone(DONE[decision]);
      setRejecting(false);
      setReason('');
      onChanged(updated);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  const anyAction = request.canDecide || request.canEscalate || request.canWithdraw;
  return (
    <article
      className={`approval-card approval-card--${request.status}`}
      aria-labelledby={titleId}
      data-testid="approval-card"
      data-request-id={request.id}
      data-status={request.status}
    >
      <header className="approval-card__header">
        <h3 id={titleId} className="approval-card__title">
          <span className="approval-card__action">{request.actionLabel}</span>
          <span className="approval-card__summary">{request.summary}</span>
        </h3>
        <div className="approval-card__badges">
          {request.amount !== null ? (
            <span className="approval-card__amount" data-testid="approval-amount">
              {formatAmount(request.amount, request.currency)}
            </span>
          ) : null}
          <ApprovalStatusPill status={request.status} />
        </div>
      </header>
      <dl className="approval-card__meta">
        {showProduction ? (
          <div>
            <dt>Production</dt>
            <dd>
              <Link to={`/productions/${request.productionId}`}>{request.productionTitle}</Link>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Asked by</dt>
          <dd>{request.requestedByName}</dd>
        </div>
        {request.department ? (
          <div>
            <dt>Department</dt>
            <dd>{DEPARTMENT_LABELS[request.department]}</dd>
          </div>
        ) : null}
        <div>
          <dt>{request.status === 'pending' ? 'Waiting on' : 'Routed to'}</dt>
          <dd>
            {routedToNames(request)}
            {request.level > 0 ? (
              <span className="muted"> (escalated {request.level}×)</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Asked</dt>
          <dd title={request.createdAt}>{formatAge(request.createdAt, now)}</dd>
        </div>
        {request.decidedByName ? (
          <div>
            <dt>Decided by</dt>
            <dd>
              {request.decidedByName}
              {request.decidedAt ? (
                <span className="muted"> · {formatAge(request.decidedAt, now)}</span>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {request.decisionReason ? (
        <p className="approval-card__reason">“{request.decisionReason}”</p>
      ) : null}
      {done ? (
        <p className="approval-card__done" role="status">
          {done}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {rejecting ? (
        <div className="approval-card__reject">
          <label htmlFor={`${titleId}-reason`}>Reason for rejecting</label>
          <textarea
            id={`${titleId}-reason`}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={2000}
            autoFocus
          />
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              disabled={busy !== null}
              onClick={() => void decide('reject')}
            >
              {busy === 'reject' ? 'Rejecting…' : 'Confirm rejection'}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setRejecting(false);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : anyAction ? (
        <div className="approval-card__actions">
          {request.canDecide ? (
            <>
              <button
                type="button"
                className="button button--approve"
                disabled={busy !== null}
                onClick={() => void decide('approve')}
              >
                Approve
              </button>
              <button
                type="button"
                className="button button--danger-ghost"
                disabled={busy !== null}
                onClick={() => setRejecting(true)}
              >
                Reject
              </button>
            </>
          ) : null}
          {request.canEscalate ? (
            <button
              type="button"
              className="button button--ghost"
              disabled={busy !== null}
              onClick={() => void decide('escalate')}
            >
              Escalate
            </button>
          ) : null}
          {request.canWithdraw ? (
            <button
              type="button"
              className="button button--ghost"
              disabled={busy !== null}
              onClick={() => void decide('withdraw')}
            >
              Withdraw
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
};
