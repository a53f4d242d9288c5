import type { Assignment } from '../production/assignment.js';
import { DEPARTMENT_LABELS, type Department } from '../production/departments.js';
import { ROLE_INFO, type Role } from '../production/roles.js';
import type { Instant } from '../shared/calendar-date.js';
import { DomainError } from '../shared/domain-error.js';
import type { PersonId } from '../shared/ids.js';
import { err, ok, type Result } from '../shared/result.js';

export type TimecardApprovalStepId =
  'crew-member' | 'department-head' | 'production-manager' | 'production-accountant';

/**
 * One signature a timecard needs. `self`: the person the card is for; `role`: a holder of one of the roles
 * (of the card's department when `sameDepartment`).
 */
export type TimecardApprovalStep = {
  readonly id: TimecardApprovalStepId;
  readonly label: string;
  readonly signer:
    | { readonly kind: 'self' }
    | { readonly kind: 'role'; readonly roles: readonly Role[]; readonly sameDepartment: boolean };
};

/** Crew member → department head → production manager or UPM → production accountant. */
export const DEFAULT_TIMECARD_APPROVAL_CHAIN: readonly TimecardApprovalStep[] = [
  { id: 'crew-member', label: 'Crew or cast member', signer: { kind: 'self' } },
  {
    id: 'department-head',
    label: 'Department head',
    signer: { kind: 'role', roles: ['department-head'], sameDepartment: true },
  },
  {
    id: 'production-manager',
    label: 'Production manager or UPM',
    signer: {
      kind: 'role',
      roles: ['production-manager', 'unit-production-manager'],
      sameDepartment: false,
    },
  },
  {
    id: 'production-accountant',
    label: 'Production accountant',
    signer: { kind: 'role', roles: ['production-accountant'], sameDepartment: false },
  },
];

/** Whose card it is: the person, their department (none for cast), and whether they head it. */
export type TimecardSubject = {
  readonly personId: PersonId;
  readonly department: Department | null;
  readonly isDepartmentHead: boolean;
};

/** Someone signing: the server passes their assignments on the production. */
export type TimecardSigner = {
  readonly personId: PersonId;
  readonly assignments: readonly Assignment[];
};

export type TimecardSignature = {
  readonly step: TimecardApprovalStepId;
  readonly personId: PersonId;
  /** The role signed in; null for the person's own signature. */
  readonly role: Role | null;
  readonly at: Instant;
};

export type TimecardApprovalStatus = 'draft' | 'in-approval' | 'approved';

export type TimecardApproval = {
  readonly status: TimecardApprovalStatus;
  readonly signatures: readonly TimecardSignature[];
  /** The last time it was sent back, kept until it is signed again. */
  readonly returned: {
    readonly by: PersonId;
    readonly at: Instant;
    readonly reason: string;
  } | null;
};

export const NEW_TIMECARD_APPROVAL: TimecardApproval = {
  status: 'draft',
  signatures: [],
  returned: null,
};

/**
 * The steps a card goes through. A department step is skipped for a card with no department (cast) and
 * for a department head's own card: nobody signs their own card past the first step, and the head's
 * superior signs next anyway.
 */
export const timecardApprovalSteps = (
  chain: readonly TimecardApprovalStep[],
  subject: TimecardSubject,
): readonly TimecardApprovalStep[] =>
  chain.filter(
    (step) =>
      step.signer.kind === 'self' ||
      !step.signer.sameDepartment ||
      (subject.department !== null && !subject.isDepartmentHead),
  );

/** The step waiting for a signature, or null when the card is approved. */
export const nextTimecardStep = (
  chain: readonly TimecardApprovalStep[],
  subject: TimecardSubject,
  approval: TimecardApproval,
): TimecardApprovalStep | null =>
  timecardApprovalSteps(chain, subject)[approval.signatures.length] ?? null;

/** The role in which `signer` may sign `step` of the card, or null. */
const roleFor = (
  step: TimecardApprovalStep,
  subject: TimecardSubject,
  signer: TimecardSigner,
): Role | null => {
  const rule = step.signer;
  if (rule.kind === 'self') return null;
  const holding = signer.assignments.find(
    (a) =>
      a.personId === signer.personId &&
      rule.roles.includes(a.role) &&
      (!rule.sameDepartment || a.department === subject.department),
  );
  return holding?.role ?? null;
};

