import { describe, expect, it } from 'vitest';
import { decideIn as run, decisionWords as wordsOf, scenario } from '../testing/index.js';
import type { PersonId } from '../shared/ids.js';
import type { MinorUnits } from '../shared/money.js';
import { decide } from './decide.js';

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
    const over = run(down, down.personOf('producer'), 'expenditure.commit', { amount: 6_000 });
    expect(over.outcome).toBe('requires-approval');
    expect(wordsOf(over)).toContain("above the producer's personal signing limit of $5,000.00");
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
    const cent = run(s, s.personOf('producer'), 'expenditure.commit', { amount: 0.01 });
    expect(cent.outcome).toBe('requires-approval');
    expect(wordsOf(cent)).toContain('signing limit of $0.00');
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
    // Hiring crew is operational, where the producer has the final say; take the executive producer out of the
    // rule and nobody but the requester could sign $200,000 for crew, so the request is refused, not self-routed.
    const s = scenario()
      .withRule('hiring.crew', {
        perform: ['production-manager', 'line-producer', 'unit-production-manager', 'producer'],
        request: ['department-head'],
        approve: [],
      })
      .build();
    expect(run(s, s.personOf('producer'), 'hiring.crew', { amount: 200_000 })).toMatchObject({
      outcome: 'deny',
      code: 'no-approver',
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
