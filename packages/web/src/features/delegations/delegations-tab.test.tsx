import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  ActionResultDto,
  ApprovalRequestDto,
  DelegationDto,
  TeamMemberDto,
} from '@greenlight/contract';
import type { Role } from '@greenlight/domain';
import { todayIn } from '../../ui/calendar-day';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  TEST_USER,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { delegationStatus } from './delegation-status';
import { DelegationsTab } from './delegations-tab';

// 06:00 UTC on 1 Feb is still 31 Jan in Los Angeles, the production's zone.
const NOW = '2026-02-01T06:00:00.000Z';
const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const ME = TEST_USER.personId;
const CHLOE = '00000000-0000-4000-8000-000000000c01';
const ELEANOR = '00000000-0000-4000-8000-000000000e01';

const member = (personId: string, name: string, role: Role, n: number): TeamMemberDto => ({
  id: `00000000-0000-4000-8000-00000000f00${n}`,
  productionId: TEST_PRODUCTION.id,
  personId,
  role,
  department: null,
  reportsTo: null,
  person: { id: personId, name, email: null },
  roleLabel: role,
  hasLogin: true,
});

const TEAM = [
  member(ELEANOR, 'Eleanor Vance', 'executive-producer', 1),
  member(ME, 'Dana Reyes', 'producer', 2),
  member(CHLOE, 'Chloe Marsh', 'co-producer', 3),
];

const delegation = (n: number, overrides: Partial<DelegationDto> = {}): DelegationDto => ({
  id: `00000000-0000-4000-8000-00000000d00${n}`,
  fromPersonId: ME,
  toPersonId: CHLOE,
  actions: ['expenditure.commit'],
  startsOn: '2026-01-25',
  endsOn: '2026-01-31',
  limit: 500_000,
  revoked: false,
  ...overrides,
});

const pendingRequest: ApprovalRequestDto = {
  id: '00000000-0000-4000-8000-00000000b001',
  productionId: TEST_PRODUCTION.id,
  productionTitle: TEST_PRODUCTION.title,
  currency: 'USD',
  action: 'authority.delegate',
  actionLabel: 'Delegate authority',
  requestedBy: ME,
  requestedByName: 'Dana Reyes',
  amount: null,
  department: null,
  summary: 'Revoke the delegation of expenditure.commit',
  payload: null,
  status: 'pending',
  routedTo: [{ personId: ELEANOR, name: 'Eleanor Vance' }],
  level: 0,
  createdAt: NOW,
  decidedAt: null,
  decidedBy: null,
  decidedByName: null,
  decisionReason: null,
  canDecide: false,
  canWithdraw: true,
  canEscalate: false,
};

const ALLOWED: ActionResultDto = {
  outcome: 'allowed',
  rule: 'Producer may delegate authority',
  result: null,
};

/** A small server: the team, a list of delegations, and what POST and DELETE answer. */
const serve = (
  initial: DelegationDto[],
  answers: { post?: (call: FakeCall) => FakeReply; remove?: (id: string) => FakeReply } = {},
) => {
  let list = initial;
  return fakeFetch((call) => {
    if (call.method === 'GET' && call.path === `${BASE}/team`) {
      return { status: 200, body: { members: TEAM } };
    }
    if (call.method === 'GET' && call.path === `${BASE}/delegations`) {
      return { status: 200, body: { delegations: list } };
    }
    if (call.method === 'POST' && call.path === `${BASE}/delegations`) {
      return answers.post?.(call) ?? { status: 200, body: ALLOWED };
    }
    if (call.method === 'DELETE' && call.path.startsWith(`${BASE}/delegations/`)) {
      const id = call.path.split('/').at(-1) ?? '';
      const reply = answers.remove?.(id);
      if (reply) return reply;
      list = list.map((d) => (d.id === id ? { ...d, revoked: true } : d));
      return { status: 200, body: ALLOWED };
    }
    return apiError(404, 'not-found', `unexpected ${call.method} ${call.path}`);
  });
};

const renderTab = (server: ReturnType<typeof serve>) =>
  renderWithApi(<DelegationsTab />, { fetch: server.fetch, production: TEST_PRODUCTION });