const who = (step: TimecardApprovalStep, subject: TimecardSubject): string => {
  const rule = step.signer;
  if (rule.kind === 'self') return 'the person it is for';
  const roles = rule.roles.map((r) => ROLE_INFO[r].label.toLowerCase()).join(' or ');
  return rule.sameDepartment && subject.department !== null
    ? `the ${roles} of ${DEPARTMENT_LABELS[subject.department]}`
    : `the ${roles}`;
};

const forbidden = (message: string): Result<never> => err(new DomainError('forbidden', message));

/**
 * Adds the next signature. Refused: a card already approved; the first step signed by anyone but the
 * person; a later step signed by the person themselves, by someone who signed an earlier step (each step is
 * another pair of eyes), by someone without the step's role, or out of order (a holder of a later step's
 * role while an earlier one waits).
 */
export const signTimecard = (
  chain: readonly TimecardApprovalStep[],
  subject: TimecardSubject,
  approval: TimecardApproval,
  signer: TimecardSigner,
  at: Instant,
): Result<TimecardApproval> => {
  const steps = timecardApprovalSteps(chain, subject);
  const step = steps[approval.signatures.length];
  if (step === undefined) {
    return err(
      new DomainError('conflict', 'This timecard is approved; it takes no more signatures'),
    );
  }
  let role: Role | null = null;
  if (step.signer.kind === 'self') {
    if (signer.personId !== subject.personId) {
      return forbidden('The person the timecard is for signs it first');
    }
  } else {
    if (signer.personId === subject.personId) {
      return forbidden('Nobody approves their own timecard');
    }
    const earlier = approval.signatures.find((s) => s.personId === signer.personId);
    if (earlier !== undefined) {
      const as = steps.find((s) => s.id === earlier.step)?.label ?? earlier.step;
      return forbidden(`Already signed this timecard (${as}); each step needs another person`);
    }
    role = roleFor(step, subject, signer);
    if (role === null) {
      const later = steps.slice(approval.signatures.length + 1);
      const laterStep = later.find((s) => roleFor(s, subject, signer) !== null);
      return forbidden(
        laterStep !== undefined
          ? `The timecard waits on ${who(step, subject)} before the ${laterStep.label.toLowerCase()}`
          : `The ${step.label.toLowerCase()} step is signed by ${who(step, subject)}`,
      );
    }
  }
  const signatures = [
    ...approval.signatures,
    { step: step.id, personId: signer.personId, role, at },
  ];
  return ok({
    status: signatures.length === steps.length ? 'approved' : 'in-approval',
    signatures,
    returned: null,
  });
};

/**
 * Sends a card in approval back to the person, with a reason; every signature is dropped, since the card
 * will change. Whoever may sign the step it waits on, or a later step, may return it. An approved card is
 * final (it is posted to the budget): a correction is a new card.
 */
export const returnTimecard = (
  chain: readonly TimecardApprovalStep[],
  subject: TimecardSubject,
  approval: TimecardApproval,
  by: TimecardSigner,
  reason: string,
  at: Instant,
): Result<TimecardApproval> => {
  if (approval.status !== 'in-approval') {
    return err(
      new DomainError(
        'conflict',
        approval.status === 'approved'
          ? 'An approved timecard is final; correct it with a new card'
          : 'A timecard not yet signed has nothing to return',
      ),
    );
  }
  if (reason.trim() === '')
    return err(new DomainError('validation', 'Say why the timecard goes back'));
  if (by.personId === subject.personId) return forbidden('Nobody returns their own timecard');
  const waiting = timecardApprovalSteps(chain, subject).slice(approval.signatures.length);
  if (!waiting.some((step) => roleFor(step, subject, by) !== null)) {
    return forbidden('Only someone who still has to sign the timecard may send it back');
  }
  return ok({
    status: 'draft',
    signatures: [],
    returned: { by: by.personId, at, reason: reason.trim() },
  });
};
