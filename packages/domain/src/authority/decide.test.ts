import { describe, expect, it } from 'vitest';
import { scenario, type Scenario } from '../testing/index.js';
import type { Department } from '../production/departments.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import type { ActionId } from './action-catalog.js';
import { decide } from './decide.js';
import type { Decision } from './decision.js';

const run = (
  s: Scenario,
  who: PersonId,
  action: ActionId,
  options: { readonly amount?: number; readonly department?: Department } = {},
): Decision =>
  decide(s.snapshot, who, action, {
    today: s.today,
    ...(options.amount !== undefined ? { amount: s.money(options.amount) } : {}),
    ...(options.department !== undefined ? { department: options.department } : {}),
  });

describe('decide: who is on the production', () => {
  it('denies someone with no role and no delegation', () => {
    const s = scenario().build();
    const d = decide(s.snapshot, 'person-stranger' as PersonId, 'production.view', {
      today: s.today,
    });
    expect(d).toMatchObject({ outcome: 'deny', code: 'not-on-production' });
  });

  it('lets someone off the team act on an active delegation', () => {
    const s = scenario()
      .withMember('Val Visitor', 'cast')
      .withDelegation({ from: 'producer', to: 'Val Visitor', actions: ['production.edit'] })
      .build();
    // Strip the visitor's assignment: the delegation alone must carry them.
    const snapshot = {
      ...s.snapshot,
      assignments: s.snapshot.assignments.filter((a) => a.personId !== s.personOf('Val Visitor')),
    };
    const d = decide(snapshot, s.personOf('Val Visitor'), 'production.edit', { today: s.today });
    expect(d).toMatchObject({ outcome: 'allow', basis: { via: 'delegation', role: 'producer' } });
  });

  it('ignores assignments on another production', () => {
    const s = scenario().build();
    const snapshot = {
      ...s.snapshot,
      assignments: s.snapshot.assignments.map((a) => ({
        ...a,
        productionId: 'production-2' as typeof a.productionId,
      })),
    };
    expect(
      decide(snapshot, s.personOf('producer'), 'production.view', { today: s.today }),
    ).toMatchObject({
      outcome: 'deny',
      code: 'not-on-production',
    });
  });
});

describe('decide: grants from roles', () => {
  it('allows a performer and says which rule allowed it', () => {
    const s = scenario().build();
    expect(run(s, s.personOf('producer'), 'production.edit')).toEqual({
      outcome: 'allow',
      action: 'production.edit',
      rule: 'Producer may edit production details',
      basis: { via: 'role', role: 'producer', limit: null },
    });
  });

  it('treats an approver role as able to perform', () => {
    const s = scenario()
      .withRule('production.edit', { perform: [], request: [], approve: ['co-producer'] })
      .build();
    expect(run(s, s.personOf('co-producer'), 'production.edit')).toMatchObject({
      outcome: 'allow',
    });
  });

  it('denies with no-authority and names the roles that may do or request it', () => {
    const s = scenario().build();
    const d = run(s, s.personOf('cast'), 'production.edit');
    expect(d).toEqual({
      outcome: 'deny',
      action: 'production.edit',
      code: 'no-authority',
      reason:
        'The cast may not edit production details; it is done by the executive producer or producer and requested by the co-producer, senior producer or unit production manager',
    });
  });

  it('says so when no role may do the action at all', () => {
    const s = scenario()
      .withRule('production.edit', { perform: [], request: [], approve: [] })
      .build();
    const d = run(s, s.personOf('producer'), 'production.edit');
    expect(d).toMatchObject({ outcome: 'deny', code: 'no-authority' });
    expect(d.outcome === 'deny' && d.reason).toContain('no role may do it');
  });

  it('uses series labels on a series', () => {
    const s = scenario().asSeries().build();
    expect(run(s, s.personOf('executive-producer'), 'production.edit')).toMatchObject({
      rule: 'Executive producer (showrunner) may edit production details',
    });
  });
});

describe('decide: request rights', () => {
  it('routes a request up the reporting line', () => {
    const s = scenario().build();
    expect(run(s, s.personOf('associate-producer'), 'production.edit')).toMatchObject({
      outcome: 'deny',
    });
    const d = run(s, s.personOf('co-producer'), 'production.edit');
    expect(d).toEqual({
      outcome: 'requires-approval',
      action: 'production.edit',
      rule: 'Co-producer may request to edit production details',
      reason: 'The co-producer may only request to edit production details; routed to the producer',
      approvers: [s.personOf('producer')],
    });
  });

  it('names the amount of a money request', () => {
    const s = scenario().build();
    const d = run(s, s.personOf('associate-producer'), 'expenditure.commit', { amount: 500 });
    expect(d).toMatchObject({
      outcome: 'requires-approval',
      reason:
        'The associate producer may only request to commit an expenditure ($500.00); routed to the producer',
      approvers: [s.personOf('producer')],
    });
  });
});

