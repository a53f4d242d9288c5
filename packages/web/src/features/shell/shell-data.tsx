import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { PortfolioDto } from '@greenlight/contract';
import { useQuery, type Query } from '../../api/use-query';

/** What the frame around every page shows: the user's productions and how many approvals wait on them. */
export type ShellData = {
  readonly portfolio: Query<PortfolioDto>;
  readonly awaitingCount: number | null;
  /** Call after anything that changes stages, productions or approvals. */
  readonly refresh: () => void;
};

const ShellDataContext = createContext<ShellData | null>(null);

export const ShellDataProvider = ({ children }: { readonly children: ReactNode }) => {
  const portfolio = useQuery('portfolio', (client) => client.call('portfolio', {}));
  const awaiting = useQuery('awaiting-me', (client) =>
    client.call('approvals', { query: { scope: 'awaiting-me', status: 'pending' } }),
  );
  const reloadPortfolio = portfolio.reload;
  const reloadAwaiting = awaiting.reload;
  const refresh = useCallback(() => {
    reloadPortfolio();
    reloadAwaiting();
  }, [reloadPortfolio, reloadAwaiting]);
  const awaitingCount = awaiting.data ? awaiting.data.requests.length : null;
  const value = useMemo<ShellData>(
    () => ({ portfolio, awaitingCount, refresh }),
    [portfolio, awaitingCount, refresh],
  );
  return <ShellDataContext.Provider value={value}>{children}</ShellDataContext.Provider>;
};

export const useShellData = (): ShellData => {
  const data = useContext(ShellDataContext);
  if (!data) throw new Error('useShellData must be used inside <ShellDataProvider>');
  return data;
};

/** For components that may render outside the shell (tests): refresh when there is a shell. */
export const useShellRefresh = (): (() => void) => {
  const data = useContext(ShellDataContext);
  return data?.refresh ?? noop;
};

const noop = (): void => undefined;
