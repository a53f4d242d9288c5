import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../production/roles.js';
import { scenario } from '../testing/index.js';
import type { PersonId } from '../shared/ids.js';
import { mayViewTimecard, seesEveryTimecard, timecardEntryAction } from './timecard-access.js';
import type { TimecardSubject } from './timecard-approval.js';

// The full team, one person per role, the department head and crew in Camera.
const s = scenario().inDepartment('camera').build();
const crewCard: TimecardSubject = {
  personId: s.personOf('crew'),
  department: 'camera',
  isDepartmentHead: false,
};
const whoSees = (subject: TimecardSubject): Role[] =>
  ROLES.filter((role) => mayViewTimecard(s.snapshot, s.personOf(role), subject, s.today));

describe('who sees a timecard', () => {
  it('a crew member’s card: the person, their department head, the production office and accounting', () => {
    expect(whoSees(crewCard)).toEqual([
      'unit-production-manager',
      'line-producer',
      'production-manager',
      'production-accountant',
      'department-head',
      'crew',
    ]);
  });

  it('a department head sees no other department’s cards', () => {
    expect(whoSees({ ...crewCard, department: 'sound' })).not.toContain('department-head');
  });

  it('everyone’s cards only for the office and accounting', () => {
    expect(
      ROLES.filter((role) => seesEveryTimecard(s.snapshot, s.personOf(role), s.today)),
    ).toEqual([
      'unit-production-manager',
      'line-producer',
      'production-manager',
      'production-accountant',
    ]);
  });

  it('entering your own card is timecard.enter, anyone else’s the office’s action', () => {
    const me = 'person-a' as PersonId;
    expect(timecardEntryAction(me, me)).toBe('timecard.enter');
    expect(timecardEntryAction(me, 'person-b' as PersonId)).toBe('timecard.enter-for-others');
  });
});
