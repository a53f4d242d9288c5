import { describe, expect, it } from 'vitest';
import { decideIn as run, decisionWords as wordsOf, scenario } from '../testing/index.js';

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
    const nowhere = run(s, head, 'expenditure.commit', { amount: 800 });
    expect(nowhere).toMatchObject({ outcome: 'deny', code: 'outside-department' });
    expect(wordsOf(nowhere)).toContain('no department was named');
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
    const over = run(s, coProducer, 'expenditure.commit', { amount: 70_000 });
    expect(over.outcome).toBe('requires-approval');
    expect(wordsOf(over)).toContain(
      '$70,000.00 is above the limit of $60,000.00 delegated by the producer',
    );
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
