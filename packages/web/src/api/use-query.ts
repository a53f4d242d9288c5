import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GreenlightClient } from '@greenlight/contract';
import { useSession } from '../session/session-context';
import { useClient } from './api-context';
import { isUnauthenticated } from './describe-error';

export type Query<T> = {
  /** The latest data for this key; kept while a reload is under way. */
  readonly data: T | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly reload: () => void;
};

type Settled<T> = {
  readonly key: string;
  readonly run: number;
  readonly data?: T;
  readonly error?: unknown;
};

/**
 * Loads data for `key` (null waits). A new key loads afresh; `reload` refetches and keeps showing the old data
 * meanwhile. A 401 from any query ends the session, which shows the sign-in page.
 */
export const useQuery = <T>(
  key: string | null,
  load: (client: GreenlightClient) => Promise<T>,
): Query<T> => {
  const client = useClient();
  const { expire } = useSession();
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const [run, setRun] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    loadRef.current(client).then(
      (data) => {
        if (!cancelled) setSettled({ key, run, data });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (isUnauthenticated(error)) expire();
        setSettled({ key, run, error });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, run, client, expire]);

  const reload = useCallback(() => setRun((n) => n + 1), []);
  const current = settled !== null && settled.key === key ? settled : null;
  return {
    data: current?.data,
    error: current?.error,
    loading: key !== null && (current === null || current.run !== run),
    reload,
  };
};
