import { useMemo } from 'react';
import { useQuery } from '../../api/use-query';

/** The production's people by id, for "issued by" and "waits on": empty until the team is in. */
export const usePeopleNames = (productionId: string): ReadonlyMap<string, string> => {
  const team = useQuery(`cost-team:${productionId}`, (client) =>
    client.call('team', { params: { productionId } }),
  );
  return useMemo(
    () => new Map((team.data?.members ?? []).map((m) => [m.person.id, m.person.name])),
    [team.data],
  );
};
