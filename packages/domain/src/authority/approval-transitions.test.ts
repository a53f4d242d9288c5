import { describe, expect, it } from 'vitest';
import { instant } from '../shared/calendar-date.js';
import type { ApprovalRequestId, PersonId } from '../shared/ids.js';
import { scenario, type Scenario } from '../testing/index.js';
import type { ActionId } from './action-catalog.js';
import type { ApprovalRequest } from './approval-request.js';
import {
  approveRequest,
  escalateRequest,
  openApprovalRequest,
  rejectRequest,
  withdrawRequest,
} from './approval-transitions.js';
import { auditEventForDecision } from './audit-event-for-decision.js';
import { decide } from './decide.js';
import type { DecisionContext } from './decision.js';

const LATER = instant('2026-03-02T10:00:00.000Z');

const open = (
  s: Scenario,
  requester: string,
  action: ActionId,
  context: Omit<DecisionContext, 'today'> = {},
): ApprovalRequest => {
  const decision = decide(s.snapshot, s.personOf(requester), action, {
    today: s.today,
    ...context,
  });
  if (decision.outcome !== 'requires-approval')
    throw new Error(`expected requires-approval, got ${decision.outcome}`);
  return openApprovalRequest({
    id: 'request-1' as ApprovalRequestId,
    productionId: s.snapshot.productionId,
    requestedBy: s.personOf(requester),
    decision,
    context,
    summary: '  Crane and remote head, 2 weeks ',
    payload: { vendor: 'Acme Grip' },
    now: s.now,
  });
};

describe('openApprovalRequest', () => {
  it('builds a pending request routed to the decision’s approvers', () => {
    const s = scenario().build();
    const request = open(s, 'producer', 'expenditure.commit', {
      amount: s.money(150_000),
      department: 'camera',
    });
    expect(request).toEqual({
      id: 'request-1',
      productionId: s.snapshot.productionId,
      action: 'expenditure.commit',
      requestedBy: s.personOf('producer'),
      amount: s.money(150_000),
      department: 'camera',
      summary: 'Crane and remote head, 2 weeks',
      payload: { vendor: 'Acme Grip' },
      status: 'pending',
      routedTo: [s.personOf('executive-producer')],
      level: 0,
      createdAt: s.now,
      decidedAt: null,
      decidedBy: null,
      decisionReason: null,
    });
  });

  it('drops an amount on an action without money and fills a blank summary', () => {
    const s = scenario().build();
    const decision = decide(s.snapshot, s.personOf('co-producer'), 'production.edit', {
      today: s.today,
    });
    if (decision.outcome !== 'requires-approval') throw new Error('expected requires-approval');
    const request = openApprovalRequest({
      id: 'request-2' as ApprovalRequestId,
      productionId: s.snapshot.productionId,
      requestedBy: s.personOf('co-producer'),
      decision,
      context: { amount: s.money(5) },
      summary: '   ',
      payload: null,
      now: s.now,
    });
    expect(request).toMatchObject({
      amount: null,
      department: null,
      summary: 'Edit production details',
    });
  });
});

