import autocannon from 'autocannon';
import type { Database } from '@greenlight/db';
import type { Role } from '@greenlight/domain';
import {
  createApp,
  createServerDeps,
  DEMO_PASSWORD,
  DEMO_TEAM,
  seedDemo,
} from '@greenlight/server';

export type InboxLatency = {
  readonly database: string;
  readonly inbox: number;
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
  readonly non2xx: number;
  /** Connection errors other than timeouts. */
  readonly errors: number;
  readonly timeouts: number;
};

type Session = { readonly cookie: string; readonly csrfToken: string };

const PATH = '/api/v1/approvals?scope=awaiting-me';

// Who asks for what: each spends above their own limit, so every request waits for someone above. The
// executive producer (no limit, final say on money) may decide all of them: their inbox is the big one.
const REQUESTERS: readonly {
  readonly role: Role;
  readonly dollars: number;
  readonly department?: 'camera';
}[] = [
  { role: 'producer', dollars: 120_000 },
  { role: 'unit-production-manager', dollars: 60_000 },
  { role: 'line-producer', dollars: 30_000 },
  { role: 'production-manager', dollars: 12_000 },
  { role: 'department-head', dollars: 1_500, department: 'camera' },
  { role: 'associate-producer', dollars: 800 },
  { role: 'director', dollars: 4_000 },
];

type App = Awaited<ReturnType<typeof createApp>>;

const signIn = async (app: App, role: Role): Promise<Session> => {
  const member = DEMO_TEAM.find((m) => m.role === role);
  if (member === undefined) throw new Error(`The demo has no ${role}`);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email: member.email, password: DEMO_PASSWORD }),
  });
  if (response.statusCode !== 200) throw new Error(`Sign-in as ${role}: ${response.body}`);
  const cookie = String(response.headers['set-cookie']).split(';')[0] ?? '';
  const { csrfToken } = response.json<{ csrfToken: string }>();
  return { cookie, csrfToken };
};

/**
 * Seeds the demo on `database`, adds `extraRequests` pending expenditure requests (through the API, as the
 * demo's people), then serves on 127.0.0.1 and measures `GET /api/v1/approvals?scope=awaiting-me` as the
 * executive producer with autocannon: `connections` concurrent connections for `seconds`, after a short
 * warm-up. The database is the caller's to close.
 */
export const measureInboxLatency = async (
  label: string,
  database: Database,
  options: {
    readonly connections: number;
    readonly seconds: number;
    readonly extraRequests: number;
  },
): Promise<InboxLatency> => {
  const deps = createServerDeps(database);
  const demo = await seedDemo(deps);
  const app = await createApp(deps, { logger: false });
  try {
    const sessions = new Map<Role, Session>();
    for (const { role } of REQUESTERS) sessions.set(role, await signIn(app, role));
    for (let i = 0; i < options.extraRequests; i += 1) {
      const requester = REQUESTERS[i % REQUESTERS.length];
      const session = requester && sessions.get(requester.role);
      if (!requester || !session) throw new Error('no requester');
      const response = await app.inject({
        method: 'POST',
        url: `/api/v1/productions/${demo.productionId}/expenditures`,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': 'application/json',
        },
        payload: JSON.stringify({
          description: `Bench request ${i + 1}`,
          amount: (requester.dollars + i) * 100,
          ...(requester.department ? { department: requester.department } : {}),
        }),
      });
      const body = response.json<{ outcome?: string }>();
      if (response.statusCode !== 201 || body.outcome !== 'approval-requested')
        throw new Error(
          `Request ${i + 1} as ${requester.role}: ${response.statusCode} ${response.body}`,
        );
    }

    const ep = await signIn(app, 'executive-producer');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('not listening');
    const url = `http://127.0.0.1:${address.port}${PATH}`;
    const check = await fetch(url, { headers: { cookie: ep.cookie } });
    if (check.status !== 200) throw new Error(`The inbox answered ${check.status}`);
    const inbox = ((await check.json()) as { requests: unknown[] }).requests.length;

    const headers = { cookie: ep.cookie };
    // The load comes from a worker thread, so it does not compete with the server for this one.
    await autocannon({ url, connections: 10, duration: 2, headers, workers: 1 });
    const result = await autocannon({
      url,
      connections: options.connections,
      duration: options.seconds,
      headers,
      workers: 1,
      // A slow answer is a latency to measure, not an error: wait for it well past the run's end.
      timeout: 60,
    });
    return {
      database: label,
      inbox,
      connections: options.connections,
      seconds: result.duration,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      non2xx: result.non2xx,
      errors: result.errors - result.timeouts,
      timeouts: result.timeouts,
    };
  } finally {
    await app.close();
  }
};
