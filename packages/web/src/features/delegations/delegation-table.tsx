import { useState } from 'react';
import type { ActionResultDto, DelegationDto, TeamMemberDto } from '@greenlight/contract';
import { actionDefinition, isActionId } from '@greenlight/domain';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';
import { EmptyState, ErrorMessage } from '../../ui/feedback';
import { formatCalendarRange } from '../../ui/format-time';
import { formatAmount } from '../../ui/money';
import { Pill } from '../../ui/pill';
import { ActionResultNotice } from '../approvals/action-result-notice';
import { useProduction } from '../production/production-context';
import { useShellRefresh } from '../shell/shell-data';
import {
  DELEGATION_STATUSES,
  delegationStatus,
  isRevocable,
  type DelegationStatus,
} from './delegation-status';

type DelegationTableProps = {
  readonly delegations: readonly DelegationDto[];
  readonly members: readonly TeamMemberDto[];
  /** `YYYY-MM-DD` in the production's zone. */
  readonly today: string;
  readonly onChanged: () => void;
};

const STATUS_ORDER = Object.keys(DELEGATION_STATUSES) as DelegationStatus[];

const actionLabel = (action: string): string =>
  isActionId(action) ? actionDefinition(action).label : action;

/** Every delegation on the production, live ones first, with "Revoke" on those that still lend or will. */
export const DelegationTable = ({
  delegations,
  members,
  today,
  onChanged,
}: DelegationTableProps) => {
  const { production } = useProduction();
  const client = useClient();
  const refreshShell = useShellRefresh();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ text: string; result: ActionResultDto } | null>(null);
  // Revocations sent for approval: the delegation still lends until someone approves.
  const [awaiting, setAwaiting] = useState<ReadonlySet<string>>(() => new Set());

  const names = new Map(members.map((m) => [m.personId, m.person.name]));
  const nameOf = (personId: string): string =>
    names.get(personId) ?? 'Someone no longer on the team';
  const rows = delegations
    .map((delegation) => ({ delegation, status: delegationStatus(delegation, today) }))
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));

  const revoke = async (delegation: DelegationDto) => {
    setBusy(delegation.id);
    setError(null);
    setDone(null);
    try {
      const result = await client.call('revokeDelegation', {
        params: { productionId: production.id, delegationId: delegation.id },
      });
      const to = nameOf(delegation.toPersonId);
      const from = nameOf(delegation.fromPersonId);
      setDone({ text: `Revoked: ${to} no longer acts for ${from}.`, result });
      if (result.outcome === 'approval-requested') {
        setAwaiting((ids) => new Set(ids).add(delegation.id));
      }
      onChanged();
      refreshShell();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="stack">
      {done ? <ActionResultNotice result={done.result} doneText={done.text} /> : null}
      {error ? <ErrorMessage>{error}</ErrorMessage> : null}
      {rows.length === 0 ? (
        <EmptyState title="No authority has been delegated on this production">
          <p>
            Someone away for a few days can lend some of what they may do to a colleague, for those
            days.
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="delegations-table">
            <caption className="table-caption">
              Delegations{' '}
              <span className="muted">
                · {rows.filter((r) => r.status === 'active').length} active today
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Actions</th>
                <th scope="col">Period</th>
                <th scope="col" className="num">
                  Cap
                </th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ delegation, status }) => {
                const to = nameOf(delegation.toPersonId);
                const from = nameOf(delegation.fromPersonId);
                return (
                  <tr
                    key={delegation.id}
                    data-testid="delegation-row"
                    data-delegation-id={delegation.id}
                    data-status={status}
                  >
                    <th scope="row">
                      <span className="row-title">
                        <span className="nowrap">
                          {from} <span aria-hidden="true">→</span>
                          <span className="visually-hidden">to</span>
                        </span>{' '}
                        <span className="nowrap">{to}</span>
                      </span>
                    </th>
                    <td>
                      <ul className="plain-list">
                        {delegation.actions.map((action) => (
                          <li key={action}>{actionLabel(action)}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="nowrap">
                      {formatCalendarRange(delegation.startsOn, delegation.endsOn)}
                    </td>
                    <td className="num nowrap">
                      {delegation.limit === null ? (
                        <span
                          className="muted"
                          title={`No extra cap: up to ${from}’s own signing limit`}
                        >
                          their own limit
                        </span>
                      ) : (
                        formatAmount(delegation.limit, production.currency)
                      )}
                    </td>
                    <td>
                      <Pill tone={DELEGATION_STATUSES[status].tone}>
                        {DELEGATION_STATUSES[status].label}
                      </Pill>
                    </td>
                    <td className="num">
                      {!isRevocable(status) ? null : awaiting.has(delegation.id) ? (
                        <span className="muted nowrap">Revoking, awaiting approval</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--danger-ghost"
                          onClick={() => void revoke(delegation)}
                          disabled={busy !== null}
                          aria-label={`Revoke the delegation to ${to}`}
                        >
                          {busy === delegation.id ? 'Revoking…' : 'Revoke'}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