describe('decide: signing limits', () => {
  it('allows up to and including the limit', () => {
    const s = scenario().build();
    expect(run(s, s.personOf('producer'), 'expenditure.commit', { amount: 100_000 })).toEqual({
      outcome: 'allow',
      action: 'expenditure.commit',
      rule: 'Producer may commit an expenditure up to $100,000.00',
      basis: { via: 'role', role: 'producer', limit: s.money(100_000) },
    });
  });

  it('routes an amount above the limit to the nearest superior who can sign for it', () => {
    const s = scenario().build();
    expect(run(s, s.personOf('producer'), 'expenditure.commit', { amount: 150_000 })).toEqual({
      outcome: 'requires-approval',
      action: 'expenditure.commit',
      rule: 'Producer may commit an expenditure up to $100,000.00',
      reason:
        "$150,000.00 is above the producer's signing limit of $100,000.00; routed to the executive producer",
      approvers: [s.personOf('executive-producer')],
    });
  });

  it('treats a null limit as unlimited', () => {
    const s = scenario().build();
    expect(
      run(s, s.personOf('executive-producer'), 'expenditure.commit', { amount: 90_000_000 }),
    ).toMatchObject({
      outcome: 'allow',
      rule: 'Executive producer may commit an expenditure with no signing limit',
      basis: { limit: null },
    });
  });

  it('lets a personal limit replace the role limits, up or down', () => {
    const up = scenario().withPersonLimit('producer', 250_000).build();
    expect(
      run(up, up.personOf('producer'), 'expenditure.commit', { amount: 200_000 }),
    ).toMatchObject({
      outcome: 'allow',
      rule: 'Producer may commit an expenditure up to $250,000.00 (personal signing limit)',
    });
    const down = scenario().withPersonLimit('producer', 5_000).build();
    expect(
      run(down, down.personOf('producer'), 'expenditure.commit', { amount: 6_000 }),
    ).toMatchObject({
      outcome: 'requires-approval',
      reason: expect.stringContaining("above the producer's personal signing limit of $5,000.00"),
    });
  });

  it('takes the largest limit among the roles that grant the action', () => {
    const s = scenario()
      .withMember('Paula Producer', 'production-manager', { samePersonAs: 'producer' })
      .build();
    // Production manager: $10,000; producer: $100,000.
    expect(run(s, s.personOf('producer'), 'expenditure.commit', { amount: 60_000 })).toMatchObject({
      outcome: 'allow',
      basis: { role: 'producer', limit: s.money(100_000) },
    });
  });

  it('gives a role missing from the limits nothing to sign for', () => {
    const s = scenario().withRoleLimit('producer', undefined).build();
    expect(run(s, s.personOf('producer'), 'expenditure.commit', { amount: 0 })).toMatchObject({
      outcome: 'allow',
    });
    expect(run(s, s.personOf('producer'), 'expenditure.commit', { amount: 0.01 })).toMatchObject({
      outcome: 'requires-approval',
      reason: expect.stringContaining('signing limit of $0.00'),
    });
  });

  it('requires a non-negative whole amount for money actions', () => {
    const s = scenario().build();
    const producer = s.personOf('producer');
    expect(decide(s.snapshot, producer, 'expenditure.commit', { today: s.today })).toMatchObject({
      outcome: 'deny',
      code: 'amount-required',
    });
    for (const amount of [-1, 1.5, Number.NaN]) {
      expect(
        decide(s.snapshot, producer, 'expenditure.commit', {
          today: s.today,
          amount: amount as MinorUnits,
        }),
      ).toMatchObject({ outcome: 'deny', code: 'amount-required' });
    }
  });

  it('ignores amounts on actions without money', () => {
    const s = scenario().build();
    expect(run(s, s.personOf('producer'), 'production.edit', { amount: 99_999_999 })).toMatchObject(
      {
        outcome: 'allow',
        basis: { limit: null },
      },
    );
  });

  it('quotes money in the production currency', () => {
    const s = scenario().withCurrency('EUR').build();
    expect(run(s, s.personOf('producer'), 'expenditure.commit', { amount: 150_000 })).toMatchObject(
      {
        reason:
          "€150,000.00 is above the producer's signing limit of €100,000.00; routed to the executive producer",
      },
    );
  });

  it('denies with no-approver, naming the amount, when nobody may sign for it', () => {
    const s = scenario().only('associate-producer', 'production-accountant').build();
    const d = run(s, s.personOf('associate-producer'), 'expenditure.commit', { amount: 500 });
    expect(d).toEqual({
      outcome: 'deny',
      action: 'expenditure.commit',
      code: 'no-approver',
      reason:
        'The associate producer may only request to commit an expenditure ($500.00), and nobody on the production may approve $500.00 to commit an expenditure',
    });
  });

  it('never routes to the requester, even when they hold the final say', () => {
    // Hiring crew is operational; the producer has the final say there but cannot approve their own request,
    // and with the default matrix nobody else may sign $200,000 for crew.
    const s = scenario().build();
    expect(run(s, s.personOf('producer'), 'hiring.crew', { amount: 200_000 })).toMatchObject({
      outcome: 'deny',
      code: 'no-approver',
    });
  });
});

