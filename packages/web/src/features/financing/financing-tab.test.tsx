import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  ActionResultDto,
  FinancingPlanDto,
  GreenlightGateDto,
  WaterfallDto,
} from '@greenlight/contract';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { FinancingTab } from './financing-tab';
import { SOURCE } from '../../testing/financing-source';

afterEach(cleanup);

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const ALLOWED: ActionResultDto = { outcome: 'allowed', rule: 'The EP may', result: null };
const DEVELOPMENT = { ...TEST_PRODUCTION, stage: 'development' as const };

const PLAN: FinancingPlanDto = {
  budget: {
    budgetId: '00000000-0000-4000-8000-00000000b001',
    versionId: '00000000-0000-4000-8000-00000000b002',
    name: 'Production budget',
    number: 1,
    currency: 'USD',
    grandTotal: 221_110_924,
  },
  sources: [
    SOURCE,
    {
      ...SOURCE,
      id: '00000000-0000-4000-8000-00000000f002',
      name: 'Meridian Capital gap loan',
      counterparty: null,
      kind: 'gap-loan',
      status: 'prospect',
      amount: 22_100_000,
      amountInBudgetCurrency: 22_100_000,
      version: 1,
      moves: [
        { to: 'in-negotiation', action: 'financing.edit-plan' },
        { to: 'closed', action: 'financing.close-deal' },
        { to: 'withdrawn', action: 'financing.edit-plan' },
      ],
    },
  ],
  gap: {
    currency: 'USD',
    budgetTotal: 221_110_924,
    closed: 121_600_000,
    committed: 0,
    pipeline: 22_100_000,
    gap: 99_510_924,
    surplus: 0,
    summary: '',
  },
  gapProblem: null,
  plannedSpending: { weeks: [5_000_000, 6_000_000], firstWeek: '2026-11-16', version: 1 },
};

const GATE: GreenlightGateDto = {
  stage: 'development',
  outcome: 'refused',
  currency: 'USD',
  reasons: [
    {
      code: 'financing-short',
      message:
        'Closed financing of $1,216,000.00 is short of the approved budget of $2,211,109.24 by $995,109.24',
    },
  ],
  shortfall: 99_510_924,
  budget: {
    versionId: '00000000-0000-4000-8000-00000000b002',
    name: 'First draft',
    status: 'approved',
    grandTotal: 221_110_924,
  },
  closedFinancing: 121_600_000,
  finalSay: { role: 'executive-producer', label: 'Executive producer', isCaller: true },
};

const serve = (write: (call: FakeCall) => FakeReply, gate: GreenlightGateDto = GATE) =>
  fakeFetch((call) => {
    if (call.method !== 'GET') return write(call);
    const path = call.path.split('?')[0];
    if (path === `${BASE}/financing`) return { status: 200, body: PLAN };
    if (path === `${BASE}/greenlight-gate`) return { status: 200, body: gate };
    if (path === `${BASE}/audit-log`)
      return { status: 200, body: { entries: [], currency: 'USD' } };
    if (path === `${BASE}/team`) {
      return {
        status: 200,
        body: {
          members: [
            {
              id: '00000000-0000-4000-8000-00000000c001',
              productionId: TEST_PRODUCTION.id,
              personId: '00000000-0000-4000-8000-00000000c002',
              role: 'executive-producer',
              department: null,
              reportsTo: null,
              person: {
                id: '00000000-0000-4000-8000-00000000c002',
                name: 'Eleanor Vance',
                email: null,
              },
              roleLabel: 'Executive producer',
              hasLogin: true,
            },
          ],
        },
      };
    }
    if (path === `${BASE}/financing/waterfall`) {
      const waterfall: WaterfallDto = {
        currency: 'USD',
        revenue: 300_000_000,
        tiers: [
          {
            tierId: 'recoupment-rank-2',
            name: 'Recoupment, rank 2: equity investor',
            kind: 'recoup',
            available: 300_000_000,
            paid: 145_920_000,
            payments: [
              {
                payee: 'Harbour Equity Partners',
                amount: 145_920_000,
                claim: 145_920_000,
                unpaid: 0,
              },
            ],
          },
        ],
        payees: [
          { payee: 'Harbour Equity Partners', amount: 200_000_000 },
          { payee: 'The Long Night', amount: 100_000_000 },
        ],
        undistributed: 0,
      };
      return { status: 200, body: waterfall };
    }
    return apiError(404, 'not-found', `unexpected GET ${call.path}`);
  });

const goTo = (view: string) =>
  window.history.replaceState(null, '', `/productions/${TEST_PRODUCTION.id}/financing${view}`);