const rows = () => screen.getAllByTestId('delegation-row');
const row = (n: number) => {
  const found = rows().find((r) => r.dataset['delegationId'] === delegation(n).id);
  if (!found) throw new Error(`no row for delegation ${n}`);
  return found;
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('today in the production’s zone', () => {
  it('is the calendar day of the browser clock converted with Intl', () => {
    const at = Date.parse(NOW);
    expect(todayIn('America/Los_Angeles', at)).toBe('2026-01-31');
    expect(todayIn('UTC', at)).toBe('2026-02-01');
    expect(todayIn('Asia/Tokyo', Date.parse('2026-01-31T15:30:00.000Z'))).toBe('2026-02-01');
  });

  it('decides the status by comparing calendar days, first and last included', () => {
    const period = { startsOn: '2026-01-25', endsOn: '2026-01-31', revoked: false };
    expect(delegationStatus(period, '2026-01-24')).toBe('upcoming');
    expect(delegationStatus(period, '2026-01-25')).toBe('active');
    expect(delegationStatus(period, '2026-01-31')).toBe('active');
    expect(delegationStatus(period, '2026-02-01')).toBe('ended');
    expect(delegationStatus({ ...period, revoked: true }, '2026-01-28')).toBe('revoked');
  });
});

describe('the delegations tab', () => {
  it('lists delegations by name, action label, period and cap, with statuses of the production’s today', async () => {
    renderTab(
      serve([
        delegation(1, { startsOn: '2025-12-28', endsOn: '2026-01-30' }),
        delegation(2), // ends today in Los Angeles, though it is already 1 Feb in UTC
        delegation(3, {
          startsOn: '2026-02-01',
          endsOn: '2026-02-07',
          limit: null,
          actions: ['expenditure.commit', 'creative.approve-locations'],
        }),
        delegation(4, { revoked: true }),
      ]),
    );
    await screen.findByTestId('delegations-table');

    expect(rows().map((r) => r.dataset['status'])).toEqual([
      'active',
      'upcoming',
      'ended',
      'revoked',
    ]);
    const active = row(2).textContent ?? '';
    expect(active).toContain('Dana Reyes');
    expect(active).toContain('Chloe Marsh');
    expect(active).toContain('Commit an expenditure');
    expect(active).toContain('25 – 31 Jan 2026');
    expect(active).toContain('$5,000.00');
    expect(active).toContain('Active');

    const upcoming = row(3).textContent ?? '';
    expect(upcoming).toContain('Approve locations');
    expect(upcoming).toContain('their own limit');
    expect(upcoming).toContain('Upcoming');
    expect(upcoming).toContain('1 – 7 Feb 2026');
    expect(row(1).textContent).toContain('Ended');
    expect(row(1).textContent).toContain('28 Dec 2025 – 30 Jan 2026');
    expect(row(4).textContent).toContain('Revoked');

    // Only what still lends, or will, can be revoked.
    const revocable = (n: number) =>
      within(row(n)).queryByRole('button', { name: /^Revoke/ }) !== null;
    expect([1, 2, 3, 4].map(revocable)).toEqual([false, true, true, false]);
    expect(screen.getByText(/1 active today/)).toBeTruthy();
  });

  it('sends whom, which actions, the days and no cap when the cap is left empty', async () => {
    const server = serve([]);
    renderTab(server);
    await screen.findByRole('heading', { name: 'Delegate your authority' });

    const to = screen.getByLabelText('To');
    const options = within(to)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Choose someone…',
      'Eleanor Vance — Executive producer',
      'Chloe Marsh — Co-producer',
    ]);
    // The first day offered is the production’s today.
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2026-01-31');
    // Reading is never lent.
    expect(screen.queryByRole('checkbox', { name: 'View the production' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Expenditures' })).toBeTruthy();

    fireEvent.change(to, { target: { value: CHLOE } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Approve locations' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Commit an expenditure' }));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02-02' } });
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-02-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delegate' }));

    await screen.findByTestId('action-outcome');
    const post = server.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      toPersonId: CHLOE,
      actions: ['expenditure.commit', 'creative.approve-locations'],
      startsOn: '2026-02-02',
      endsOn: '2026-02-09',
      limit: null,
    });
    expect(screen.getByTestId('action-outcome').textContent).toBe(
      'Chloe Marsh may act for you from 2 Feb 2026 until 9 Feb 2026.',
    );
    // The list is fetched again to show it.
    await waitFor(() =>
      expect(server.calls.filter((c) => c.path === `${BASE}/delegations`)).toHaveLength(3),
    );
  });

  it('sends a typed cap in minor units', async () => {
    const server = serve([]);
    renderTab(server);
    await screen.findByRole('heading', { name: 'Delegate your authority' });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: ELEANOR } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Commit an expenditure' }));
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-02-07' } });
    fireEvent.change(screen.getByLabelText('Cap'), { target: { value: '5,000.50' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delegate' }));
    await screen.findByTestId('action-outcome');
    expect(server.calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      toPersonId: ELEANOR,
      startsOn: '2026-01-31',
      endsOn: '2026-02-07',
      limit: 500_050,
    });
  });

  it('says what is missing before sending, and the server’s refusal in words', async () => {
    const server = serve([], {
      post: () =>
        apiError(
          403,
          'forbidden',
          'You cannot delegate what you may not do yourself: Producer may not approve the final cut',
        ),
    });
    renderTab(server);
    await screen.findByRole('heading', { name: 'Delegate your authority' });
    const send = () => fireEvent.click(screen.getByRole('button', { name: 'Delegate' }));

    send();
    expect(screen.getByRole('alert').textContent).toBe('Choose whom to delegate to.');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: CHLOE } });
    send();
    expect(screen.getByRole('alert').textContent).toBe('Choose at least one action to delegate.');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Approve the final cut' }));
    send();
    expect(screen.getByRole('alert').textContent).toBe('Until: choose the last day.');
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-01-30' } });
    send();
    expect(screen.getByRole('alert').textContent).toBe(
      'Until: the last day cannot be before the first.',
    );
    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '2026-02-03' } });
    fireEvent.change(screen.getByLabelText('Cap'), { target: { value: '12.345' } });
    send();
    expect(screen.getByRole('alert').textContent).toBe('Cap: Use at most 2 decimal places');
    expect(server.calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('Cap'), { target: { value: '' } });
    send();
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'You cannot delegate what you may not do yourself: Producer may not approve the final cut',
      ),
    );
  });

  it('revokes a delegation and shows it revoked', async () => {
    const server = serve([delegation(2)]);
    renderTab(server);
    await screen.findByTestId('delegations-table');

    fireEvent.click(
      within(row(2)).getByRole('button', { name: 'Revoke the delegation to Chloe Marsh' }),
    );
    await screen.findByTestId('action-outcome');
    expect(server.calls.find((c) => c.method === 'DELETE')?.path).toBe(
      `${BASE}/delegations/${delegation(2).id}`,
    );
    expect(screen.getByTestId('action-outcome').textContent).toBe(
      'Revoked: Chloe Marsh no longer acts for Dana Reyes.',
    );
    await waitFor(() => expect(row(2).dataset['status']).toBe('revoked'));
    expect(within(row(2)).queryByRole('button')).toBeNull();
  });

  it('says whom a revocation waits on when it needs approval', async () => {
    const server = serve([delegation(2)], {
      remove: () => ({
        status: 200,
        body: { outcome: 'approval-requested', rule: 'needs sign-off', request: pendingRequest },
      }),
    });
    renderTab(server);
    await screen.findByTestId('delegations-table');

    fireEvent.click(within(row(2)).getByRole('button', { name: /^Revoke/ }));
    const outcome = await screen.findByTestId('action-outcome');
    expect(outcome.dataset['outcome']).toBe('approval-requested');
    expect(outcome.textContent).toContain('Sent to Eleanor Vance for approval');
    // Still lending until someone approves; no second revoke meanwhile.
    expect(row(2).dataset['status']).toBe('active');
    expect(within(row(2)).queryByRole('button')).toBeNull();
    expect(row(2).textContent).toContain('awaiting approval');
  });

  it('shows a refused revocation in words', async () => {
    const server = serve([delegation(2)], {
      remove: () => apiError(403, 'forbidden', 'Co-producer may not delegate authority'),
    });
    renderTab(server);
    await screen.findByTestId('delegations-table');
    fireEvent.click(within(row(2)).getByRole('button', { name: /^Revoke/ }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Co-producer may not delegate authority'),
    );
    expect(row(2).dataset['status']).toBe('active');
  });
});
