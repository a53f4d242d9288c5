import { useState } from 'react';
import type { ApprovalRequestDto } from '@greenlight/contract';
import { Field } from '../../ui/field';
import { useProduction } from '../production/production-context';
import { ApprovalList, NoApprovals } from './approval-list';
import { APPROVAL_STATUS_OPTIONS } from './approval-status-options';

/** Every approval request of this production. */
export const ApprovalsTab = () => {
  const { production } = useProduction();
  const [status, setStatus] = useState<ApprovalRequestDto['status'] | ''>('');
  return (
    <div className="stack">
      <div className="toolbar">
        <Field label="Status" className="field--inline">
          {(id) => (
            <select
              id={id}
              value={status}
              onChange={(e) => setStatus(e.target.value as ApprovalRequestDto['status'] | '')}
            >
              {APPROVAL_STATUS_OPTIONS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ApprovalList
        key={status}
        queryKey={`production-approvals:${production.id}:${status}`}
        load={(client) =>
          client.call('productionApprovals', {
            params: { productionId: production.id },
            query: { scope: 'all', ...(status ? { status } : {}) },
          })
        }
        showProduction={false}
        empty={
          <NoApprovals
            title={
              status
                ? 'No requests with this status'
                : 'No approval requests on this production yet'
            }
          />
        }
      />
    </div>
  );
};