describe('decide: departments', () => {
  const s = scenario().inDepartment('camera').build();
  const head = s.personOf('department-head');

  it('lets a department head act in their own department', () => {
    expect(run(s, head, 'expenditure.commit', { amount: 800, department: 'camera' })).toMatchObject(
      {
        outcome: 'allow',
        rule: 'Department head (Camera) may commit an expenditure up to $1,000.00',
        basis: { role: 'department-head', department: 'camera', limit: s.money(1_000) },
      },
    );
  });

  it('denies outside-department for another department or none', () => {
    expect(run(s, head, 'expenditure.commit', { amount: 800, department: 'art' })).toMatchObject({
      outcome: 'deny',
      code: 'outside-department',
      reason:
        'The department head (Camera) may commit an expenditure only for their own department; this concerns another department',
    });
    expect(run(s, head, 'expenditure.commit', { amount: 800 })).toMatchObject({
      outcome: 'deny',
      code: 'outside-department',
      reason: expect.stringContaining('no department was named'),
    });
  });

  it('scopes crew requests to their department too', () => {
    const crew = s.personOf('crew');
    expect(run(s, crew, 'expenditure.commit', { amount: 500, department: 'camera' })).toMatchObject(
      {
        outcome: 'requires-approval',
        reason:
          'The crew (Camera) may only request to commit an expenditure ($500.00); routed to the department head (Camera)',
        approvers: [head],
      },
    );
    expect(run(s, crew, 'expenditure.commit', { amount: 500, department: 'art' })).toMatchObject({
      code: 'outside-department',
    });
  });

  it('quotes the department head limit when over it', () => {
    expect(
      run(s, head, 'expenditure.commit', { amount: 5_000, department: 'camera' }),
    ).toMatchObject({
      outcome: 'requires-approval',
      reason:
        "$5,000.00 is above the Camera department head's signing limit of $1,000.00; routed to the unit production manager",
    });
  });

  it('does not scope roles that are not tied to a department', () => {
    expect(
      run(s, s.personOf('production-manager'), 'expenditure.commit', {
        amount: 500,
        department: 'art',
      }),
    ).toMatchObject({
      outcome: 'allow',
    });
  });

  it('still lets another role grant the action outside the department', () => {
    const twoHats = scenario()
      .withMember('Hana Head', 'associate-producer', { samePersonAs: 'department-head' })
      .build();
    expect(
      run(twoHats, twoHats.personOf('department-head'), 'expenditure.commit', {
        amount: 500,
        department: 'art',
      }),
    ).toMatchObject({
      outcome: 'requires-approval',
      rule: 'Associate producer may request to commit an expenditure',
    });
  });
});

describe('decide: read-only actions', () => {
  it('never routes a read-only action for approval', () => {
    const s = scenario()
      .withRule('audit.view', { perform: ['producer'], request: ['cast'], approve: [] })
      .build();
    expect(run(s, s.personOf('producer'), 'audit.view')).toMatchObject({ outcome: 'allow' });
    expect(run(s, s.personOf('cast'), 'audit.view')).toMatchObject({
      outcome: 'deny',
      code: 'no-authority',
    });
  });
});

