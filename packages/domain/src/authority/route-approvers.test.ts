import { describe, expect, it } from 'vitest';
import { scenario, type Scenario } from '../testing/index.js';
import type { ActionId } from './action-catalog.js';
import type { ApprovalSubject } from './eligible-to-approve.js';
import {
  eligibleApprovers,
  escalationTargets,
  finalSayHolders,
  routeApprovers,
} from './route-approvers.js';

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

describe('routeApprovers', () => {
  const s = scenario().inDepartment('camera').build();
  const route = (amount: number) =>
    routeApprovers(s.snapshot, subject(s, 'crew', 'expenditure.commit', amount, 'camera'), s.today);

  it('goes to the nearest level up the chain with enough authority', () => {
    expect(route(500)).toEqual([s.personOf('department-head')]);
    expect(route(5_000)).toEqual([s.personOf('unit-production-manager')]);
    expect(route(75_000)).toEqual([s.personOf('producer')]);
    expect(route(150_000)).toEqual([s.personOf('executive-producer')]);
  });

  it('falls back to the final say when nobody in the chain may decide', () => {
    const alone = scenario().reporting('crew', null).build();
    expect(
      routeApprovers(
        alone.snapshot,
        subject(alone, 'crew', 'expenditure.commit', 500, 'camera'),
        alone.today,
      ),
    ).toEqual([alone.personOf('executive-producer')]);
  });

  it('falls back to anyone eligible when the final say cannot decide either', () => {
    const s2 = scenario().reporting('crew', null).withFinalSay('financial', 'cast').build();
    const req = subject(s2, 'crew', 'expenditure.commit', 500, 'camera');
    const expected = [
      'executive-producer',
      'producer',
      'co-producer',
      'senior-producer',
      'unit-production-manager',
      'line-producer',
      'production-manager',
      'department-head',
    ].map(s2.personOf);
    expect(routeApprovers(s2.snapshot, req, s2.today)).toEqual(expected);
    expect(eligibleApprovers(s2.snapshot, req, s2.today)).toEqual(expected);
  });

  it('includes the active delegates of the people at a level', () => {
    const d = scenario()
      .withDelegation({ from: 'producer', to: 'senior-producer', actions: ['expenditure.commit'] })
      .build();
    expect(
      routeApprovers(
        d.snapshot,
        subject(d, 'associate-producer', 'expenditure.commit', 30_000),
        d.today,
      ),
    ).toEqual([d.personOf('producer'), d.personOf('senior-producer')]);
  });

  it('routes to everyone eligible at the nearest level', () => {
    const two = scenario().withMember('Petra Producer', 'producer').build();
    // Petra reports to the executive producer like Paula; a co-producer reports to the first producer only.
    expect(
      routeApprovers(two.snapshot, subject(two, 'co-producer', 'production.edit', null), two.today),
    ).toEqual([two.personOf('producer')]);
    const ap = two.assignmentOf('associate-producer');
    const both = {
      ...two.snapshot,
      assignments: [
        ...two.snapshot.assignments.filter((a) => a.id !== ap.id),
        { ...ap, reportsTo: two.assignmentOf('Petra Producer').id },
        {
          ...ap,
          id: 'assignment-ap-2' as typeof ap.id,
          role: 'co-producer' as const,
          reportsTo: two.assignmentOf('producer').id,
        },
      ],
    };
    expect(
      routeApprovers(
        both,
        subject(two, 'associate-producer', 'expenditure.commit', 30_000),
        two.today,
      ),
    ).toEqual([two.personOf('Petra Producer'), two.personOf('producer')]);
  });

  it('returns nobody when nobody may decide', () => {
    const few = scenario().only('associate-producer', 'cast').build();
    expect(
      routeApprovers(
        few.snapshot,
        subject(few, 'associate-producer', 'expenditure.commit', 1),
        few.today,
      ),
    ).toEqual([]);
  });

  it('finds the final-say holders of the action', () => {
    expect(finalSayHolders(s.snapshot, 'schedule.edit')).toEqual([s.personOf('producer')]);
    expect(finalSayHolders(s.snapshot, 'expenditure.commit')).toEqual([
      s.personOf('executive-producer'),
    ]);
  });
});

describe('escalationTargets', () => {
  const s = scenario().inDepartment('camera').build();
  const req = (routedTo: string[]) => ({
    ...subject(s, 'crew', 'expenditure.commit', 500, 'camera'),
    routedTo: routedTo.map(s.personOf),
  });

  it('climbs one eligible level at a time and ends with the final say', () => {
    expect(escalationTargets(s.snapshot, req(['department-head']), s.today)).toEqual({
      ok: true,
      value: [s.personOf('unit-production-manager')],
    });
    expect(escalationTargets(s.snapshot, req(['unit-production-manager']), s.today)).toEqual({
      ok: true,
      value: [s.personOf('producer')],
    });
    expect(escalationTargets(s.snapshot, req(['producer']), s.today)).toEqual({
      ok: true,
      value: [s.personOf('executive-producer')],
    });
    expect(escalationTargets(s.snapshot, req(['executive-producer']), s.today)).toEqual({
      ok: false,
      error:
        'The request is already with the executive producer, who has the final say on financial decisions',
    });
  });

  it('starts from the bottom of the chain when the request sits outside it', () => {
    const fromOutside = escalationTargets(s.snapshot, req(['financier-representative']), s.today);
    expect(fromOutside).toEqual({ ok: true, value: [s.personOf('department-head')] });
  });

  it('goes from a fallback approver to the final say, and refuses when nobody is above', () => {
    const alone = scenario().reporting('crew', null).withFinalSay('financial', 'producer').build();
    const fallback = {
      ...subject(alone, 'crew', 'expenditure.commit', 500, 'camera'),
      routedTo: [alone.personOf('line-producer')],
    };
    expect(escalationTargets(alone.snapshot, fallback, alone.today)).toEqual({
      ok: true,
      value: [alone.personOf('producer')],
    });
    const noFinal = scenario().inDepartment('camera').without('executive-producer').build();
    const top = {
      ...subject(noFinal, 'crew', 'expenditure.commit', 500, 'camera'),
      routedTo: [noFinal.personOf('producer')],
    };
    expect(escalationTargets(noFinal.snapshot, top, noFinal.today)).toEqual({
      ok: false,
      error: 'Nobody above the people it is routed to may approve $500.00 to commit an expenditure',
    });
  });
});
