import { useState } from 'react';
import { useQuery } from '../../api/use-query';
import { todayIn } from '../../ui/calendar-day';
import { QueryView } from '../../ui/query-view';
import { useProduction } from '../production/production-context';
import { DelegationForm } from './delegation-form';
import { DelegationTable } from './delegation-table';

/** Authority lent from one person to another for a period: the list with its revoke buttons, and the form. */
export const DelegationsTab = () => {
  const { production } = useProduction();
  // Read once: the statuses are those of the day the tab was opened, in the production's zone.
  const [now] = useState(() => Date.now());
  const today = todayIn(production.timeZone, now);
  const query = useQuery(`delegations:${production.id}`, async (client) => {
    const params = { productionId: production.id };
    const [list, team] = await Promise.all([
      client.call('delegations', { params }),
      client.call('team', { params }),
    ]);
    return { delegations: list.delegations, members: team.members };
  });
  return (
    <QueryView query={query} loadingLabel="Loading delegations…">
      {(data) => (
        <div className="stack">
          <DelegationTable
            delegations={data.delegations}
            members={data.members}
            today={today}
            onChanged={query.reload}
          />
          <DelegationForm members={data.members} today={today} onCreated={query.reload} />
        </div>
      )}
    </QueryView>
  );
};