describe('approveRequest', () => {
  const s = scenario().build();
  const request = open(s, 'producer', 'expenditure.commit', { amount: s.money(150_000) });
  const opts = { now: LATER, today: s.today };

  it('approves for an eligible person and records the rule', () => {
    const r = approveRequest(s.snapshot, request, s.personOf('executive-producer'), {
      ...opts,
      note: ' fine ',
    });
    expect(r).toEqual({
      ok: true,
      value: {
        request: {
          ...request,
          status: 'approved',
          decidedAt: LATER,
          decidedBy: s.personOf('executive-producer'),
          decisionReason: 'fine',
        },
        event: {
          productionId: s.snapshot.productionId,
          at: LATER,
          actorPersonId: s.personOf('executive-producer'),
          action: 'expenditure.commit',
          outcome: 'approved',
          rule: 'Executive producer may approve requests to commit an expenditure with no signing limit',
          amount: s.money(150_000),
          approvalRequestId: request.id,
          details: {
            basis: { via: 'role', role: 'executive-producer', limit: null },
            level: 0,
            note: 'fine',
          },
        },
      },
    });
  });

  it('refuses the requester', () => {
    const r = approveRequest(s.snapshot, request, s.personOf('producer'), opts);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: 'Nobody may approve their own request' },
    });
  });

  it('refuses someone whose limit is too low, even if it was routed to them', () => {
    const rerouted = { ...request, routedTo: [s.personOf('unit-production-manager')] };
    expect(
      approveRequest(s.snapshot, rerouted, s.personOf('unit-production-manager'), opts),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: "$150,000.00 is above the unit production manager's signing limit of $50,000.00",
      },
    });
  });

  it('lets anyone eligible decide, routed to them or not', () => {
    const small = open(s, 'associate-producer', 'expenditure.commit', { amount: s.money(2_000) });
    expect(small.routedTo).toEqual([s.personOf('producer')]);
    expect(approveRequest(s.snapshot, small, s.personOf('unit-production-manager'), opts).ok).toBe(
      true,
    );
  });

  it('checks authority against the snapshot of the moment', () => {
    const lowered = scenario().withPersonLimit('executive-producer', 100_000).build();
    expect(
      approveRequest(lowered.snapshot, request, lowered.personOf('executive-producer'), opts),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a request that is no longer pending', () => {
    const done = { ...request, status: 'withdrawn' as const };
    expect(approveRequest(s.snapshot, done, s.personOf('executive-producer'), opts)).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'The request is already withdrawn' },
    });
  });

  it('refuses a snapshot of another production', () => {
    const other = { ...s.snapshot, productionId: 'production-2' as typeof s.snapshot.productionId };
    expect(approveRequest(other, request, s.personOf('executive-producer'), opts)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('rejectRequest', () => {
  const s = scenario().build();
  const request = open(s, 'producer', 'expenditure.commit', { amount: s.money(150_000) });
  const ep = s.personOf('executive-producer');

  it('rejects with a reason', () => {
    const r = rejectRequest(s.snapshot, request, ep, {
      now: LATER,
      today: s.today,
      reason: ' Over budget ',
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        request: {
          status: 'rejected',
          decidedBy: ep,
          decisionReason: 'Over budget',
          decidedAt: LATER,
        },
        event: { outcome: 'rejected', actorPersonId: ep, details: { reason: 'Over budget' } },
      },
    });
  });

  it('requires a reason', () => {
    expect(
      rejectRequest(s.snapshot, request, ep, { now: LATER, today: s.today, reason: '  ' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });

  it('requires authority to decide', () => {
    expect(
      rejectRequest(s.snapshot, request, s.personOf('crew'), {
        now: LATER,
        today: s.today,
        reason: 'no',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      rejectRequest(s.snapshot, request, s.personOf('producer'), {
        now: LATER,
        today: s.today,
        reason: 'no',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('withdrawRequest', () => {
  const s = scenario().build();
  const request = open(s, 'producer', 'expenditure.commit', { amount: s.money(150_000) });

  it('lets the requester withdraw', () => {
    expect(withdrawRequest(request, s.personOf('producer'), { now: LATER })).toMatchObject({
      ok: true,
      value: {
        request: { status: 'withdrawn', decidedBy: s.personOf('producer') },
        event: { outcome: 'withdrawn' },
      },
    });
  });

  it('refuses anyone else, and a decided request', () => {
    expect(
      withdrawRequest(request, s.personOf('executive-producer'), { now: LATER }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      withdrawRequest({ ...request, status: 'approved' }, s.personOf('producer'), { now: LATER }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('escalateRequest', () => {
  const s = scenario().inDepartment('camera').build();
  const request = open(s, 'crew', 'expenditure.commit', {
    amount: s.money(500),
    department: 'camera',
  });
  const opts = { now: LATER, today: s.today };

  it('climbs the chain to the final say, then refuses', () => {
    expect(request.routedTo).toEqual([s.personOf('department-head')]);
    const steps: PersonId[][] = [];
    let current = request;
    for (;;) {
      const r = escalateRequest(s.snapshot, current, s.personOf('crew'), opts);
      if (!r.ok) {
        expect(r.error).toMatchObject({
          code: 'conflict',
          message:
            'The request is already with the executive producer, who has the final say on financial decisions',
        });
        break;
      }
      expect(r.value.event).toMatchObject({
        outcome: 'escalated',
        details: { from: current.routedTo, to: r.value.request.routedTo },
      });
      current = r.value.request;
      steps.push([...current.routedTo]);
    }
    expect(steps).toEqual(
      [['unit-production-manager'], ['producer'], ['executive-producer']].map((x) =>
        x.map(s.personOf),
      ),
    );
    expect(current.level).toBe(3);
  });

  it('words the event with roles', () => {
    const r = escalateRequest(s.snapshot, request, s.personOf('department-head'), opts);
    expect(r).toMatchObject({
      ok: true,
      value: {
        event: {
          rule: 'Escalated to the unit production manager',
          actorPersonId: s.personOf('department-head'),
        },
      },
    });
  });

  it('is only for the requester and the people it is routed to', () => {
    expect(escalateRequest(s.snapshot, request, s.personOf('producer'), opts)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('refuses a decided request', () => {
    expect(
      escalateRequest(s.snapshot, { ...request, status: 'rejected' }, s.personOf('crew'), opts),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

describe('auditEventForDecision', () => {
  const s = scenario().build();
  const producer = s.personOf('producer');

  it('records an allowed action with its rule and basis', () => {
    const d = decide(s.snapshot, producer, 'expenditure.commit', {
      today: s.today,
      amount: s.money(10),
    });
    expect(
      auditEventForDecision(s.snapshot, producer, d, {
        now: s.now,
        amount: s.money(10),
        details: { vendor: 'Acme' },
      }),
    ).toEqual({
      productionId: s.snapshot.productionId,
      at: s.now,
      actorPersonId: producer,
      action: 'expenditure.commit',
      outcome: 'allowed',
      rule: 'Producer may commit an expenditure up to $100,000.00',
      amount: s.money(10),
      approvalRequestId: null,
      details: {
        vendor: 'Acme',
        authority: { basis: { via: 'role', role: 'producer', limit: s.money(100_000) } },
      },
    });
  });

  it('records a denial with its reason and code', () => {
    const d = decide(s.snapshot, s.personOf('cast'), 'production.edit', { today: s.today });
    const event = auditEventForDecision(s.snapshot, s.personOf('cast'), d, { now: s.now });
    expect(event).toMatchObject({
      outcome: 'denied',
      amount: null,
      details: { authority: { code: 'no-authority' } },
    });
    expect(event.rule).toContain('The cast may not edit production details');
  });

  it('records a routed request with its request id', () => {
    const d = decide(s.snapshot, producer, 'expenditure.commit', {
      today: s.today,
      amount: s.money(150_000),
    });
    const e = auditEventForDecision(s.snapshot, producer, d, {
      now: s.now,
      amount: s.money(150_000),
      approvalRequestId: 'request-9' as ApprovalRequestId,
      details: 'raw',
    });
    expect(e).toMatchObject({
      outcome: 'approval-requested',
      approvalRequestId: 'request-9',
      rule: "$150,000.00 is above the producer's signing limit of $100,000.00; routed to the executive producer",
      details: { data: 'raw', authority: { approvers: [s.personOf('executive-producer')] } },
    });
  });
});
