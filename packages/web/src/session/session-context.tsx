import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { UserDto } from '@greenlight/contract';
import { useApi } from '../api/api-context';
import { describeError, isUnauthenticated } from '../api/describe-error';

export type SessionState =
  | { readonly status: 'checking' }
  | { readonly status: 'signed-out'; readonly notice: string | null }
  | { readonly status: 'signed-in'; readonly user: UserDto };

export type Session = {
  readonly state: SessionState;
  /** Throws the API error when the credentials are refused. */
  readonly signIn: (email: string, password: string) => Promise<void>;
  readonly signOut: () => Promise<void>;
  /** Called when any call answers 401: the session ended on the server. */
  readonly expire: () => void;
};

const SessionContext = createContext<Session | null>(null);

type SessionProviderProps = {
  readonly children: ReactNode;
  /** Tests start from a known state instead of asking the server. */
  readonly initial?: SessionState;
};

export const SessionProvider = ({ children, initial }: SessionProviderProps) => {
  const { client, setCsrfToken } = useApi();
  const [state, setState] = useState<SessionState>(initial ?? { status: 'checking' });
  const checking = state.status === 'checking';

  useEffect(() => {
    if (!checking) return;
    let cancelled = false;
    client.call('me', {}).then(
      (session) => {
        if (cancelled) return;
        setCsrfToken(session.csrfToken);
        setState({ status: 'signed-in', user: session.user });
      },
      (error: unknown) => {
        if (cancelled) return;
        setState({
          status: 'signed-out',
          notice: isUnauthenticated(error) ? null : describeError(error),
        });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [checking, client, setCsrfToken]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const session = await client.call('signIn', { body: { email, password } });
      setCsrfToken(session.csrfToken);
      setState({ status: 'signed-in', user: session.user });
    },
    [client, setCsrfToken],
  );

  const signOut = useCallback(async () => {
    try {
      await client.call('signOut', {});
    } catch {
      // The session is ended locally either way.
    }
    setCsrfToken(null);
    setState({ status: 'signed-out', notice: null });
  }, [client, setCsrfToken]);

  const expire = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out', notice: 'Your session has ended. Sign in again.' });
  }, [setCsrfToken]);

  const value = useMemo<Session>(
    () => ({ state, signIn, signOut, expire }),
    [state, signIn, signOut, expire],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
};

export const useSession = (): Session => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
};

/** The signed-in user; only for components rendered behind the sign-in gate. */
export const useUser = (): UserDto => {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser needs a signed-in session');
  return state.user;
};