describe('decide: delegations', () => {
  const base = () =>
    scenario()
      .on('2026-03-05')
      .withDelegation({
        from: 'producer',
        to: 'co-producer',
        actions: ['expenditure.commit', 'production.cancel'],
        startsOn: '2026-03-02',
        endsOn: '2026-03-08',
        limit: 60_000,
      });

  it("gives the delegate the delegator's authority, capped by the delegation limit", () => {
    const s = base().build();
    const coProducer = s.personOf('co-producer');
    expect(run(s, coProducer, 'expenditure.commit', { amount: 50_000 })).toEqual({
      outcome: 'allow',
      action: 'expenditure.commit',
      rule: 'Delegated by the producer until 2026-03-08: may commit an expenditure up to $60,000.00',
      basis: {
        via: 'delegation',
        role: 'producer',
        delegatedBy: s.personOf('producer'),
        limit: s.money(60_000),
      },
    });
    expect(run(s, coProducer, 'expenditure.commit', { amount: 70_000 })).toMatchObject({
      outcome: 'requires-approval',
      reason: expect.stringContaining(
        '$70,000.00 is above the limit of $60,000.00 delegated by the producer',
      ),
    });
  });

  it("is capped by the delegator's own limit", () => {
    const s = base().withPersonLimit('producer', 40_000).build();
    expect(
      run(s, s.personOf('co-producer'), 'expenditure.commit', { amount: 50_000 }),
    ).toMatchObject({
      outcome: 'requires-approval',
    });
    // The co-producer's own $25,000 still applies beside the delegation.
    expect(
      run(s, s.personOf('co-producer'), 'expenditure.commit', { amount: 20_000 }),
    ).toMatchObject({
      outcome: 'allow',
      basis: { via: 'role', role: 'co-producer' },
    });
  });

  it('grants only what the delegator holds right now', () => {
    const s = base().build();
    // The producer may only request a cancellation, so the delegate gets nothing for it.
    expect(run(s, s.personOf('co-producer'), 'production.cancel')).toMatchObject({
      outcome: 'deny',
      code: 'no-authority',
    });
    const revokedRole = base()
      .withRule('expenditure.commit', { perform: ['executive-producer'] })
      .build();
    // Once the producer no longer holds it, neither does the co-producer standing in for them.
    expect(
      run(revokedRole, revokedRole.personOf('co-producer'), 'expenditure.commit', { amount: 10 }),
    ).toMatchObject({
      outcome: 'deny',
      code: 'no-authority',
    });
  });

  it('applies only between its first and last day, and not when revoked', () => {
    for (const today of ['2026-03-01', '2026-03-09']) {
      const s = base().on(today).build();
      expect(
        run(s, s.personOf('co-producer'), 'expenditure.commit', { amount: 50_000 }),
      ).toMatchObject({
        outcome: 'requires-approval',
      });
    }
    for (const today of ['2026-03-02', '2026-03-08']) {
      const s = base().on(today).build();
      expect(
        run(s, s.personOf('co-producer'), 'expenditure.commit', { amount: 50_000 }),
      ).toMatchObject({ outcome: 'allow' });
    }
    const revoked = scenario()
      .withDelegation({
        from: 'producer',
        to: 'co-producer',
        actions: ['expenditure.commit'],
        revoked: true,
      })
      .build();
    expect(
      run(revoked, revoked.personOf('co-producer'), 'expenditure.commit', { amount: 50_000 }),
    ).toMatchObject({
      outcome: 'requires-approval',
    });
  });

  it('covers only the actions it names', () => {
    const s = base().build();
    expect(run(s, s.personOf('co-producer'), 'budget.approve')).toMatchObject({ outcome: 'deny' });
  });

  it('does not chain', () => {
    const s = scenario()
      .withDelegation({
        from: 'executive-producer',
        to: 'producer',
        actions: ['distribution.sign-deal'],
      })
      .withDelegation({
        from: 'producer',
        to: 'associate-producer',
        actions: ['distribution.sign-deal'],
      })
      .build();
    expect(run(s, s.personOf('producer'), 'distribution.sign-deal', { amount: 1 })).toMatchObject({
      outcome: 'allow',
    });
    expect(
      run(s, s.personOf('associate-producer'), 'distribution.sign-deal', { amount: 1 }),
    ).toMatchObject({
      outcome: 'deny',
      code: 'no-authority',
    });
  });

  it('respects the department of a department head who delegates', () => {
    const s = scenario()
      .inDepartment('art')
      .withDelegation({
        from: 'department-head',
        to: 'associate-producer',
        actions: ['budget.edit-detail'],
      })
      .withRule('budget.edit-detail', { perform: ['department-head'], request: [] })
      .build();
    expect(
      run(s, s.personOf('associate-producer'), 'budget.edit-detail', { department: 'art' }),
    ).toMatchObject({
      outcome: 'allow',
      basis: { via: 'delegation', role: 'department-head', department: 'art' },
    });
    expect(
      run(s, s.personOf('associate-producer'), 'budget.edit-detail', { department: 'camera' }),
    ).toMatchObject({
      outcome: 'deny',
    });
  });
});
