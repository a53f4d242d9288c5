import {
  decide,
  DEFAULT_TIMECARD_APPROVAL_CHAIN,
  nextTimecardStep,
  returnTimecard,
  signTimecard,
  TIMECARD_STEP_ACTIONS,
  timecardApprovalSteps,
  timecardEntryAction,
  type ActionId,
  type AuthoritySnapshot,
  type CalendarDate,
  type Instant,
  type PersonId,
  type TimecardApproval,
  type TimecardApprovalStep,
  type TimecardSubject,
} from '@greenlight/domain';

const allowed = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  action: ActionId,
  today: CalendarDate,
  subject: TimecardSubject,
): boolean =>
  decide(snapshot, personId, action, {
    today,
    ...(subject.department === null ? {} : { department: subject.department }),
  }).outcome === 'allow';

/** The matrix action of a step, decided for the card's department. */
export const stepAllowed = (
  snapshot: AuthoritySnapshot,
  personId: PersonId,
  step: TimecardApprovalStep,
  today: CalendarDate,
  subject: TimecardSubject,
): boolean => allowed(snapshot, personId, TIMECARD_STEP_ACTIONS[step.id], today, subject);

/**
 * What `viewer` may do with a card now: the matrix and the approval chain both say yes (the chain is tried
 * on the card as it is, so "it waits on someone else" and "you already signed" show as not allowed).
 */
export const timecardMay = (
  snapshot: AuthoritySnapshot,
  viewer: PersonId,
  subject: TimecardSubject,
  approval: TimecardApproval,
  today: CalendarDate,
  now: Instant,
): { edit: boolean; sign: boolean; return: boolean } => {
  const chain = DEFAULT_TIMECARD_APPROVAL_CHAIN;
  const signer = { personId: viewer, assignments: snapshot.assignments };
  const next = nextTimecardStep(chain, subject, approval);
  const waiting = timecardApprovalSteps(chain, subject).slice(approval.signatures.length);
  return {
    edit:
      approval.status === 'draft' &&
      allowed(snapshot, viewer, timecardEntryAction(viewer, subject.personId), today, subject),
    sign:
      next !== null &&
      stepAllowed(snapshot, viewer, next, today, subject) &&
      signTimecard(chain, subject, approval, signer, now).ok,
    return:
      waiting.some((step) => stepAllowed(snapshot, viewer, step, today, subject)) &&
      returnTimecard(chain, subject, approval, signer, 'check', now).ok,
  };
};
