import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalRequestDto } from '@greenlight/contract';
import type { Department, Role } from '@greenlight/domain';
import { createUser } from './services/session-service.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';
import {
  auditOfRequest,
  decideRequest,
  expenditureFor as demoExpenditureFor,
  requestSpending as demoRequestSpending,
  type Verb,
} from './testing/demo-requests.js';

describe('approval requests over HTTP, on the demo production', () => {
  let t: DemoTestApp;
  beforeAll(async () => {
    t = await createDemoTestApp();
  });
  afterAll(() => t.close());

  const production = () => ({ productionId: t.productionId });

  const requestSpending = (
    role: Role,
    dollars: number,
    description: string,
    department?: Department,
  ) => demoRequestSpending(t, role, dollars, description, department);
  const decide = (
    verb: Verb,
    request: Pick<ApprovalRequestDto, 'id'>,
    role: Role,
    body?: Record<string, string>,
  ) => decideRequest(t, verb, request, role, body);
  const auditOf = (requestId: string) => auditOfRequest(t, requestId);
  const expenditureFor = (requestId: string) => demoExpenditureFor(t, requestId);

  describe('an expenditure above the producer’s limit', () => {
    let request: ApprovalRequestDto;

    it('is created pending and routed to the executive producer (201, approval-requested)', async () => {
      const producer = await t.as('producer');
      const response = await t.call(
        'createExpenditure',
        {
          params: production(),
          body: {
            description: 'Night exteriors lighting package',
            vendor: 'Harbour Grip & Electric',
            department: 'grip',
            amount: 15_000_000,
          },
        },
        producer,
      );
      const created = response.ok();
      expect(response.status).toBe(201);
      expect(created.outcome).toBe('approval-requested');
      expect(created.rule).toContain('$150,000.00 is above');
      expect(created.rule).toContain('routed to the executive producer');
      expect(created.expenditure).toMatchObject({
        amount: 15_000_000,
        status: 'pending-approval',
        requestedBy: producer.user.personId,
      });
      expect(created.request).not.toBeNull();
      request = created.request as ApprovalRequestDto;
      expect(created.expenditure.approvalRequestId).toBe(request.id);
      expect(request).toMatchObject({
        action: 'expenditure.commit',
        amount: 15_000_000,
        department: 'grip',
        status: 'pending',
        level: 0,
        routedTo: [{ personId: await t.personOf('executive-producer'), name: 'Eleanor Vance' }],
        canDecide: false,
        canWithdraw: true,
        canEscalate: false, // already with the final say on money
      });
    });

    it('shows in the executive producer’s inbox and in the producer’s own list', async () => {
      const awaiting = (
        await t.call(
          'approvals',
          { query: { scope: 'awaiting-me' } },
          await t.as('executive-producer'),
        )
      ).ok();
      expect(awaiting.requests.find((r) => r.id === request.id)).toMatchObject({
        canDecide: true,
        canWithdraw: false,
      });
      const mine = (
        await t.call('approvals', { query: { scope: 'mine' } }, await t.as('producer'))
      ).ok();
      expect(mine.requests.map((r) => r.id)).toContain(request.id);
      const notMine = (
        await t.call('approvals', { query: { scope: 'awaiting-me' } }, await t.as('director'))
      ).ok();
      expect(notMine.requests.map((r) => r.id)).not.toContain(request.id);
    });

    it('cannot be approved by the producer who asked (403, self-approval), and the attempt is audited', async () => {
      const refused = (await decide('approve', request, 'producer')).error(403);
      expect(refused).toMatchObject({
        code: 'forbidden',
        message: 'Nobody may approve their own request',
      });
      const audit = await auditOf(request.id);
      expect(audit.at(-1)).toMatchObject({
        action: 'approvals.decide',
        outcome: 'denied',
        actorPersonId: await t.personOf('producer'),
        amount: 15_000_000,
        details: { attempted: 'approve', code: 'forbidden' },
      });
    });

    it.each<[Role, RegExp]>([
      ['director', /^Only .* may approve requests to commit/],
      ['crew', /^Only .* may approve requests to commit/],
      ['cast', /^Only .* may approve requests to commit/],
      // The request concerns the grip department: the camera department head holds nothing there.
      ['department-head', /^Only .* may approve requests to commit an expenditure$/],
      ['unit-production-manager', /^\$150,000\.00 is above/],
    ])('cannot be approved or rejected by the %s (403)', async (role, message) => {
      expect((await decide('approve', request, role)).error(403).message).toMatch(message);
      expect(
        (await decide('reject', request, role, { reason: 'Too expensive' })).error(403).message,
      ).toMatch(message);
    });

    it('is approved by the executive producer, which commits the expenditure', async () => {
      const before = (await expenditureFor(request.id)).list;
      const approved = (
        await decide('approve', request, 'executive-producer', { note: 'Night work is the film' })
      ).ok();
      expect(approved).toMatchObject({
        id: request.id,
        status: 'approved',
        decidedBy: await t.personOf('executive-producer'),
        decidedByName: 'Eleanor Vance',
        decisionReason: 'Night work is the film',
        canDecide: false,
      });
      const { expenditure, list } = await expenditureFor(request.id);
      expect(expenditure.status).toBe('committed');
      expect(list.committedTotal).toBe(before.committedTotal + 15_000_000);
      expect(list.pendingTotal).toBe(before.pendingTotal - 15_000_000);
    });

    it('leaves the request and the approval in the audit log, with the amount', async () => {
      const audit = await auditOf(request.id);
      expect(audit.map((e) => e.outcome)).toEqual([
        'approval-requested',
        ...Array<string>(11).fill('denied'),
        'approved',
      ]);
      expect(audit[0]).toMatchObject({
        action: 'expenditure.commit',
        actorPersonId: await t.personOf('producer'),
        actorName: 'Paul Okafor',
        amount: 15_000_000,
      });
      expect(audit.at(-1)).toMatchObject({
        action: 'expenditure.commit',
        outcome: 'approved',
        actorPersonId: await t.personOf('executive-producer'),
        amount: 15_000_000,
        rule: 'Executive producer may approve requests to commit an expenditure with no signing limit',
        details: { note: 'Night work is the film', level: 0 },
      });
    });

    it('cannot be decided a second time (409)', async () => {
      const again = (await decide('approve', request, 'executive-producer')).error(409);
      expect(again).toMatchObject({
        code: 'conflict',
        message: 'The request is already approved',
      });
      expect((await decide('reject', request, 'executive-producer', { reason: 'No' })).status).toBe(
        409,
      );
      expect((await decide('withdraw', request, 'producer')).status).toBe(409);
      const { expenditure } = await expenditureFor(request.id);
      expect(expenditure.status).toBe('committed');
    });
  });

  describe('rejecting', () => {
    it('requires a reason (400 without), then rejects and releases the expenditure', async () => {
      const request = await requestSpending('producer', 120_000, 'Second unit helicopter day');
      const missing = await t.call(
        'reject',
        { params: { requestId: request.id }, body: {} as { reason: string } },
        await t.as('executive-producer'),
      );
      expect(missing.error(400)).toMatchObject({
        code: 'validation',
        message: expect.stringContaining('reason'),
      });
      expect(
        (await decide('reject', request, 'executive-producer', { reason: '   ' })).status,
      ).toBe(400);
      expect((await expenditureFor(request.id)).expenditure.status).toBe('pending-approval');

      const rejected = (
        await decide('reject', request, 'executive-producer', { reason: 'Shoot it from the pier' })
      ).ok();
      expect(rejected).toMatchObject({
        status: 'rejected',
        decisionReason: 'Shoot it from the pier',
      });
      expect((await expenditureFor(request.id)).expenditure.status).toBe('rejected');
      expect((await auditOf(request.id)).at(-1)).toMatchObject({
        outcome: 'rejected',
        amount: 12_000_000,
        details: { reason: 'Shoot it from the pier' },
      });
    });
  });

  describe('withdrawing', () => {
    it('is only for the requester', async () => {
      const request = await requestSpending(
        'producer',
        110_000,
        'Extra shoot day at the lighthouse',
      );
      for (const role of ['executive-producer', 'director', 'unit-production-manager'] as const) {
        expect((await decide('withdraw', request, role)).error(403)).toMatchObject({
          code: 'forbidden',
          message: 'Only the requester may withdraw a request',
        });
      }
      expect((await expenditureFor(request.id)).expenditure.status).toBe('pending-approval');
      const withdrawn = (await decide('withdraw', request, 'producer')).ok();
      expect(withdrawn).toMatchObject({ status: 'withdrawn', canWithdraw: false });
      expect((await expenditureFor(request.id)).expenditure.status).toBe('withdrawn');
      expect((await decide('withdraw', request, 'producer')).status).toBe(409);
      expect((await decide('approve', request, 'executive-producer')).status).toBe(409);
    });
  });

  describe('escalating', () => {
    it('climbs the reporting line to the final say and is then refused with the reason', async () => {
      // $2,000 is above the department head's $1,000: routed to the UPM, whom the department head reports to.
      const request = await requestSpending('department-head', 2_000, 'Lens filters', 'camera');
      const upm = await t.personOf('unit-production-manager');
      const producer = await t.personOf('producer');
      const ep = await t.personOf('executive-producer');
      expect(request.routedTo.map((r) => r.personId)).toEqual([upm]);
      expect(request.canEscalate).toBe(true);

      // Only the requester and the people it is routed to may escalate.
      expect((await decide('escalate', request, 'director')).error(403).message).toBe(
        'Only the requester or the people it is routed to may escalate a request',
      );

      const first = (await decide('escalate', request, 'department-head')).ok();
      expect(first).toMatchObject({ level: 1, status: 'pending' });
      expect(first.routedTo.map((r) => r.personId)).toEqual([producer]);

      const second = (await decide('escalate', request, 'producer')).ok();
      expect(second.level).toBe(2);
      expect(second.routedTo.map((r) => r.personId)).toEqual([ep]);
      expect(second.canEscalate).toBe(false);

      const refused = (await decide('escalate', request, 'executive-producer')).error(409);
      expect(refused).toMatchObject({
        code: 'conflict',
        message:
          'The request is already with the executive producer, who has the final say on financial decisions',
      });
      const audit = await auditOf(request.id);
      expect(audit.map((e) => e.outcome)).toEqual([
        'approval-requested',
        'denied',
        'escalated',
        'escalated',
        'denied',
      ]);
      expect(audit[2]).toMatchObject({ details: { from: [upm], to: [producer], level: 1 } });

      // Escalation does not take the decision away from those below who still hold enough authority.
      const approved = (await decide('approve', request, 'unit-production-manager')).ok();
      expect(approved.status).toBe('approved');
    });
  });

  describe('who may see a request', () => {
    it('answers 404 to someone who is not on the production, for reads and decisions alike', async () => {
      await createUser(t.deps, {
        email: 'stranger@elsewhere.example',
        name: 'Stan Stranger',
        password: 'a long enough password',
        isAdmin: false,
      });
      const stranger = await t.signIn('stranger@elsewhere.example', 'a long enough password');
      const request = await requestSpending('producer', 101_000, 'Generator upgrade');
      const params = { requestId: request.id };
      expect((await t.call('approval', { params }, stranger)).error(404).code).toBe('not-found');
      expect((await t.call('approve', { params, body: {} }, stranger)).error(404).code).toBe(
        'not-found',
      );
      expect((await t.call('escalate', { params }, stranger)).status).toBe(404);
      expect(
        (await t.call('approvals', { query: { scope: 'all' } }, stranger)).ok().requests,
      ).toEqual([]);
      expect((await t.call('getProduction', { params: production() }, stranger)).status).toBe(404);
      // Everyone on the production may read it.
      expect((await t.call('approval', { params }, await t.as('cast'))).ok().id).toBe(request.id);
    });
  });
});
