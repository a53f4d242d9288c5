import { useState, type ReactNode } from 'react';
import type { ApprovalListDto, ApprovalRequestDto, GreenlightClient } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { EmptyState } from '../../ui/feedback';
import { QueryView } from '../../ui/query-view';
import { useShellRefresh } from '../shell/shell-data';
import { ApprovalCard } from './approval-card';

type ApprovalListProps = {
  readonly queryKey: string;
  readonly load: (client: GreenlightClient) => Promise<ApprovalListDto>;
  readonly showProduction: boolean;
  readonly empty: ReactNode;
};

/**
 * Approval requests as cards. A request decided here keeps its place, updated, until the list is loaded again,
 * so the person sees what they just did.
 */
export const ApprovalList = ({ queryKey, load, showProduction, empty }: ApprovalListProps) => {
  const query = useQuery(queryKey, load);
  const refreshShell = useShellRefresh();
  const [updated, setUpdated] = useState<Readonly<Record<string, ApprovalRequestDto>>>({});
  const [now] = useState(() => Date.now());
  return (
    <QueryView query={query} loadingLabel="Loading approvals…">
      {(data) =>
        data.requests.length === 0 ? (
          empty
        ) : (
          <ul className="approval-list" aria-label="Approval requests">
            {data.requests.map((request) => (
              <li key={request.id}>
                <ApprovalCard
                  request={updated[request.id] ?? request}
                  showProduction={showProduction}
                  now={now}
                  onChanged={(next) => {
                    setUpdated((u) => ({ ...u, [next.id]: next }));
                    refreshShell();
                  }}
                />
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
};

export const NoApprovals = ({
  title,
  children,
}: {
  readonly title: string;
  readonly children?: ReactNode;
}) => <EmptyState title={title}>{children}</EmptyState>;
