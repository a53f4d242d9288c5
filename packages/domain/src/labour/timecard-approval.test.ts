import { describe, expect, it } from 'vitest';
import type { Assignment } from '../production/assignment.js';
import type { Department } from '../production/departments.js';
import type { Role } from '../production/roles.js';
import { instant } from '../shared/calendar-date.js';
import type { AssignmentId, PersonId, ProductionId } from '../shared/ids.js';
import {
  DEFAULT_TIMECARD_APPROVAL_CHAIN as CHAIN,
  NEW_TIMECARD_APPROVAL,
  nextTimecardStep,
  returnTimecard,
  signTimecard,
  timecardApprovalSteps,
  type TimecardApproval,
  type TimecardSigner,
  type TimecardSubject,
} from './timecard-approval.js';

const AT = instant('2026-03-07T18:00:00.000Z');

const signer = (
  person: string,
  role: Role | null,
  department: Department | null = null,
): TimecardSigner => ({
  personId: person as PersonId,
  assignments:
    role === null
      ? []
      : [
          {
            id: `${person}-${role}` as AssignmentId,
            productionId: 'production-1' as ProductionId,
            personId: person as PersonId,
            role,
            department,
            reportsTo: null,
          } satisfies Assignment,
        ],
});

const grip = signer('cruz', 'crew', 'grip');
const keyGrip = signer('hana', 'department-head', 'grip');
const gaffer = signer('gus', 'department-head', 'electric');
const upm = signer('umar', 'unit-production-manager');
const pm = signer('milo', 'production-manager');
const accountant = signer('ada', 'production-accountant');
const cruzCard: TimecardSubject = {
  personId: 'cruz' as PersonId,
  department: 'grip',
  isDepartmentHead: false,
};

const must = (result: ReturnType<typeof signTimecard>): TimecardApproval => {
  if (!result.ok) throw result.error;
  return result.value;
};
const refusal = (result: ReturnType<typeof signTimecard>): string => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
};

describe('timecard approval chain', () => {
  it('runs crew member → department head → production manager or UPM → production accountant', () => {
    let approval = NEW_TIMECARD_APPROVAL;
    expect(nextTimecardStep(CHAIN, cruzCard, approval)?.id).toBe('crew-member');
    approval = must(signTimecard(CHAIN, cruzCard, approval, grip, AT));
    expect(approval.status).toBe('in-approval');
    approval = must(signTimecard(CHAIN, cruzCard, approval, keyGrip, AT));
    approval = must(signTimecard(CHAIN, cruzCard, approval, upm, AT));
    expect(nextTimecardStep(CHAIN, cruzCard, approval)?.id).toBe('production-accountant');
    approval = must(signTimecard(CHAIN, cruzCard, approval, accountant, AT));
    expect(approval.status).toBe('approved');
    expect(approval.signatures.map((s) => [s.step, s.personId, s.role])).toEqual([
      ['crew-member', 'cruz', null],
      ['department-head', 'hana', 'department-head'],
      ['production-manager', 'umar', 'unit-production-manager'],
      ['production-accountant', 'ada', 'production-accountant'],
    ]);
    expect(refusal(signTimecard(CHAIN, cruzCard, approval, pm, AT))).toBe(
      'This timecard is approved; it takes no more signatures',
    );
  });

  it('refuses out-of-order signatures, naming whom the card waits on', () => {
    expect(refusal(signTimecard(CHAIN, cruzCard, NEW_TIMECARD_APPROVAL, keyGrip, AT))).toBe(
      'The person the timecard is for signs it first',
    );
    const signed = must(signTimecard(CHAIN, cruzCard, NEW_TIMECARD_APPROVAL, grip, AT));
    expect(refusal(signTimecard(CHAIN, cruzCard, signed, accountant, AT))).toBe(
      'The timecard waits on the department head of Grip before the production accountant',
    );
    expect(refusal(signTimecard(CHAIN, cruzCard, signed, gaffer, AT))).toBe(
      'The department head step is signed by the department head of Grip',
    );
  });

  it('refuses self-signing a later step and one person signing two steps', () => {
    const hanaCard: TimecardSubject = {
      personId: 'hana' as PersonId,
      department: 'grip',
      isDepartmentHead: false,
    };
    const signed = must(signTimecard(CHAIN, hanaCard, NEW_TIMECARD_APPROVAL, keyGrip, AT));
    expect(refusal(signTimecard(CHAIN, hanaCard, signed, keyGrip, AT))).toBe(
      'Nobody approves their own timecard',
    );
    const both: TimecardSigner = {
      personId: 'umar' as PersonId,
      assignments: [...upm.assignments, ...signer('umar', 'production-accountant').assignments],
    };
    let approval = must(signTimecard(CHAIN, cruzCard, NEW_TIMECARD_APPROVAL, grip, AT));
    approval = must(signTimecard(CHAIN, cruzCard, approval, keyGrip, AT));
    approval = must(signTimecard(CHAIN, cruzCard, approval, both, AT));
    expect(refusal(signTimecard(CHAIN, cruzCard, approval, both, AT))).toBe(
      'Already signed this timecard (Production manager or UPM); each step needs another person',
    );
  });

  it('skips the department step for cast (no department) and for a department head’s own card', () => {
    const cast: TimecardSubject = {
      personId: 'kit' as PersonId,
      department: null,
      isDepartmentHead: false,
    };
    const head: TimecardSubject = {
      personId: 'hana' as PersonId,
      department: 'grip',
      isDepartmentHead: true,
    };
    const ids = (subject: TimecardSubject): string[] =>
      timecardApprovalSteps(CHAIN, subject).map((s) => s.id);
    expect(ids(cast)).toEqual(['crew-member', 'production-manager', 'production-accountant']);
    expect(ids(head)).toEqual(['crew-member', 'production-manager', 'production-accountant']);
    expect(ids(cruzCard)).toHaveLength(4);
  });

  it('returns a card in approval to the person with a reason, dropping the signatures', () => {
    let approval = must(signTimecard(CHAIN, cruzCard, NEW_TIMECARD_APPROVAL, grip, AT));
    approval = must(signTimecard(CHAIN, cruzCard, approval, keyGrip, AT));
    const back = returnTimecard(CHAIN, cruzCard, approval, pm, '  Wrap was 19:30, not 21:30 ', AT);
    expect(back.ok && back.value).toEqual({
      status: 'draft',
      signatures: [],
      returned: { by: 'milo', at: AT, reason: 'Wrap was 19:30, not 21:30' },
    });
    expect(refusal(returnTimecard(CHAIN, cruzCard, approval, pm, ' ', AT))).toBe(
      'Say why the timecard goes back',
    );
    expect(refusal(returnTimecard(CHAIN, cruzCard, approval, grip, 'oops', AT))).toBe(
      'Nobody returns their own timecard',
    );
    expect(refusal(returnTimecard(CHAIN, cruzCard, approval, gaffer, 'not mine', AT))).toBe(
      'Only someone who still has to sign the timecard may send it back',
    );
    expect(refusal(returnTimecard(CHAIN, cruzCard, NEW_TIMECARD_APPROVAL, pm, 'why', AT))).toBe(
      'A timecard not yet signed has nothing to return',
    );
  });
});
