import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { createClient, type FetchLike, type GreenlightClient } from '@greenlight/contract';

/** The typed client plus the place the CSRF token for writes is kept (in memory only, never storage). */
export type Api = {
  readonly client: GreenlightClient;
  readonly setCsrfToken: (token: string | null) => void;
};

const ApiContext = createContext<Api | null>(null);

type ApiProviderProps = {
  /** Tests pass a fake fetch; the browser's is used otherwise. */
  readonly fetch?: FetchLike;
  readonly baseUrl?: string;
  readonly children: ReactNode;
};

/** Where the CSRF token lives between calls: read by the client on each write, set by the session. */
const createTokenStore = () => {
  let token: string | null = null;
  return {
    get: (): string | null => token,
    set: (value: string | null): void => {
      token = value;
    },
  };
};

export const ApiProvider = ({ fetch, baseUrl, children }: ApiProviderProps) => {
  const [tokens] = useState(createTokenStore);
  const api = useMemo<Api>(() => {
    const browserFetch: FetchLike = (url, init) => globalThis.fetch(url, init);
    const client = createClient({
      fetch: fetch ?? browserFetch,
      ...(baseUrl === undefined ? {} : { baseUrl }),
      csrfToken: tokens.get,
    });
    return { client, setCsrfToken: tokens.set };
  }, [fetch, baseUrl, tokens]);
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
};

export const useApi = (): Api => {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
};

export const useClient = (): GreenlightClient => useApi().client;
