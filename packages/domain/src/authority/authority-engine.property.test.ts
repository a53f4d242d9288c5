import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainOfCommand } from '../production/chain-of-command.js';
import { buildOrgChart, type OrgChartNode } from '../production/org-chart.js';
import type { Role } from '../production/roles.js';
import { instant } from '../shared/calendar-date.js';
import type { ApprovalRequestId, PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import {
  arbAuthorityCase,
  arbAuthorityMatrix,
  arbTeam,
  type AuthorityCase,
} from '../testing/index.js';
import { actionDefinition } from './action-catalog.js';
import type { ApprovalRequest } from './approval-request.js';
import {
  approveRequest,
  escalateRequest,
  openApprovalRequest,
  rejectRequest,
} from './approval-transitions.js';
import type { MoneyLimit } from './authority-matrix.js';
import type { AuthoritySnapshot } from './authority-snapshot.js';
import { decide } from './decide.js';
import { eligibleToApprove } from './eligible-to-approve.js';
import { finalSayHolders, routeApprovers } from './route-approvers.js';
import { validateAuthorityMatrix } from './validate-authority-matrix.js';

const NOW = instant('2026-03-05T12:00:00.000Z');
const RUNS = { numRuns: 500 };

const pending = (c: AuthorityCase, routedTo: readonly PersonId[]): ApprovalRequest => ({
  id: 'request-1' as ApprovalRequestId,
  productionId: c.snapshot.productionId,
  action: c.action,
  requestedBy: c.personId,
  amount: actionDefinition(c.action).involvesMoney ? c.amount : null,
  department: c.department,
  summary: 'Something',
  payload: null,
  status: 'pending',
  routedTo,
  level: 0,
  createdAt: NOW,
  decidedAt: null,
  decidedBy: null,
  decisionReason: null,
});

/** Everyone who could conceivably try: the team, delegates, and someone from nowhere. */
const everyone = (c: AuthorityCase): PersonId[] => [
  ...new Set([
    ...c.people.map((p) => p.id),
    ...c.snapshot.delegations.flatMap((d) => [d.fromPersonId, d.toPersonId]),
    'person-nobody' as PersonId,
  ]),
];

// An independent reading of the approval rules, written from the spec rather than from the implementation,
// so property (b) checks the engine against something other than itself.
const coversAmount = (limit: MoneyLimit, amount: MinorUnits): boolean =>
  limit === null || amount <= limit;
const higher = (a: MoneyLimit, b: MoneyLimit): MoneyLimit =>
  a === null || b === null ? null : (Math.max(a, b) as MinorUnits);
const lower = (a: MoneyLimit, b: MoneyLimit): MoneyLimit =>
  a === null ? b : b === null ? a : (Math.min(a, b) as MinorUnits);

const ownDecidingLimit = (
  snapshot: AuthoritySnapshot,
  person: PersonId,
  request: ApprovalRequest,
): MoneyLimit | 'none' => {
  const definition = actionDefinition(request.action);
  const rule = snapshot.matrix.rules[request.action];
  const deciders = rule.approve.length > 0 ? rule.approve : rule.perform;
  const finalSay = snapshot.matrix.finalSay[definition.decisionArea];
  const mine = snapshot.assignments.filter(
    (a) => a.personId === person && a.productionId === snapshot.productionId,
  );
  const roles: Role[] = mine
    .filter(
      (a) =>
        deciders.includes(a.role) &&
        (!definition.departmentScoped ||
          (a.role !== 'department-head' && a.role !== 'crew') ||
          a.department === request.department),
    )
    .map((a) => a.role);
  if (mine.some((a) => a.role === finalSay)) roles.push(finalSay);
  if (roles.length === 0) return 'none';
  if (!definition.involvesMoney) return null;
  if (Object.hasOwn(snapshot.matrix.personLimits, person))
    return snapshot.matrix.personLimits[person] ?? null;
  return roles.reduce<MoneyLimit>((best, role) => {
    const limit = snapshot.matrix.roleLimits[role];
    return higher(best, limit === undefined ? (0 as MinorUnits) : limit);
  }, 0 as MinorUnits);
};

const referenceMayApprove = (
  c: AuthorityCase,
  person: PersonId,
  request: ApprovalRequest,
): boolean => {
  if (person === request.requestedBy) return false;
  const ok = (limit: MoneyLimit | 'none'): boolean =>
    limit !== 'none' && (request.amount === null || coversAmount(limit, request.amount));
  if (ok(ownDecidingLimit(c.snapshot, person, request))) return true;
  return c.snapshot.delegations.some((d) => {
    if (d.productionId !== c.snapshot.productionId || d.toPersonId !== person || d.revoked)
      return false;
    if (!d.actions.includes(request.action) || d.startsOn > c.today || c.today > d.endsOn)
      return false;
    if (d.fromPersonId === request.requestedBy) return false;
    const theirs = ownDecidingLimit(c.snapshot, d.fromPersonId, request);
    return (
      theirs !== 'none' &&
      ok(actionDefinition(request.action).involvesMoney ? lower(theirs, d.limit) : null)
    );
  });
};

describe('authority engine properties', () => {
  it('arbitrary matrices are valid matrices', () => {
    fc.assert(fc.property(arbAuthorityMatrix(), (m) => validateAuthorityMatrix(m).ok));
  });

  it('(a) nobody can approve their own request', () => {
    fc.assert(
      fc.property(arbAuthorityCase(), (c) => {
        const request = pending(c, routeApprovers(c.snapshot, pending(c, []), c.today));
        expect(request.routedTo).not.toContain(c.personId);
        expect(eligibleToApprove(c.snapshot, c.personId, request, c.today).eligible).toBe(false);
        const approved = approveRequest(c.snapshot, request, c.personId, {
          now: NOW,
          today: c.today,
        });
        expect(approved.ok).toBe(false);
        expect(!approved.ok && approved.error.code).toBe('forbidden');
        const rejected = rejectRequest(c.snapshot, request, c.personId, {
          now: NOW,
          today: c.today,
          reason: 'mine',
        });
        expect(rejected.ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('(b) every approval granted comes from someone eligible, with a limit covering the amount', () => {
    fc.assert(
      fc.property(arbAuthorityCase(), (c) => {
        const request = pending(c, []);
        for (const approver of everyone(c)) {
          const r = approveRequest(c.snapshot, request, approver, { now: NOW, today: c.today });
          const reference = referenceMayApprove(c, approver, request);
          expect(r.ok).toBe(reference);
          if (!r.ok) {
            expect(r.error.code).toBe('forbidden');
            expect(r.error.message.length).toBeGreaterThan(0);
            continue;
          }
          const eligibility = eligibleToApprove(c.snapshot, approver, request, c.today);
          expect(eligibility.eligible).toBe(true);
          expect(approver).not.toBe(request.requestedBy);
          if (eligibility.eligible && request.amount !== null) {
            expect(coversAmount(eligibility.basis.limit, request.amount)).toBe(true);
          }
          expect(r.value.request).toMatchObject({
            status: 'approved',
            decidedBy: approver,
            decidedAt: NOW,
          });
          expect(r.value.event).toMatchObject({
            outcome: 'approved',
            actorPersonId: approver,
            approvalRequestId: request.id,
          });
        }
      }),
      RUNS,
    );
  });

  it('(c) repeated escalation ends with the final say or a refusal, never loops, never reaches the requester', () => {
    fc.assert(
      fc.property(arbAuthorityCase(), fc.boolean(), (c, byApprover) => {
        const decision = decide(c.snapshot, c.personId, c.action, {
          today: c.today,
          amount: c.amount,
          ...(c.department ? { department: c.department } : {}),
        });
        if (decision.outcome !== 'requires-approval') return;
        let request = openApprovalRequest({
          id: 'request-1' as ApprovalRequestId,
          productionId: c.snapshot.productionId,
          requestedBy: c.personId,
          decision,
          context: { amount: c.amount, ...(c.department ? { department: c.department } : {}) },
          summary: 'Something',
          payload: null,
          now: NOW,
        });
        const seen = [JSON.stringify(request.routedTo)];
        const bound = c.snapshot.assignments.length + 3;
        for (let step = 0; ; step++) {
          expect(step).toBeLessThanOrEqual(bound);
          const actor = byApprover ? (request.routedTo[0] ?? c.personId) : c.personId;
          const r = escalateRequest(c.snapshot, request, actor, { now: NOW, today: c.today });
          if (!r.ok) {
            expect(r.error.code).toBe('conflict');
            expect(r.error.message.trim().length).toBeGreaterThan(0);
            if (r.error.message.startsWith('The request is already with')) {
              const holders = finalSayHolders(c.snapshot, c.action);
              expect(request.routedTo.every((p) => holders.includes(p))).toBe(true);
            }
            break;
          }
          request = r.value.request;
          expect(request.level).toBe(step + 1);
          expect(request.routedTo.length).toBeGreaterThan(0);
          expect(request.routedTo).not.toContain(c.personId);
          for (const p of request.routedTo)
            expect(eligibleToApprove(c.snapshot, p, request, c.today).eligible).toBe(true);
          const key = JSON.stringify(request.routedTo);
          expect(seen).not.toContain(key);
          seen.push(key);
        }
      }),
      RUNS,
    );
  });

  it('(d) decide is total, deterministic and consistent with eligibility', () => {
    const amounts = fc.option(
      fc.oneof(
        fc.integer({ min: -5, max: 20_000_000 }),
        fc.constantFrom(Number.NaN, 0.5, Number.MAX_SAFE_INTEGER),
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(arbAuthorityCase(), amounts, fc.boolean(), (c, amount, stranger) => {
        const person = stranger ? ('person-nobody' as PersonId) : c.personId;
        const context = {
          today: c.today,
          ...(amount !== undefined ? { amount: amount as MinorUnits } : {}),
          ...(c.department ? { department: c.department } : {}),
        };
        const first = decide(c.snapshot, person, c.action, context);
        expect(decide(c.snapshot, person, c.action, context)).toEqual(first);
        const definition = actionDefinition(c.action);
        const words = first.outcome === 'allow' ? first.rule : first.reason;
        expect(words.length).toBeGreaterThan(0);
        expect(words).not.toMatch(/undefined|NaN|\[object/);
        switch (first.outcome) {
          case 'allow':
            if (definition.involvesMoney && amount !== undefined)
              expect(coversAmount(first.basis.limit, amount as MinorUnits)).toBe(true);
            break;
          case 'requires-approval': {
            expect(definition.readOnly).toBe(false);
            expect(first.approvers.length).toBeGreaterThan(0);
            expect(first.approvers).not.toContain(person);
            const request = {
              ...pending(c, first.approvers),
              requestedBy: person,
              amount: definition.involvesMoney ? (amount as MinorUnits) : null,
            };
            for (const p of first.approvers)
              expect(eligibleToApprove(c.snapshot, p, request, c.today).eligible).toBe(true);
            break;
          }
          case 'deny':
            if (first.code === 'amount-required') expect(definition.involvesMoney).toBe(true);
            break;
        }
      }),
      RUNS,
    );
  });

  it('reporting structures of any shape: chains end, charts keep everyone once', () => {
    fc.assert(
      fc.property(arbTeam(), (team) => {
        for (const person of team.people) {
          const levels = chainOfCommand(team.assignments, person.id);
          const ids = levels.flat().map((a) => a.id);
          expect(new Set(ids).size).toBe(ids.length);
          const own = new Set(
            team.assignments.filter((a) => a.personId === person.id).map((a) => a.id),
          );
          expect(ids.some((id) => own.has(id))).toBe(false);
        }
        const flatten = (nodes: readonly OrgChartNode[]): string[] =>
          nodes.flatMap((n) => [n.assignment.id, ...flatten(n.reports)]);
        const placed = flatten(buildOrgChart(team.assignments, team.people));
        expect([...placed].sort()).toEqual(team.assignments.map((a) => a.id).sort());
      }),
    );
  });
});