describe('the financing plan', () => {
  it('shows the gap and the sources, and adds a source in minor units', async () => {
    goTo('');
    const server = serve(() => ({ status: 201, body: ALLOWED }));
    renderWithApi(<FinancingTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    expect((await screen.findByTestId('gap-headline')).textContent).toContain(
      '$995,109.24 short of the approved budget',
    );
    expect(screen.getAllByTestId('source-row')).toHaveLength(2);

    fireEvent.click(screen.getByTestId('add-source'));
    const form = screen.getByTestId('add-source-form');
    fireEvent.click(within(form).getByTestId('save-new-source'));
    expect(within(form).getByTestId('source-form-errors').textContent).toContain(
      'Check these fields: Name, Amount.',
    );
    expect(within(form).getByText('Name the source of finance')).toBeTruthy();

    fireEvent.change(within(form).getByLabelText('Name'), {
      target: { value: 'Nordic Film Fund' },
    });
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'grant' } });
    fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: '150,000' } });
    fireEvent.change(within(form).getByLabelText('Conditions'), {
      target: { value: 'Shoot in Norway' },
    });
    fireEvent.click(within(form).getByTestId('save-new-source'));
    await waitFor(() => expect(screen.getByTestId('action-outcome')).toBeTruthy());
    expect(screen.getByTestId('action-outcome').textContent).toContain(
      'Added Nordic Film Fund ($150,000.00), prospect',
    );
    const post = server.calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe(`${BASE}/financing/sources`);
    expect(post?.body).toMatchObject({
      name: 'Nordic Film Fund',
      kind: 'grant',
      status: 'prospect',
      amount: 15_000_000,
      currency: 'USD',
      conditions: ['Shoot in Norway'],
      drawdowns: [],
    });
  });

  it('moves a source to a status the server allows, at its version', async () => {
    goTo('');
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<FinancingTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const row = (await screen.findAllByTestId('source-row'))[1];
    if (!row) throw new Error('no second row');
    fireEvent.click(within(row).getByTestId('move-source'));
    expect(within(row).getByTestId('move-to-closed').textContent).toContain('closes the deal');
    fireEvent.click(within(row).getByTestId('move-to-in-negotiation'));
    await waitFor(() =>
      expect(screen.getByTestId('action-outcome').textContent).toContain(
        'Meridian Capital gap loan is in negotiation',
      ),
    );
    const post = server.calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe(
      `${BASE}/financing/sources/00000000-0000-4000-8000-00000000f002/status`,
    );
    expect(post?.body).toEqual({ to: 'in-negotiation', version: 1 });
  });
});

describe('the greenlight gate', () => {
  it('refuses with its reasons, and the final say overrides it with a reason', async () => {
    goTo('/greenlight');
    const server = serve(() => ({ status: 200, body: ALLOWED }));
    renderWithApi(<FinancingTab />, { fetch: server.fetch, production: DEVELOPMENT });
    const verdict = await screen.findByTestId('gate-verdict');
    expect(verdict.getAttribute('data-outcome')).toBe('refused');
    expect(within(verdict).getByTestId('gate-reason').textContent).toContain('by $995,109.24');
    expect(screen.getByTestId<HTMLButtonElement>('greenlight-button').disabled).toBe(true);

    fireEvent.click(screen.getByTestId('override-gate'));
    expect(screen.getByText(/Say why the production should go ahead/)).toBeTruthy();
    expect(server.calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Reason for overriding the gate'), {
      target: { value: 'The pre-sale closes next week' },
    });
    fireEvent.click(screen.getByTestId('override-gate'));
    await waitFor(() =>
      expect(screen.getByTestId('action-outcome').textContent).toContain(
        'Greenlit on your override',
      ),
    );
    const post = server.calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe(`${BASE}/stage`);
    expect(post?.body).toEqual({
      to: 'pre-production',
      override: { reason: 'The pre-sale closes next week' },
    });
  });

  it('tells someone without the final say who may override', async () => {
    goTo('/greenlight');
    const server = serve(() => ({ status: 200, body: ALLOWED }), {
      ...GATE,
      finalSay: { ...GATE.finalSay, isCaller: false },
    });
    renderWithApi(<FinancingTab />, { fetch: server.fetch, production: DEVELOPMENT });
    await waitFor(() =>
      expect(screen.getByTestId('override-who').textContent).toContain(
        'Only the executive producer (Eleanor Vance), who holds the final financial say',
      ),
    );
    expect(screen.queryByTestId('override-form')).toBeNull();
  });
});

describe('the waterfall', () => {
  it('runs a revenue figure in minor units and shows totals that equal it', async () => {
    goTo('/waterfall');
    const server = serve(() => apiError(500, 'internal', 'no writes here'));
    renderWithApi(<FinancingTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.change(await screen.findByLabelText('Revenue'), { target: { value: '3,000,000' } });
    fireEvent.change(screen.getByLabelText('Distribution fee (%)'), { target: { value: '12.5' } });
    fireEvent.click(screen.getByTestId('run-waterfall'));
    expect((await screen.findByTestId('waterfall-total')).textContent).toContain('$3,000,000.00');
    const get = server.calls.find((c) => c.path.includes('/waterfall'));
    expect(get?.path).toContain('revenue=300000000');
    expect(get?.path).toContain('feeBp=1250');
    expect(screen.getAllByTestId('waterfall-tier')).toHaveLength(1);
  });
});
