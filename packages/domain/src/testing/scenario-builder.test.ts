import { describe, expect, it } from 'vitest';
import { validateAuthorityMatrix } from '../authority/validate-authority-matrix.js';
import { ROLES } from '../production/roles.js';
import { scenario, SCENARIO_PRODUCTION_ID } from './scenario-builder.js';

describe('scenario builder', () => {
  it('builds the full team with deterministic ids, default lines and the default matrix', () => {
    const s = scenario().build();
    expect(s.people).toHaveLength(ROLES.length);
    expect(s.personOf('producer')).toBe('person-producer');
    expect(s.assignmentOf('producer')).toEqual({
      id: 'assignment-producer',
      productionId: SCENARIO_PRODUCTION_ID,
      personId: 'person-producer',
      role: 'producer',
      department: null,
      reportsTo: 'assignment-executive-producer',
    });
    expect(s.assignmentOf('crew')).toMatchObject({
      department: 'camera',
      reportsTo: 'assignment-department-head',
    });
    expect(s.snapshot).toMatchObject({
      currency: 'USD',
      isSeries: false,
      stage: 'pre-production',
      delegations: [],
    });
    expect(validateAuthorityMatrix(s.snapshot.matrix).ok).toBe(true);
    expect(scenario().build()).toEqual(
      expect.objectContaining({ snapshot: s.snapshot, people: s.people }),
    );
  });

  it('adds members, second roles, limits, delegations and line overrides', () => {
    const s = scenario()
      .withCurrency('JPY')
      .without('cast')
      .withMember('Ana Art', 'department-head', { department: 'art' })
      .withMember('Paula Producer', 'director', { samePersonAs: 'producer' })
      .withPersonLimit('Ana Art', 5_000)
      .withRoleLimit('crew', 10)
      .withFinalSay('operational', 'unit-production-manager')
      .withDelegation({
        from: 'producer',
        to: 'co-producer',
        actions: ['expenditure.commit'],
        limit: 1_000,
      })
      .reporting('Ana Art', 'producer')
      .build();
    expect(() => s.personOf('cast')).toThrow();
    expect(s.personOf('Ana Art')).toBe('person-ana-art');
    expect(
      s.snapshot.assignments
        .filter((a) => a.personId === s.personOf('producer'))
        .map((a) => a.role),
    ).toEqual(['producer', 'director']);
    expect(s.assignmentOf('Ana Art')).toMatchObject({
      department: 'art',
      reportsTo: 'assignment-producer',
    });
    expect(s.snapshot.matrix.personLimits).toEqual({ 'person-ana-art': 5_000 });
    expect(s.snapshot.matrix.roleLimits.crew).toBe(10);
    expect(s.snapshot.matrix.finalSay.operational).toBe('unit-production-manager');
    expect(s.snapshot.delegations).toEqual([
      {
        id: 'delegation-1',
        productionId: SCENARIO_PRODUCTION_ID,
        fromPersonId: 'person-producer',
        toPersonId: 'person-co-producer',
        actions: ['expenditure.commit'],
        startsOn: s.today,
        endsOn: s.today,
        limit: 1_000,
        revoked: false,
      },
    ]);
    expect(s.money(150)).toBe(150);
  });
});
