import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDto } from '@greenlight/contract';
import { loadAuthoritySnapshot } from '@greenlight/db';
import {
  ACTION_CATALOG,
  currencyCode,
  dateInTimeZone,
  decide,
  defaultAuthorityMatrix,
  minorUnits,
  type AuthoritySnapshot,
  type CalendarDate,
  type Decision,
  type Department,
  type PersonId,
  type Role,
} from '@greenlight/domain';
import { DEMO_TEAM } from './demo/demo-team.js';
import { toDecisionDto } from './services/to-decision-dto.js';
import { createDemoTestApp, type DemoTestApp } from './testing/create-demo-test-app.js';

type Outcome = DecisionDto['outcome'];

const DEMO_ROLES: readonly Role[] = DEMO_TEAM.map((m) => m.role);
/** The department head's own department, named for every department-scoped action. */
const DEPARTMENT: Department = 'camera';
const MATRIX = defaultAuthorityMatrix(currencyCode('USD'));

const contextFor = (action: (typeof ACTION_CATALOG)[number]) => ({
  ...(action.involvesMoney ? { amount: 0 } : {}),
  ...(action.departmentScoped ? { department: DEPARTMENT } : {}),
});

/**
 * What the default matrix says, read straight off its rule: a role that performs or approves the action may
 * do it (an amount of zero is within every limit); a role that may request it asks for approval (reading is
 * never requested); any other role is refused.
 */
const expectedByRule = (role: Role, action: (typeof ACTION_CATALOG)[number]): Outcome => {
  const rule = MATRIX.rules[action.id];
  if (rule.perform.includes(role) || rule.approve.includes(role)) return 'allow';
  if (!action.readOnly && rule.request.includes(role)) return 'requires-approval';
  return 'deny';
};

