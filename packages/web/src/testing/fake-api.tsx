import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { FetchLike, ProductionDto, UserDto } from '@greenlight/contract';
import { ApiProvider } from '../api/api-context';
import { ProductionContext, type ProductionScope } from '../features/production/production-context';
import { SessionProvider, type SessionState } from '../session/session-context';

/** One request the app made, as the fake server saw it. */
export type FakeCall = {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
};

export type FakeReply = { readonly status: number; readonly body?: unknown };

/** A fetch that answers from `handle` and records every call, for passing to <ApiProvider fetch>. */
export const fakeFetch = (handle: (call: FakeCall) => FakeReply | Promise<FakeReply>) => {
  const calls: FakeCall[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call: FakeCall = {
      method: init.method,
      path: url,
      headers: init.headers,
      body: init.body === undefined ? undefined : (JSON.parse(init.body) as unknown),
    };
    calls.push(call);
    const reply = await handle(call);
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
    return {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      text: () => Promise.resolve(text),
    };
  };
  return { fetch, calls };
};

export const apiError = (status: number, code: string, message: string): FakeReply => ({
  status,
  body: { error: { code, message } },
});

export const TEST_USER: UserDto = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'dana@example.com',
  name: 'Dana Reyes',
  personId: '00000000-0000-4000-8000-000000000002',
  isAdmin: false,
};

export const TEST_PRODUCTION: ProductionDto = {
  id: '00000000-0000-4000-8000-0000000000a1',
  title: 'The Long Night',
  kind: 'feature-film',
  currency: 'USD',
  timeZone: 'America/Los_Angeles',
  stage: 'pre-production',
  seasons: [],
  createdAt: '2026-01-10T17:00:00.000Z',
};

type Options = {
  readonly fetch: FetchLike;
  readonly session?: SessionState;
  readonly production?: ProductionDto;
};

/** Renders `ui` with the client on a fake fetch, a session and (optionally) a production around it. */
export const renderWithApi = (
  ui: ReactElement,
  { fetch, session, production }: Options,
): RenderResult => {
  let tree: ReactNode = ui;
  if (production) {
    const scope: ProductionScope = {
      production,
      isSeries: production.kind === 'series',
      myRoles: ['producer'],
      reload: () => undefined,
    };
    tree = <ProductionContext.Provider value={scope}>{tree}</ProductionContext.Provider>;
  }
  return render(
    <ApiProvider fetch={fetch}>
      <SessionProvider initial={session ?? { status: 'signed-in', user: TEST_USER }}>
        {tree}
      </SessionProvider>
    </ApiProvider>,
  );
};
