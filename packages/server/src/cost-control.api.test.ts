import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResultDto, CostReportDto, RouteInput } from '@greenlight/contract';
import type { Role } from '@greenlight/domain';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

type DocumentBody = RouteInput<'createSpendingDocument'>['body'];

const resultField = (result: ActionResultDto, key: string): unknown => {
  if (result.outcome !== 'allowed') throw new Error(`Expected allowed, got ${result.outcome}`);
  return (result.result as Record<string, unknown>)[key];
};

const rowOf = (report: CostReportDto, account: string) => {
  const row = report.sections.flatMap((s) => s.rows).find((r) => r.accountNumber === account);
  if (row === undefined) throw new Error(`No account ${account} in the cost report`);
  return row;
};

describe('cost control over HTTP: spending documents, signing limits, the cost report', () => {
  let t: DemoTestApp;
  let vendorId: string;
  let counter = 0;
  beforeAll(async () => {
    t = await createDemoTestApp();
    const created = (
      await t.call(
        'createVendor',
        {
          params: { productionId: t.productionId },
          body: { name: 'Test Camera House', kind: 'rental-house', contact: 'desk@example.com' },
        },
        await t.as('production-manager'),
      )
    ).ok();
    vendorId = resultField(created, 'vendorId') as string;
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });

  /** Enters a draft as `role` and submits it; returns its id and version. */
  const enter = async (role: Role, body: Partial<DocumentBody> & Pick<DocumentBody, 'lines'>) => {
    counter += 1;
    const session = await t.as(role);
    const created = (
      await t.call(
        'createSpendingDocument',
        {
          params: production(),
          body: {
            kind: 'purchase-order',
            number: `T-${counter}`,
            vendorId,
            date: '2026-03-01',
            ...body,
          },
        },
        session,
      )
    ).ok();
    return resultField(created, 'documentId') as string;
  };
  const submit = async (role: Role, documentId: string) => {
    const current = await get(documentId);
    return (
      await t.call(
        'submitSpendingDocument',
        { params: { ...production(), documentId }, body: { version: current.version } },
        await t.as(role),
      )
    ).ok();
  };
  const get = async (documentId: string) =>
    (
      await t.call(
        'spendingDocument',
        { params: { ...production(), documentId } },
        await t.as('production-accountant'),
      )
    ).ok();
  const approve = async (role: Role, documentId: string) => {
    const current = await get(documentId);
    return t.call(
      'approveSpendingDocument',
      { params: { ...production(), documentId }, body: { version: current.version } },
      await t.as(role),
    );
  };
  const report = async () =>
    (
      await t.call(
        'costReport',
        { params: production(), query: { asOf: '2026-03-02' } },
        await t.as('production-accountant'),
      )
    ).ok();

  it('escalates a purchase order by signing limit until someone covers it; the requester never signs', async () => {
    const po = await enter('department-head', {
      lines: [
        { id: 'l1', accountNumber: '3300', description: 'Camera package', amount: 2_000_000 },
        { id: 'l2', accountNumber: '3300', description: 'Lenses', amount: 1_000_000 },
      ] as DocumentBody['lines'],
    });
    await submit('department-head', po);

    // $30,000 on camera: the department head ($1,000) cannot approve their own anyway.
    const own = await approve('department-head', po);
    expect(own.status).toBe(403);
    expect(own.error(403).message).toMatch(/own/);

    // The production manager ($10,000) is routed to it and signs: above the limit, so it climbs.
    const inboxPm = (
      await t.call('spendingInbox', { params: production() }, await t.as('production-manager'))
    ).ok();
    expect(inboxPm.documents.map((d) => d.id)).toContain(po);
    const pm = (await approve('production-manager', po)).ok();
    expect(pm.outcome).toBe('escalated');
    expect(pm.document.status).toBe('submitted');
    expect(pm.document.route?.state).toBe('pending');

    // The line producer ($25,000) too; the unit production manager ($50,000) covers it: committed.
    expect((await approve('line-producer', po)).ok().outcome).toBe('escalated');
    const upm = (await approve('unit-production-manager', po)).ok();
    expect(upm.outcome).toBe('approved');
    expect(upm.document.status).toBe('committed');
    expect(upm.document.approvals.map((a) => [a.role, a.covers])).toEqual([
      ['production-manager', false],
      ['line-producer', false],
      ['unit-production-manager', true],
    ]);
  });

  it('liquidates a purchase order with an invoice and shows actuals, commitments and EFC per account and top sheet', async () => {
    const before = await report();
    const po = await enter('department-head', {
      lines: [
        { id: 'l1', accountNumber: '3300', description: 'Dolly', amount: 400_000 },
        { id: 'l2', accountNumber: '3300', description: 'Track', amount: 100_000 },
      ] as DocumentBody['lines'],
    });
    await submit('department-head', po);
    expect((await approve('unit-production-manager', po)).ok().document.status).toBe('committed');

    const invoice = await enter('production-accountant', {
      kind: 'invoice',
      purchaseOrderId: po,
      lines: [
        {
          id: 'i1',
          accountNumber: '3300',
          description: 'Dolly, week 1',
          amount: 150_000,
          liquidates: { purchaseOrderLineId: 'l1', amount: 150_000 },
        },
      ] as DocumentBody['lines'],
    });
    await submit('production-accountant', invoice);
    expect((await approve('unit-production-manager', invoice)).ok().document.status).toBe(
      'approved',
    );
    expect((await get(po)).status).toBe('partly-liquidated');

    const after = await report();
    const was = rowOf(before, '3300');
    const now = rowOf(after, '3300');
    expect(now.actualsToDate - was.actualsToDate).toBe(150_000);
    expect(now.commitments - was.commitments).toBe(350_000);
    expect(now.estimatedFinalCost).toBe(
      now.actualsToDate + now.commitments + now.estimateToComplete,
    );
    expect(now.variance).toBe(now.budget - now.estimatedFinalCost);
    const g = after.grandTotal;
    expect(g.estimatedFinalCost).toBe(g.actualsToDate + g.commitments + g.estimateToComplete);
    expect(g.actualsToDate - before.grandTotal.actualsToDate).toBe(150_000);

    // The drill-down lists the invoice line as an actual and the open PO lines as commitments.
    const postings = (
      await t.call(
        'costPostings',
        { params: { ...production(), accountNumber: '3300' }, query: { asOf: '2026-03-02' } },
        await t.as('production-accountant'),
      )
    ).ok();
    expect(postings.postings.filter((p) => p.documentId === invoice).map((p) => p.kind)).toEqual([
      'actual',
    ]);
    expect(
      postings.postings.filter((p) => p.documentId === po).reduce((sum, p) => sum + p.amount, 0),
    ).toBe(350_000);

    // Paying the invoice changes no figure; an entered estimate replaces the default.
    const current = await get(invoice);
    expect(
      (
        await t.call(
          'paySpendingDocument',
          { params: { ...production(), documentId: invoice }, body: { version: current.version } },
          await t.as('production-accountant'),
        )
      ).ok().outcome,
    ).toBe('allowed');
    (
      await t.call(
        'saveCostEstimates',
        {
          params: production(),
          body: { estimates: [{ target: 'account', key: '3300', amount: 7_000_000 }] },
        },
        await t.as('production-accountant'),
      )
    ).ok();
    const estimated = rowOf(await report(), '3300');
    expect(estimated.estimateSource).toBe('entered');
    expect(estimated.estimateToComplete).toBe(7_000_000);
    expect(estimated.actualsToDate).toBe(now.actualsToDate);
  });

  it('refuses a submission the matrix denies, and a draft change by someone else', async () => {
    const doc = await enter('production-accountant', {
      kind: 'check-request',
      lines: [{ id: 'c1', accountNumber: '3300', amount: 10_000 }] as DocumentBody['lines'],
    });
    // The crew member may not touch it: not theirs to submit (and crew cannot enter documents).
    const crew = await t.call(
      'submitSpendingDocument',
      { params: { ...production(), documentId: doc }, body: { version: (await get(doc)).version } },
      await t.as('crew'),
    );
    expect(crew.status).toBe(403);
    expect((await get(doc)).status).toBe('draft');
  });

  it('counts exactly one of two approvals of one document at once', async () => {
    const po = await enter('department-head', {
      lines: [{ id: 'l1', accountNumber: '3300', amount: 500_000 }] as DocumentBody['lines'],
    });
    await submit('department-head', po);
    const { version } = await get(po);
    const [a, b] = await Promise.all(
      (['production-manager', 'unit-production-manager'] as const).map(async (role) =>
        t.call(
          'approveSpendingDocument',
          { params: { ...production(), documentId: po }, body: { version } },
          await t.as(role),
        ),
      ),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const stored = await get(po);
    expect(stored.status).toBe('committed');
    expect(stored.approvals.filter((x) => x.covers)).toHaveLength(1);
  });

  it('routes an overage request through budget.approve-overage and records it once approved', async () => {
    const asked = (
      await t.call(
        'requestOverage',
        {
          params: production(),
          body: { accountNumber: '3300', amount: 2_500_000, reason: 'Second camera unit' },
        },
        await t.as('line-producer'),
      )
    ).ok();
    expect(asked.outcome).toBe('approval-requested');
    expect(
      (await t.call('overages', { params: production() }, await t.as('producer'))).ok().overages,
    ).toHaveLength(0);
    if (asked.outcome !== 'approval-requested') throw new Error('not routed');
    (
      await t.call(
        'approve',
        { params: { requestId: asked.request.id }, body: {} },
        await t.as('executive-producer'),
      )
    ).ok();
    const overages = (
      await t.call('overages', { params: production() }, await t.as('producer'))
    ).ok().overages;
    expect(overages.map((o) => [o.accountNumber, o.amount])).toEqual([['3300', 2_500_000]]);
  });

  it('issues a weekly report, and the next one shows the change since it', async () => {
    (
      await t.call(
        'issueCostReport',
        { params: production(), body: { asOf: '2026-03-01' } },
        await t.as('production-accountant'),
      )
    ).ok();
    const next = await report();
    expect(next.previousAsOf).toBe('2026-03-01');
    expect(next.grandTotal.changeSinceLastReport).not.toBeNull();
  });

  it('downloads the cost report as a real PDF and XLSX', async () => {
    const cookie = (await t.as('production-accountant')).cookie;
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/cost-report.pdf`,
      headers: { cookie },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/v1/productions/${t.productionId}/cost-report.xlsx`,
      headers: { cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
