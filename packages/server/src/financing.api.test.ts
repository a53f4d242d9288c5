import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResultDto, RouteInput } from '@greenlight/contract';
import type { Role } from '@greenlight/domain';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';
import type { TestSession } from './testing/create-test-app.js';

const field = (result: ActionResultDto, key: string): string => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  const value = (result.result as Record<string, unknown>)[key];
  if (typeof value !== 'string') throw new Error(`No ${key} in ${JSON.stringify(result.result)}`);
  return value;
};

type SourceBody = RouteInput<'createFinancingSource'>['body'];

describe('the financing plan and the greenlight gate over HTTP', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  /**
   * A production of the executive producer's in development, with the demo's producer and line producer on
   * it, and a draft budget of $100,000 of lines (grand total $112,200.00 with contingency and bond).
   */
  const newProduction = async (title: string) => {
    const ep = await t.as('executive-producer');
    const created = (
      await t.call('createProduction', { body: { title, kind: 'feature-film' } }, ep)
    ).ok();
    const productionId = created.id;
    for (const role of ['producer', 'line-producer'] as const) {
      const hired = await t.call(
        'addTeamMember',
        { params: { productionId }, body: { personId: await t.personOf(role), role } },
        ep,
      );
      expect(hired.ok().outcome).toBe('allowed');
    }
    const producer = await t.as('producer');
    const budget = (
      await t.call(
        'createBudget',
        { params: { productionId }, body: { name: 'Production budget', template: 'feature-film' } },
        producer,
      )
    ).ok();
    const versionId = field(budget, 'versionId');
    await t.call(
      'editBudgetLines',
      {
        params: { productionId, versionId },
        body: {
          revision: 1,
          edits: [
            {
              kind: 'add',
              line: {
                id: 'rights',
                accountNumber: '1100',
                description: 'Rights',
                amount: { kind: 'quantity', quantity: 1000 },
                unit: 'flat',
                multiplier: 1000,
                rate: 10_000_000,
                currency: 'USD',
                fringeIds: [],
                scheduleLink: null,
              },
            },
          ],
        },
      },
      producer,
    );
    return { productionId, versionId };
  };

  const approve = async (productionId: string, versionId: string) => {
    const transition = async (as: Role, transition: 'submit' | 'approve') =>
      (
        await t.call(
          'budgetTransition',
          { params: { productionId, versionId }, body: { transition } },
          await t.as(as),
        )
      ).ok();
    expect((await transition('producer', 'submit')).outcome).toBe('allowed');
    expect((await transition('executive-producer', 'approve')).outcome).toBe('allowed');
  };

  const addSource = async (productionId: string, as: TestSession, body: SourceBody) =>
    t.call('createFinancingSource', { params: { productionId }, body }, as);

  const greenlight = async (productionId: string, as: TestSession, override?: { reason: string }) =>
    t.call(
      'changeStage',
      {
        params: { productionId },
        body: { to: 'pre-production', ...(override === undefined ? {} : { override }) },
      },
      as,
    );

  it('refuses the greenlight with the shortfall, lets only the final say override it, on the record', async () => {
    const { productionId, versionId } = await newProduction('Night Ferry');
    const ep = await t.as('executive-producer');
    const producer = await t.as('producer');

    const noBudget = await greenlight(productionId, ep);
    expect(noBudget.error(409).message).toMatch(
      /^The greenlight gate refuses: The budget is draft, not approved\. Whoever holds the final financial say \(the executive producer\) may override it/,
    );
    await approve(productionId, versionId);

    // Closing a deal is the executive producer's: the producer's close is routed to them.
    const equity = (
      await addSource(productionId, producer, {
        name: 'Ferry Equity',
        kind: 'equity',
        amount: 6_000_000,
        currency: 'USD',
        terms: { recoupmentRank: 1, premiumBp: 2_000 },
      })
    ).ok();
    const equityId = field(equity, 'sourceId');
    const asked = (
      await t.call(
        'moveFinancingSource',
        { params: { productionId, sourceId: equityId }, body: { to: 'closed', version: 1 } },
        producer,
      )
    ).ok();
    if (asked.outcome !== 'approval-requested') throw new Error('closing was not routed');
    expect(asked.request).toMatchObject({ action: 'financing.close-deal', amount: 6_000_000 });
    expect(asked.request.routedTo.map((r) => r.personId)).toEqual([ep.user.personId]);
    expect(
      (await t.call('approve', { params: { requestId: asked.request.id }, body: {} }, ep)).ok()
        .status,
    ).toBe('approved');
    // The line producer has no say in financing.
    const refused = await addSource(productionId, await t.as('line-producer'), {
      name: 'Their own money',
      kind: 'producer-funds',
      amount: 100,
      currency: 'USD',
    });
    expect(refused.error(403).code).toBe('forbidden');

    const plan = (await t.call('financingPlan', { params: { productionId } }, producer)).ok();
    expect(plan.sources.map((s) => [s.name, s.status])).toEqual([['Ferry Equity', 'closed']]);
    expect(plan.gap).toMatchObject({ budgetTotal: 11_220_000, closed: 6_000_000, gap: 5_220_000 });
    expect(plan.gap?.summary).toBe(
      'Closed financing of $60,000.00 leaves $52,200.00 of the approved budget of $112,200.00 to find',
    );

    const short = (await greenlight(productionId, ep)).error(409);
    expect(short.message).toContain(
      'Closed financing of $60,000.00 is short of the approved budget of $112,200.00 by $52,200.00',
    );
    expect(short.details?.['gate']).toMatchObject({
      shortfall: 5_220_000,
      shortfallText: '$52,200.00',
      reasons: [{ code: 'financing-short' }],
    });
    const gate = (await t.call('greenlightGate', { params: { productionId } }, producer)).ok();
    expect(gate).toMatchObject({
      stage: 'development',
      outcome: 'refused',
      shortfall: 5_220_000,
      closedFinancing: 6_000_000,
      finalSay: { role: 'executive-producer', isCaller: false },
    });

    // The producer may ask for a greenlight, but not override the gate: refused, and audited.
    const notTheirs = await greenlight(productionId, producer, { reason: 'We will find it' });
    expect(notTheirs.error(403).message).toBe(
      'Only the executive producer, who holds the final financial say, may override the greenlight gate',
    );
    const overridden = (
      await greenlight(productionId, ep, { reason: 'The pre-sale closes next week' })
    ).ok();
    expect(overridden).toMatchObject({ outcome: 'allowed', result: { stage: 'pre-production' } });
    expect((await t.call('getProduction', { params: { productionId } }, ep)).ok().stage).toBe(
      'pre-production',
    );
    const log = (
      await t.call(
        'auditLog',
        { params: { productionId }, query: { action: 'production.greenlight-override' } },
        ep,
      )
    ).ok();
    expect(
      log.entries.map((e) => [e.outcome, e.actorPersonId, e.amount, e.rule, e.details]),
    ).toEqual([
      [
        'allowed',
        ep.user.personId,
        5_220_000,
        'The executive producer holds the final financial say and may override the greenlight gate',
        {
          reason: 'The pre-sale closes next week',
          overridden: [{ code: 'financing-short', message: expect.any(String) }],
          shortfall: '$52,200.00',
        },
      ],
      [
        'denied',
        producer.user.personId,
        null,
        'Only the executive producer, who holds the final financial say, may override the greenlight gate',
        { reason: 'We will find it', authority: { code: 'not-final-say' } },
      ],
    ]);
    // Each greenlight the gate refused is on the record too, with its reasons.
    const refusals = (
      await t.call(
        'auditLog',
        { params: { productionId }, query: { action: 'production.greenlight' } },
        ep,
      )
    ).ok();
    expect(
      refusals.entries
        .filter((e) => e.outcome === 'denied')
        .map((e) => [
          e.actorPersonId,
          (e.details as { gate: { reasons: { code: string }[] } }).gate.reasons.map((r) => r.code),
        ]),
    ).toEqual([
      [ep.user.personId, ['financing-short']],
      [ep.user.personId, ['no-approved-budget']],
    ]);
  });

  it('lets a covered production through, and checks the gate again when the request is approved', async () => {
    const { productionId, versionId } = await newProduction('Low Water');
    await approve(productionId, versionId);
    const ep = await t.as('executive-producer');
    const producer = await t.as('producer');
    const closed = (
      await addSource(productionId, ep, {
        name: 'Studio',
        kind: 'studio',
        status: 'closed',
        amount: 11_220_000,
        currency: 'USD',
      })
    ).ok();
    const gate = (await t.call('greenlightGate', { params: { productionId } }, ep)).ok();
    expect(gate).toMatchObject({ outcome: 'open', reasons: [], shortfall: null });
    // With the gate open there is nothing to override.
    expect(
      (await greenlight(productionId, ep, { reason: 'Just in case' })).error(409).message,
    ).toBe('The greenlight gate is open: there is nothing to override');

    const asked = (await greenlight(productionId, producer)).ok();
    if (asked.outcome !== 'approval-requested') throw new Error('the greenlight was not routed');
    // The studio walks away while the request waits: approving it now is refused, and it stays pending.
    const withdrawn = await t.call(
      'moveFinancingSource',
      {
        params: { productionId, sourceId: field(closed, 'sourceId') },
        body: { to: 'withdrawn', version: 1 },
      },
      producer,
    );
    expect(withdrawn.ok().outcome).toBe('allowed');
    const stale = await t.call(
      'approve',
      { params: { requestId: asked.request.id }, body: {} },
      ep,
    );
    expect(stale.error(409).message).toMatch(/greenlight gate refuses/);
    expect(
      (await t.call('approval', { params: { requestId: asked.request.id } }, ep)).ok().status,
    ).toBe('pending');
    await addSource(productionId, ep, {
      name: 'Second studio',
      kind: 'studio',
      status: 'drawn',
      amount: 12_000_000,
      currency: 'USD',
    });
    const approved = await t.call(
      'approve',
      { params: { requestId: asked.request.id }, body: {} },
      ep,
    );
    expect(approved.ok().status).toBe('approved');
    expect((await t.call('getProduction', { params: { productionId } }, ep)).ok().stage).toBe(
      'pre-production',
    );
  });

  it('shows the demo’s plan: the gap, the cash flow by week and the waterfall for a revenue figure', async () => {
    const ep = await t.as('executive-producer');
    const params = { productionId: t.productionId };
    const plan = (await t.call('financingPlan', { params }, ep)).ok();
    expect(plan.sources.map((s) => [s.kind, s.status])).toEqual([
      ['equity', 'closed'],
      ['tax-incentive', 'closed'],
      ['producer-funds', 'closed'],
      ['pre-sale', 'in-negotiation'],
      ['gap-loan', 'prospect'],
    ]);
    expect(plan.gap?.gap).toBeGreaterThan(0);
    const preSale = plan.sources.find((s) => s.kind === 'pre-sale');
    expect(preSale).toMatchObject({ currency: 'EUR' });
    expect(preSale?.amountInBudgetCurrency).toBe(
      Math.round(((preSale?.amount ?? 0) * 1085) / 1000),
    );
    expect(preSale?.moves.find((m) => m.to === 'closed')?.action).toBe('financing.close-deal');

    const flow = (await t.call('cashFlow', { params, query: {} }, ep)).ok();
    expect(flow.firstWeek).toBe('2026-11-16');
    expect(flow.weeks[1]?.startsOn).toBe('2026-11-23');
    expect(flow.totalSpending).toBe(plan.budget?.grandTotal);
    // The tax credit arrives after delivery: the cash runs short before then.
    expect(flow.firstShortWeek).not.toBeNull();
    const withCommitted = (
      await t.call('cashFlow', { params, query: { include: 'committed' } }, ep)
    ).ok();
    expect(withCommitted.totalDrawdowns).toBe(flow.totalDrawdowns);

    const revenue = 500_000_000;
    const waterfall = (
      await t.call('waterfall', { params, query: { revenue, feeBp: 2_500 } }, ep)
    ).ok();
    expect(waterfall.tiers.map((tier) => tier.kind)).toEqual(['fee', 'recoup', 'split']);
    expect(waterfall.tiers[0]?.paid).toBe(125_000_000);
    // Every cent of the revenue is paid to someone, or left with the production.
    expect(waterfall.payees.reduce((sum, p) => sum + p.amount, 0) + waterfall.undistributed).toBe(
      revenue,
    );
    const refused = await t.call(
      'waterfall',
      { params, query: { revenue: 1 } },
      await t.as('crew'),
    );
    expect(refused.error(403).code).toBe('forbidden');
  });
});
