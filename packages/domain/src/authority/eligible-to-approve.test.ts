import { describe, expect, it } from 'vitest';
import type { PersonId } from '../shared/ids.js';
import { scenario, type Scenario } from '../testing/index.js';
import type { ActionId } from './action-catalog.js';
import { eligibleToApprove, type ApprovalSubject } from './eligible-to-approve.js';

const subject = (
  s: Scenario,
  requester: string,
  action: ActionId,
  amount: number | null,
  department: ApprovalSubject['department'] = null,
): ApprovalSubject => ({
  action,
  amount: amount === null ? null : s.money(amount),
  department,
  requestedBy: s.personOf(requester),
});

describe('eligibleToApprove', () => {
  it('lets a performer approve within their limit, and says so', () => {
    const s = scenario().build();
    expect(
      eligibleToApprove(
        s.snapshot,
        s.personOf('producer'),
        subject(s, 'associate-producer', 'expenditure.commit', 800),
        s.today,
      ),
    ).toEqual({
      eligible: true,
      basis: { via: 'role', role: 'producer', limit: s.money(100_000) },
      rule: 'Producer may approve requests to commit an expenditure up to $100,000.00',
    });
  });

  it('refuses above the limit, naming it', () => {
    const s = scenario().build();
    expect(
      eligibleToApprove(
        s.snapshot,
        s.personOf('producer'),
        subject(s, 'associate-producer', 'expenditure.commit', 100_001),
        s.today,
      ),
    ).toEqual({
      eligible: false,
      reason: "$100,001.00 is above the producer's signing limit of $100,000.00",
    });
  });

  it('never lets anyone approve their own request', () => {
    const s = scenario().build();
    expect(
      eligibleToApprove(
        s.snapshot,
        s.personOf('executive-producer'),
        subject(s, 'executive-producer', 'expenditure.commit', 1),
        s.today,
      ),
    ).toEqual({
      eligible: false,
      reason: 'Nobody may approve their own request',
    });
  });

  it('limits deciders to the approver roles when the rule names them, plus the final say', () => {
    // Major schedule changes: approvers are the UPM and the producer; the executive producer performs but does not decide.
    const s = scenario().build();
    const req = subject(s, 'line-producer', 'schedule.approve-major-change', null);
    expect(
      eligibleToApprove(s.snapshot, s.personOf('unit-production-manager'), req, s.today).eligible,
    ).toBe(true);
    expect(eligibleToApprove(s.snapshot, s.personOf('producer'), req, s.today).eligible).toBe(true);
    expect(eligibleToApprove(s.snapshot, s.personOf('executive-producer'), req, s.today)).toEqual({
      eligible: false,
      reason:
        'Only the unit production manager or producer may approve requests to approve a major schedule change',
    });
  });

  it('lets the final-say holder decide what they could not perform', () => {
    const s = scenario().withFinalSay('creative', 'director').build();
    expect(
      eligibleToApprove(
        s.snapshot,
        s.personOf('director'),
        subject(s, 'co-producer', 'creative.approve-script', null),
        s.today,
      ),
    ).toEqual({
      eligible: true,
      basis: { via: 'final-say', role: 'director', limit: null },
      rule: 'Director has the final say on creative decisions and may approve requests to approve a script draft',
    });
  });

  it('holds the final-say holder to their limit on money', () => {
    const s = scenario()
      .withFinalSay('financial', 'financier-representative')
      .withRoleLimit('financier-representative', 1_000_000)
      .build();
    const fin = s.personOf('financier-representative');
    expect(
      eligibleToApprove(
        s.snapshot,
        fin,
        subject(s, 'producer', 'expenditure.commit', 900_000),
        s.today,
      ),
    ).toMatchObject({
      eligible: true,
      basis: { via: 'final-say', role: 'financier-representative' },
    });
    expect(
      eligibleToApprove(
        s.snapshot,
        fin,
        subject(s, 'producer', 'expenditure.commit', 1_100_000),
        s.today,
      ),
    ).toMatchObject({
      eligible: false,
    });
  });

  it('scopes department heads to their department', () => {
    const s = scenario().inDepartment('camera').build();
    const head = s.personOf('department-head');
    expect(
      eligibleToApprove(
        s.snapshot,
        head,
        subject(s, 'crew', 'expenditure.commit', 500, 'camera'),
        s.today,
      ),
    ).toMatchObject({
      eligible: true,
      basis: { role: 'department-head', department: 'camera' },
      rule: 'Department head (Camera) may approve requests to commit an expenditure up to $1,000.00',
    });
    expect(
      eligibleToApprove(
        s.snapshot,
        head,
        subject(s, 'crew', 'expenditure.commit', 500, 'art'),
        s.today,
      ).eligible,
    ).toBe(false);
  });

  it('lets an active delegate approve with the delegated limit', () => {
    const s = scenario()
      .withDelegation({
        from: 'producer',
        to: 'co-producer',
        actions: ['expenditure.commit'],
        limit: 40_000,
        endsOn: '2026-03-06',
      })
      .build();
    const coProducer = s.personOf('co-producer');
    expect(
      eligibleToApprove(
        s.snapshot,
        coProducer,
        subject(s, 'associate-producer', 'expenditure.commit', 30_000),
        s.today,
      ),
    ).toEqual({
      eligible: true,
      basis: {
        via: 'delegation',
        role: 'producer',
        delegatedBy: s.personOf('producer'),
        limit: s.money(40_000),
      },
      rule: 'Delegated by the producer until 2026-03-06: may approve requests to commit an expenditure up to $40,000.00',
    });
    expect(
      eligibleToApprove(
        s.snapshot,
        coProducer,
        subject(s, 'associate-producer', 'expenditure.commit', 45_000),
        s.today,
      ),
    ).toEqual({
      eligible: false,
      reason: '$45,000.00 is above the limit of $40,000.00 delegated by the producer',
    });
  });

  it("never lets a delegate approve the delegator's own request", () => {
    const s = scenario()
      .withDelegation({
        from: 'producer',
        to: 'associate-producer',
        actions: ['expenditure.commit'],
      })
      .build();
    const r = eligibleToApprove(
      s.snapshot,
      s.personOf('associate-producer'),
      subject(s, 'producer', 'expenditure.commit', 10),
      s.today,
    );
    expect(r.eligible).toBe(false);
  });

  it('refuses people off the production and requests without an amount', () => {
    const s = scenario().build();
    expect(
      eligibleToApprove(
        s.snapshot,
        'person-stranger' as PersonId,
        subject(s, 'crew', 'production.edit', null),
        s.today,
      ),
    ).toEqual({
      eligible: false,
      reason: 'Holds no role on this production',
    });
    expect(
      eligibleToApprove(
        s.snapshot,
        s.personOf('executive-producer'),
        subject(s, 'crew', 'expenditure.commit', null),
        s.today,
      ),
    ).toMatchObject({
      eligible: false,
    });
  });
});