describe('every demo role × every action of the catalog, over HTTP', () => {
  let t: DemoTestApp;
  let snapshot: AuthoritySnapshot;
  const today = (): CalendarDate => dateInTimeZone(t.clock.now(), 'America/Los_Angeles');
  const decideInDomain = (
    personId: PersonId,
    action: (typeof ACTION_CATALOG)[number],
  ): Decision => {
    const context = contextFor(action);
    return decide(snapshot, personId, action.id, {
      today: today(),
      ...(context.amount === undefined ? {} : { amount: minorUnits(context.amount) }),
      ...(context.department === undefined ? {} : { department: context.department }),
    });
  };

  beforeAll(async () => {
    t = await createDemoTestApp();
    const loaded = await loadAuthoritySnapshot(t.database.kysely, t.productionId);
    if (loaded === null) throw new Error('The demo production has no snapshot');
    snapshot = loaded;
  });
  afterAll(() => t.close());

  it('runs on the default matrix with the whole team on the production, one person per role', async () => {
    expect(snapshot.matrix).toEqual(MATRIX);
    const roles = snapshot.assignments.map((a) => a.role).sort();
    expect(roles).toEqual([...DEMO_ROLES].sort());
    for (const role of DEMO_ROLES) {
      const personId = await t.personOf(role);
      expect(
        snapshot.assignments.filter((a) => a.personId === personId).map((a) => a.role),
      ).toEqual([role]);
    }
  });

  it.each(DEMO_ROLES.map((role) => [role]))(
    'the dry-run decision of the %s matches the domain and the matrix rule for every action',
    async (role) => {
      const session = await t.as(role);
      const actual: Record<string, Outcome> = {};
      const byRule: Record<string, Outcome> = {};
      for (const action of ACTION_CATALOG) {
        const response = await t.call(
          'decide',
          {
            params: { productionId: t.productionId },
            body: { action: action.id, ...contextFor(action) },
          },
          session,
        );
        const dto = response.ok();
        expect(dto, `${role} ${action.id}`).toEqual(
          toDecisionDto(decideInDomain(session.user.personId as PersonId, action)),
        );
        actual[action.id] = dto.outcome;
        byRule[action.id] = expectedByRule(role, action);
      }
      expect(actual).toEqual(byRule);
    },
  );

  it('covers all three outcomes across the table', () => {
    const outcomes = new Set(
      DEMO_ROLES.flatMap((role) => ACTION_CATALOG.map((action) => expectedByRule(role, action))),
    );
    expect([...outcomes].sort()).toEqual(['allow', 'deny', 'requires-approval']);
  });

  it('does not audit a dry run: nothing happened', async () => {
    const before = await t.repos.auditLog.count(t.productionId);
    const session = await t.as('crew');
    for (const action of ['expenditure.commit', 'production.cancel'] as const) {
      const response = await t.call(
        'decide',
        {
          params: { productionId: t.productionId },
          body: { action, amount: 0, department: DEPARTMENT },
        },
        session,
      );
      expect(response.status).toBe(200);
    }
    expect(await t.repos.auditLog.count(t.productionId)).toBe(before);
  });

  // For each role, a few real attempts: one of each outcome the matrix gives that role, rotating through the
  // catalog from role to role so that many different actions are exercised.
  const performable = ACTION_CATALOG.filter((a) => !a.readOnly);
  const attempts = DEMO_ROLES.flatMap((role, index) =>
    (['allow', 'requires-approval', 'deny'] as const).flatMap((outcome) => {
      const candidates = performable.filter((a) => expectedByRule(role, a) === outcome);
      const action = candidates[index % Math.max(1, candidates.length)];
      return action === undefined ? [] : [{ role, outcome, action }];
    }),
  );

  it('picks attempts of every outcome for every role that has one', () => {
    expect(attempts.length).toBeGreaterThanOrEqual(DEMO_ROLES.length * 2);
    expect(new Set(attempts.map((a) => a.action.id)).size).toBeGreaterThan(15);
  });

  it.each(attempts.map((a) => [a.role, a.action.id, a.outcome, a] as const))(
    'POST /actions as the %s for %s → %s, with one matching audit entry',
    async (role, _id, outcome, { action }) => {
      const session = await t.as(role);
      const [last] = await t.repos.auditLog.list(t.productionId, { limit: 1 });
      const expected = decideInDomain(session.user.personId as PersonId, action);
      expect(expected.outcome).toBe(outcome);
      const response = await t.call(
        'performAction',
        {
          params: { productionId: t.productionId },
          body: {
            action: action.id,
            summary: `Matrix check: ${role} ${action.id}`,
            ...contextFor(action),
          },
        },
        session,
      );

      const entries = await t.repos.auditLog.list(t.productionId, {
        limit: 10,
        order: 'oldest-first',
        afterSequence: last?.sequence ?? 0,
      });
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toMatchObject({
        productionId: t.productionId,
        actorPersonId: session.user.personId,
        action: action.id,
        amount: action.involvesMoney ? 0 : null,
        details: { summary: `Matrix check: ${role} ${action.id}` },
      });

      switch (expected.outcome) {
        case 'allow': {
          expect(response.ok()).toEqual({ outcome: 'allowed', rule: expected.rule, result: null });
          expect(entry).toMatchObject({
            outcome: 'allowed',
            rule: expected.rule,
            approvalRequestId: null,
          });
          break;
        }
        case 'requires-approval': {
          const result = response.ok();
          if (result.outcome !== 'approval-requested')
            throw new Error(`Expected a request, got ${result.outcome}`);
          expect(result.request).toMatchObject({
            action: action.id,
            status: 'pending',
            requestedBy: session.user.personId,
            routedTo: expected.approvers.map((personId) => ({
              personId,
              name: expect.any(String),
            })),
            canWithdraw: true,
            canDecide: false,
          });
          expect(entry).toMatchObject({
            outcome: 'approval-requested',
            rule: expected.reason,
            approvalRequestId: result.request.id,
          });
          break;
        }
        case 'deny': {
          expect(response.error(403)).toEqual({
            code: 'forbidden',
            message: expected.reason,
            details: { code: expected.code, action: action.id },
          });
          expect(entry).toMatchObject({
            outcome: 'denied',
            rule: expected.reason,
            approvalRequestId: null,
          });
          break;
        }
      }
    },
  );
});
