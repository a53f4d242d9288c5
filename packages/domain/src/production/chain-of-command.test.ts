import { describe, expect, it } from 'vitest';
import type { AssignmentId, PersonId, ProductionId } from '../shared/ids.js';
import type { Assignment } from './assignment.js';
import { chainOfCommand } from './chain-of-command.js';
import type { Role } from './roles.js';

const a = (id: string, person: string, role: Role, reportsTo: string | null): Assignment => ({
  id: id as AssignmentId,
  productionId: 'production-1' as ProductionId,
  personId: person as PersonId,
  role,
  department: null,
  reportsTo: reportsTo as AssignmentId | null,
});
const ids = (levels: readonly (readonly Assignment[])[]): string[][] =>
  levels.map((l) => l.map((x) => x.id));

describe('chainOfCommand', () => {
  it('walks up nearest first', () => {
    const team = [
      a('ep', 'erin', 'executive-producer', null),
      a('p', 'paula', 'producer', 'ep'),
      a('upm', 'umar', 'unit-production-manager', 'p'),
    ];
    expect(ids(chainOfCommand(team, 'umar' as PersonId))).toEqual([['p'], ['ep']]);
    expect(chainOfCommand(team, 'erin' as PersonId)).toEqual([]);
  });

  it('starts from every assignment the person holds', () => {
    const team = [
      a('ep', 'erin', 'executive-producer', null),
      a('p', 'paula', 'producer', 'ep'),
      a('dir', 'dev', 'director', 'p'),
      a('cop', 'dev', 'co-producer', 'ep'),
    ];
    // Dev's director line reaches the producer, the co-producer line the executive producer, both at level 0.
    expect(ids(chainOfCommand(team, 'dev' as PersonId))).toEqual([['p', 'ep']]);
  });

  it('survives loops, self-lines and dangling lines', () => {
    const team = [
      a('x', 'xena', 'producer', 'y'),
      a('y', 'yuri', 'co-producer', 'z'),
      a('z', 'zoe', 'line-producer', 'x'),
      a('s', 'sam', 'crew', 's'),
      a('d', 'dan', 'crew', 'missing'),
    ];
    expect(ids(chainOfCommand(team, 'xena' as PersonId))).toEqual([['y'], ['z']]);
    expect(chainOfCommand(team, 'sam' as PersonId)).toEqual([]);
    expect(chainOfCommand(team, 'dan' as PersonId)).toEqual([]);
  });
});
